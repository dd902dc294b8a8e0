// Mobile teams tab: choose a base, teams, visit interval (or by population class), time window, time on site and
// per-settlement overrides (mobile-visits.js) and horizon; plan; draw each team-day's route on the map (one colour per
// working day), mark served and unserved settlements, list the schedule and the unserved with reasons.
import { registerPanel } from './registry.js';
import { state } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { settlementName } from '../names.js';
import { num, esc, minutes, fixed } from '../format.js';
import { registerLegendPart, refreshLegend } from '../map/legend-parts.js';
import { DAY_COLOURS } from '../map/style.js';
import { inPageLanguage } from '../errors.js';
import { sortableTable } from './table.js';
import { api, ApiError } from '../api.js';
import { compare, accessHtml, bindAccess, optionsHtml, bindOptions, clearOptions } from './mobile-options.js';
import { visits, visitRequest, classesHtml, overridesHtml, bindVisits, fieldErrors, otherErrors, setProblems, addOverride, every, clockInput } from './mobile-visits.js';

export { DAY_COLOURS }; // one colour per working day (map/style.js)
const form = { base: '', bases: [], teams: 1, days_per_week: 5, frequency_weeks: 2, horizon_weeks: 4, day_hours: 8, on_site_min: 60, rescore: true };
let plan = null;
let planRequest = null; // the request of the shown plan (the workbook export asks for the same)
let running = false;
let layer = null;
let planKey = null;
let routeLines = [];     // polyline per plan.days index (null: a day without a route)
let highlighted = null;  // the plan.days index whose route is highlighted

// the legend explains the base, the routes and the rings while the plan is on the map
registerLegendPart(() => {
  if (!plan || !layer || !layer._map) return '';
  return `<div class="sep"></div><div class="title">${t('legend.mobileTitle')}</div>
    <div><i style="background:#ffd400;border:2.5px solid #111"></i>${severalBases(plan) ? t('legend.mobileBases') : t('legend.mobileBase')}</div>
    <div><i class="line" style="border-color:${DAY_COLOURS[0]}"></i>${t('legend.mobileRoute')}</div>
    ${plan.parameters.teams > 1 ? `<div><i class="line" style="border-top-style:dashed;border-color:${DAY_COLOURS[1]}"></i>${t('legend.mobileDashed')}</div>` : ''}
    <div><i class="ring" style="border-color:#0b7a3b"></i>${t('legend.mobileServed')}</div>
    <div><i class="ring" style="border-color:#b00020;border-style:dotted"></i>${t('legend.mobileUnserved')}</div>`;
});

/** A facility's name from the plan's candidate bases (or its id). */
function facilityName(id) {
  const o = (plan?.base_choice?.options || []).find(x => x.id === id);
  return o ? o.name : id;
}

/** An alternative's bases, named; the same base for every team once. */
function altBases(a) { return a ? [...new Set(a.bases)].map(facilityName).map(esc).join(' + ') : ''; }

function altText(a) {
  return t('mobile.alt').replace('{bases}', altBases(a)).replace('{p}', num(a.population_served)).replace('{h}', minutes(a.team_hours))
    .replace('{km}', minutes(a.distance_km));
}

/** The plan's teams start from more than one base. */
function severalBases(p) { return new Set((p.team_bases || []).map(b => b.id)).size > 1; }

/** The bases chosen per team ('' = automatic), as many as there are teams. */
function teamBases() { return Array.from({ length: form.teams }, (_, i) => form.bases[i] || ''); }

/** Everything a plan depends on: the view (region, service, threshold, population, scenario) and every panel setting. */
function key() {
  return JSON.stringify([state.region?.code, state.service, state.threshold_min, state.population, state.mode, state.edits, form, visitRequest()]);
}

/** What a comparison of options depends on: the plan's request. */
function optionsKey() { return JSON.stringify([state.region?.code, state.mode, request(), compare]); }

function facilities() {
  const all = state.coverage?.facilities || state.baselineFacilities;
  return [...all].sort((a, b) => (a.service_type === state.service ? 0 : 1) - (b.service_type === state.service ? 0 : 1)
    || a.name.localeCompare(b.name, 'bg'));
}

function options(values, selected, label = v => v) {
  return values.map(v => `<option value="${v}" ${String(v) === String(selected) ? 'selected' : ''}>${label(v)}</option>`).join('');
}

function render(body, ctx) {
  if (layer && ctx.map && !ctx.map.hasLayer(layer)) { layer.addTo(ctx.map); setTimeout(refreshLegend); }
  const fs = facilities();
  if (form.base && !fs.some(f => f.id === form.base)) form.base = ''; // '' = the server's default: least travel to the villages
  form.bases = form.bases.map(b => fs.some(f => f.id === b) ? b : '');
  const baseOptions = selected => `<option value="" ${selected ? '' : 'selected'}>${t('mobile.baseAuto')}</option>${fs.map(f => `<option value="${esc(f.id)}" ${f.id === selected ? 'selected' : ''}>${esc(f.name)}</option>`).join('')}`;
  const shown = ['base', 'bases', 'teams', 'days_per_week', 'frequency_weeks', 'frequency_by_population', 'horizon_weeks', 'day_hours', 'on_site_min',
    'time_window', 'on_site_sec_per_resident'];
  body.innerHTML = `<div id="mobile-panel"><p class="muted">${t('mobile.help')} <strong>${state.threshold_min} ${t('min')} ${t('mode.' + state.mode)}</strong>.
    <span id="mobile-modes">${t('mobile.modes').replace('{mode}', t('mode.' + state.mode))}</span></p>
    ${otherErrors(shown)}
    <div class="form-grid">
      ${form.teams > 1 ? teamBases().map((b, i) => `<label>${t('mobile.teamBase').replace('{n}', i + 1)}<select class="mobile-team-base" data-team="${i}">${baseOptions(b)}</select></label>`).join('')
        : `<label>${t('mobile.base')}<select id="mobile-base">${baseOptions(form.base)}</select>${fieldErrors('base')}</label>`}
      <label>${t('mobile.teams')}<select id="mobile-teams">${options([1, 2, 3, 4, 5], form.teams)}</select>${fieldErrors('teams')}</label>
      <label>${t('mobile.daysPerWeek')}<select id="mobile-days">${options([1, 2, 3, 4, 5, 6], form.days_per_week)}</select>${fieldErrors('days_per_week')}</label>
      <label>${t('mobile.frequency')}<select id="mobile-frequency">${options([1, 2, 4, 'classes'], visits.mode === 'classes' ? 'classes' : form.frequency_weeks,
        v => v === 'classes' ? t('mobile.byClass') : every(v))}</select>${fieldErrors('frequency_weeks')}</label>
      <label>${t('mobile.horizon')}<select id="mobile-horizon">${options([4, 8, 12], form.horizon_weeks, v => v + ' ' + t('weeks'))}</select>${fieldErrors('horizon_weeks')}</label>
      <label>${t('mobile.dayHours')}<select id="mobile-hours">${options([6, 7, 8, 9, 10], form.day_hours, v => v + ' ' + t('hours'))}</select>${fieldErrors('day_hours')}</label>
      <label>${t('mobile.onSite')}<select id="mobile-onsite">${options([30, 45, 60, 90, 120], form.on_site_min, v => v + ' ' + t('min'))}</select>${fieldErrors('on_site_min')}</label>
      <label>${t('mobile.perResident')}<input type="number" id="mobile-per-resident" min="0" max="600" step="5" value="${visits.perResidentSec}">${fieldErrors('on_site_sec_per_resident')}</label>
      <label>${t('mobile.windowFrom')}${clockInput('', visits.windowFrom, 'mobile-window-from')}</label>
      <label>${t('mobile.windowTo')}${clockInput('', visits.windowTo, 'mobile-window-to')}</label>
    </div>
    ${form.teams > 1 ? fieldErrors('bases', 'mobile-bases-error') : ''}
    ${fieldErrors('time_window', 'mobile-window-error')}
    <p class="muted small">${t('mobile.windowHelp')}</p>
    ${classesHtml()}
    ${overridesHtml()}
    <label class="check" id="mobile-rescore-label"><input type="checkbox" id="mobile-rescore" ${form.rescore ? 'checked' : ''}> ${t('mobile.rescore')}</label>
    <div class="row"><button type="button" class="btn primary" id="mobile-run" ${running ? 'disabled' : ''}>${running ? t('status.computing') : t('mobile.run')}</button>
      ${plan ? `<button type="button" class="btn" id="mobile-clear">${t('mobile.clear')}</button>` : ''}</div>
    <div id="mobile-result"></div>
    ${optionsHtml(fs.filter(f => f.service_type === state.service), optionsKey())}</div>`;
  const bind = (id, k, numeric = true) => body.querySelector(id).addEventListener('change', e => { form[k] = numeric ? +e.target.value : e.target.value; });
  body.querySelector('#mobile-base')?.addEventListener('change', e => { form.base = e.target.value; });
  body.querySelectorAll('.mobile-team-base').forEach(sel => sel.addEventListener('change', e => {
    const bases = teamBases();
    bases[+e.target.dataset.team] = e.target.value;
    form.bases = bases;
  }));
  body.querySelector('#mobile-teams').addEventListener('change', e => { form.teams = +e.target.value; ctx.rerender(); });
  bind('#mobile-days', 'days_per_week');
  body.querySelector('#mobile-frequency').addEventListener('change', e => {
    visits.mode = e.target.value === 'classes' ? 'classes' : 'all';
    if (visits.mode === 'all') form.frequency_weeks = +e.target.value;
    ctx.rerender();
  });
  bindVisits(body, () => ctx.rerender());
  body.querySelector('#mobile-rescore').addEventListener('change', e => { form.rescore = e.target.checked; });
  bindOptions(body, () => state.region.code, request, optionsKey, () => ctx.rerender());
  bind('#mobile-horizon', 'horizon_weeks'); bind('#mobile-hours', 'day_hours'); bind('#mobile-onsite', 'on_site_min');
  body.querySelector('#mobile-run').addEventListener('click', () => run(ctx));
  body.querySelector('#mobile-clear')?.addEventListener('click', () => { clear(); ctx.rerender(); });
  // after the inputs' own handlers (change bubbles): a changed setting puts the shown plan out of date at once
  body.querySelector('#mobile-panel').addEventListener('change', () => showStale(body));
  if (plan) renderResult(body.querySelector('#mobile-result'), ctx);
}

/** Shows or hides the "out of date, plan again" notice as the settings now stand. */
function showStale(body) {
  const notice = body.querySelector('#mobile-stale');
  if (notice) notice.hidden = planKey === key();
}

/** The plan's request as the settings now stand (the comparison of options sends the same, with its own fields). */
function request() {
  const chosen = teamBases().filter(b => b);
  const body = { service: state.service, teams: form.teams, days_per_week: form.days_per_week,
    horizon_weeks: visits.mode === 'classes' ? form.horizon_weeks : Math.max(form.horizon_weeks, form.frequency_weeks),
    threshold_min: state.threshold_min, mode: state.mode, day_hours: form.day_hours, on_site_min: form.on_site_min, population: state.population, edits: state.edits,
    ...visitRequest() };
  if (visits.mode !== 'classes') body.frequency_weeks = form.frequency_weeks;
  if (form.teams > 1 && chosen.length) body.bases = teamBases(); else body.base = form.teams > 1 ? null : form.base || null;
  return body;
}

async function run(ctx) {
  running = true;
  ctx.rerender();
  try {
    const k = key();
    const chosen = teamBases().filter(b => b);
    if (form.teams > 1 && chosen.length && chosen.length < form.teams) { // some teams with a base, some automatic
      setProblems([{ field: 'bases', message: t('mobile.basesAllOrNone') }]);
      running = false;
      ctx.rerender();
      return;
    }
    const body = { ...request(), rescore: form.rescore };
    const r = await api.post(`/api/regions/${state.region.code}/mobile`, body);
    setProblems([]);
    plan = r;
    planRequest = body;
    planKey = k;
    draw(ctx);
  } catch (e) {
    if (e instanceof ApiError && e.status === 400 && (e.body.problems || []).length) {
      setProblems(e.body.problems); // shown next to their fields; no plan from an invalid request
      clear();
    } else {
      ctx.showError(e);
      planKey = null; // a plan shown from before is out of date now: its notice says so
    }
  }
  running = false;
  ctx.rerender();
  document.getElementById('mobile-result')?.scrollIntoView({ block: 'start' });
}

function clear() {
  plan = null;
  planKey = null;
  routeLines = [];
  highlighted = null;
  if (layer) layer.clearLayers();
  refreshLegend();
}

/** Highlights one team-day's route (thicker, in front; the others faded) and zooms to it. */
function highlight(ctx, i) {
  highlighted = i;
  routeLines.forEach((line, j) => {
    if (!line) return;
    const on = j === i;
    line.setStyle({ weight: on ? 7 : 3.5, opacity: on ? 1 : 0.15 });
    if (on) line.bringToFront();
    line.getElement()?.classList.toggle('highlighted', on);
  });
  document.querySelectorAll('#mobile-days tbody tr').forEach(tr => tr.classList.toggle('selected', +tr.dataset.i === i));
  const line = routeLines[i];
  if (line) ctx.map.fitBounds(line.getBounds(), { padding: [40, 40] });
}

// Tooltips and popups are built when opened (Leaflet calls the functions), so they follow a language switch.
function draw(ctx) {
  const map = ctx.map;
  if (!layer) layer = L.layerGroup();
  if (!map.hasLayer(layer)) layer.addTo(map);
  layer.clearLayers();
  routeLines = [];
  highlighted = null;
  const bounds = [];
  for (const d of plan.days) {
    if (!d.route) { routeLines.push(null); continue; }
    const latlngs = d.route.coordinates.map(c => [c[1], c[0]]);
    latlngs.forEach(p => bounds.push(p));
    L.polyline(latlngs, { color: DAY_COLOURS[(d.day - 1) % 7], weight: 3.5, opacity: 0.85, className: 'dostap-mobile-route',
      dashArray: d.team > 1 ? '8 4' : null })
      .bindTooltip(() => `${t('mobile.week')} ${d.week}, ${t('mobile.day')} ${d.day}, ${t('mobile.team')} ${d.team}: ${d.stops.map(s => esc(settlementName(s.settlement_id, s.name))).join(' → ')}`, { sticky: true })
      .addTo(layer);
    routeLines.push(layer.getLayers()[layer.getLayers().length - 1]);
  }
  for (const s of plan.served)
    ring(ctx, s, { color: '#0b7a3b', weight: 3, className: 'dostap-mobile-served' },
      () => `${esc(settlementName(s.settlement_id, s.name))} · ${every(s.frequency_weeks)} · ${t('mobile.day')} ${s.day}, ${t('mobile.team')} ${s.team}`,
      () => `${every(s.frequency_weeks)} · ${t('mobile.window')}: ${s.time_window || t('mobile.anyTime')} · ${t('mobile.onSite')}: ${minutes(s.on_site_min)} ${t('min')}
       <br>${t('mobile.day')} ${s.day}, ${t('mobile.team')} ${s.team}, ${t('mobile.firstWeek')} ${s.first_week}`);
  for (const u of plan.unserved) if (u.lat !== null)
    ring(ctx, u, { color: '#b00020', weight: 2, dashArray: '2 2', className: 'dostap-mobile-unserved' },
      () => `${esc(settlementName(u.settlement_id, u.name))}: ${t('mobile.reason.' + u.reason)}`, () => `<span class="no">${t('mobile.reason.' + u.reason)}</span>`);
  const byBase = new Map(); // one marker per base, naming its teams
  for (const b of plan.team_bases || [{ team: 1, ...plan.base }]) {
    if (!byBase.has(b.id)) byBase.set(b.id, { ...b, teams: [] });
    byBase.get(b.id).teams.push(b.team);
  }
  for (const b of byBase.values()) {
    const m = L.circleMarker([b.lat, b.lon], { radius: 9, color: '#111', weight: 3, fillColor: '#ffd400', fillOpacity: 1, className: 'dostap-mobile-base' })
      .bindTooltip(() => `${t('mobile.base')}: ${esc(b.name)}${plan.parameters.teams > 1 ? ` (${t('mobile.team')} ${b.teams.join(', ')})` : ''}`,
        { permanent: byBase.size > 1, direction: 'right', className: 'base-label' }).addTo(layer);
    if (m._path) m._path.dataset.id = b.id;
  }
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30] });
  refreshLegend();
}

/** A served / unserved ring; its popup sets the settlement's own visit settings. tooltip and info: () => html. */
function ring(ctx, s, style, tooltip, info) {
  const m = L.circleMarker([s.lat, s.lon], { radius: 7, fill: true, fillOpacity: 0, bubblingMouseEvents: false, ...style })
    .bindTooltip(tooltip).bindPopup(() => ringPopup(ctx, s, info())).addTo(layer);
  if (m._path) m._path.dataset.id = s.settlement_id;
}

/** A ring's popup, in the current language. */
function ringPopup(ctx, s, info) {
  const content = document.createElement('div');
  content.className = 'popup';
  content.dataset.mobileSettlement = s.settlement_id;
  content.innerHTML = `<h4>${esc(settlementName(s.settlement_id, s.name))}</h4><div class="sub">EKATTE ${esc(s.settlement_id)} · ${num(s.population)} ${t('people')}</div>
    <div>${info}</div><div class="actions"><button type="button" class="btn" id="mobile-override-add">${t('mobile.own')}</button>
    <button type="button" class="btn" id="mobile-details">${t('mobile.details')}</button></div>`;
  content.querySelector('#mobile-override-add').addEventListener('click', () => own(ctx, s));
  content.querySelector('#mobile-details').addEventListener('click', () => ctx.openSettlement(s.settlement_id));
  return content;
}

/** Adds a settlement to the overrides table and shows it. */
function own(ctx, s) {
  addOverride(s);
  ctx.map.closePopup();
  ctx.rerender();
  document.getElementById('mobile-overrides')?.scrollIntoView({ block: 'center' });
}

function renderResult(box, ctx) {
  const p = plan, tot = p.totals;
  box.innerHTML = `<p class="message warn" id="mobile-stale" ${planKey === key() ? 'hidden' : ''}>${t('mobile.stale')}</p><div class="kpis">
      <div class="kpi wide"><div class="v pos" id="mobile-reached">${num(tot.population_served)}</div><div class="l">${t('mobile.reached')} (${num(tot.settlements_served)} ${t('mobile.settlements')})</div></div>
      <div class="kpi"><div class="v ${tot.settlements_unserved ? 'neg' : ''}" id="mobile-unserved-count">${num(tot.settlements_unserved)}</div><div class="l">${t('mobile.unservedCount')} (${num(tot.population_unserved)} ${t('people')})</div></div>
      <div class="kpi"><div class="v" id="mobile-team-days">${num(tot.team_days)}</div><div class="l">${t('mobile.teamDays')} / ${p.parameters.horizon_weeks} ${t('weeks')}</div></div>
      <div class="kpi"><div class="v" id="mobile-team-hours">${minutes(tot.team_hours)} ${t('hours')}</div><div class="l">${t('mobile.teamHours')} (${t('mobile.driving')} ${minutes(tot.driving_hours)} ${t('hours')})</div></div>
      <div class="kpi"><div class="v" id="mobile-distance">${minutes(tot.distance_km)} ${t('unit.km')}</div><div class="l">${t('mobile.distance')}</div></div>
    </div>
    ${p.base_choice && new Set(p.base_choice.team_bases).size > 1 ? `<p class="muted" id="mobile-base-why">${t('mobile.basesWhy').replace('{b}', p.base_choice.team_bases.map((id, i) => `${esc(facilityName(id))} (${t('mobile.team')} ${i + 1})`).join(', '))
      .replace('{n}', p.base_choice.settlements_to_visit).replace('{h}', minutes(p.base_choice.team_bases_round_trip_hours_total))
      .replace('{single}', esc(p.base_choice.options[0].name)).replace('{hs}', minutes(p.base_choice.options[0].round_trip_hours_total))}</p>
      ${(p.base_choice.compared || []).length ? `<p class="muted" id="mobile-compared">${t('mobile.compared').replace('{alts}', p.base_choice.compared.map(altText).join('; '))
        .replace('{kept}', altBases(p.base_choice.compared.find(a => a.chosen)))}</p>` : ''}`
    : p.base_choice ? `<p class="muted" id="mobile-base-why">${t('mobile.baseWhy').replace('{b}', esc(p.base.name)).replace('{n}', p.base_choice.settlements_to_visit)
      .replace('{h}', minutes(p.base_choice.options[0].round_trip_hours_total))
      .replace('{next}', p.base_choice.options.slice(1, 3).map(o => `${esc(o.name)} ${minutes(o.round_trip_hours_total)} ${t('hours')}`).join(', ') || '–')}</p>` : ''}
    <div class="day-legend">${[...new Set(p.days.map(d => d.day))].sort().map(d => `<span><i style="background:${DAY_COLOURS[(d - 1) % 7]}"></i>${t('mobile.day')} ${d}</span>`).join('')}
      ${p.parameters.teams > 1 ? `<span class="muted">${t('mobile.dashed')}</span>` : ''}</div>
    ${p.parameters.teams > 1 ? `<h3>${t('mobile.teamLoads')}</h3><table class="team-loads" id="mobile-team-loads">
      <tr><th>${t('mobile.team')}</th><th>${t('mobile.base')}</th><th>${t('mobile.visits')}</th><th>${t('hours')}</th><th>${t('unit.km')}</th></tr>
      ${p.team_loads.map(l => `<tr><td>${l.team}</td><td>${esc((p.team_bases || [])[l.team - 1]?.name || p.base.name)}</td><td>${num(l.visits)}</td><td>${minutes(l.team_hours)}</td><td>${minutes(l.distance_km)}</td></tr>`).join('')}
      </table><p class="muted" id="mobile-balance">${t('mobile.balance')}: ${p.team_balance.max_over_min_team_hours === null ? t('mobile.idleTeam') : fixed(p.team_balance.max_over_min_team_hours, 2)}</p>` : ''}
    ${accessHtml(p.access, p.parameters.access_mode)}
    <h3>${t('mobile.schedule')}</h3><div id="mobile-schedule"></div>
    ${p.unserved.length ? `<h3>${t('mobile.unserved')}</h3><div id="mobile-unserved"></div>` : ''}
    <p class="muted">${p.travel_time_source === 'estimated' ? t('mobile.estimated') : ''}</p>`;
  bindAccess(box, p.access);
  const rows = p.days.map((d, i) => ({ ...d, i, when: d.week * 100 + d.day * 10 + d.team,
    route: d.stops.map(s => `${esc(settlementName(s.settlement_id, s.name))} <span class="muted nowrap">${s.arrival}</span>`).join(' → ') }));
  box.querySelector('#mobile-schedule').appendChild(sortableTable('mobile-days', [
    { key: 'when', label: t('mobile.when'), num: true, format: x => `<span class="swatch" style="background:${DAY_COLOURS[(x.day - 1) % 7]}"></span>${t('mobile.week')} ${x.week}, ${t('mobile.day')} ${x.day}${p.parameters.teams > 1 ? ', ' + t('mobile.team') + ' ' + x.team : ''}` },
    { key: 'route', label: `${t('mobile.stops')} (${p.parameters.day_start} →)`, format: x => x.route },
    { key: 'back_at_base', label: t('mobile.back'), format: x => `<span class="nowrap">${esc(x.back_at_base)}</span>` },
    { key: 'distance_km', label: t('unit.km'), num: true, format: x => minutes(x.distance_km) },
  ], rows, { onRowClick: x => highlight(ctx, x.i) }));
  if (highlighted !== null) box.querySelectorAll('#mobile-days tbody tr').forEach(tr => tr.classList.toggle('selected', +tr.dataset.i === highlighted));
  if (p.unserved.length) box.querySelector('#mobile-unserved').appendChild(sortableTable('mobile-unserved-table', [
    { key: 'name', label: t('col.settlement'), sortBy: x => settlementName(x.settlement_id, x.name),
      format: x => `<span ${inPageLanguage(x.message) ? `title="${esc(x.message)}"` : ''}>${esc(settlementName(x.settlement_id, x.name))}</span>` },
    { key: 'population', label: t('col.population'), num: true, format: x => num(x.population) },
    { key: 'reason', label: t('mobile.reason'), format: x => `<span ${inPageLanguage(x.message) ? `title="${esc(x.message)}"` : ''}>${t('mobile.reason.' + x.reason)}</span>` },
    { key: 'settlement_id', label: '', format: x => `<button type="button" class="btn small mobile-own" data-id="${esc(x.settlement_id)}" title="${t('mobile.own')}" aria-label="${t('mobile.own')}">⚙</button>` },
  ], p.unserved, { onRowClick: x => ctx.openSettlement(x.settlement_id) }));
  box.querySelector('#mobile-unserved')?.addEventListener('click', e => { // capture: before the row's own click
    const b = e.target.closest('button.mobile-own');
    if (!b) return;
    e.stopPropagation();
    own(ctx, p.unserved.find(u => u.settlement_id === b.dataset.id));
  }, true);
}

function onState(keys) {
  if (keys.includes('region')) { // another region's settlements: its own settings and problems go too
    clear();
    clearOptions();
    visits.overrides = [];
    setProblems([]);
  }
}

function onHide(ctx) { if (layer && ctx.map) { ctx.map.removeLayer(layer); refreshLegend(); } }

/** The plan for the printable page: only a current one. */
function printData() { return plan && planKey === key() ? { plan, request: planRequest } : null; }

registerPanel({ id: 'mobile', titleKey: 'tab.mobile', render, onState, onHide, printData });
