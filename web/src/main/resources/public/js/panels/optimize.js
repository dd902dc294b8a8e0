// Optimization tab: where new centres go (p-median, maximal coverage, set covering, p-center) on the current scenario.
// Runs as a job on the server: progress while it runs, Cancel; then the chosen sites on the map, the proven gap,
// covered population before and after, the municipal table, and "add to scenario".
import { registerPanel } from './registry.js';
import { state, newFacilityId } from '../state.js';
import { t } from '../i18n.js';
import { num, signed, esc, minutes, pct } from '../format.js';
import { sortableTable } from './table.js';
import { api } from '../api.js';

const PROBLEMS = ['mclp', 'p-median', 'lscp', 'p-center'];
const form = { problem: 'mclp', sites: 2, keepExisting: true, candidates: 'municipal-seats', timeLimitSec: 20 };
let job = null;       // last job status
let result = null;    // result of the last finished job
let resultKey = null;
let timer = null;
let layer = null;

function key() { return JSON.stringify([state.region?.code, state.service, state.thresholdMin, state.population, state.edits]); }

function options(values, selected, label) {
  return values.map(v => `<option value="${v}" ${String(v) === String(selected) ? 'selected' : ''}>${label(v)}</option>`).join('');
}

function render(body, ctx) {
  if (layer && ctx.map && !ctx.map.hasLayer(layer)) layer.addTo(ctx.map);
  const busy = job && (job.status === 'queued' || job.status === 'running');
  body.innerHTML = `<p class="muted">${t('opt.help')} <strong>${state.thresholdMin} ${t('min')}</strong>.</p>
    <div class="form-grid">
      <label>${t('opt.problem')}<select id="opt-problem">${options(PROBLEMS, form.problem, p => t('opt.problem.' + p))}</select></label>
      <label>${t('opt.sites')}<input type="number" id="opt-sites" min="${form.keepExisting ? 0 : 1}" max="50" value="${form.sites}" ${form.problem === 'lscp' ? 'disabled' : ''}></label>
      <label>${t('opt.candidates')}<select id="opt-candidates">${options(['municipal-seats', 'settlements'], form.candidates, c => t('opt.candidates.' + c))}</select></label>
      <label>${t('opt.timeLimit')}<select id="opt-limit">${options([10, 20, 60, 120], form.timeLimitSec, s => s + ' s')}</select></label>
      <label class="check"><input type="checkbox" id="opt-keep" ${form.keepExisting ? 'checked' : ''}> ${t('opt.keepExisting')}</label>
    </div>
    <p class="muted">${t('opt.problemHelp.' + form.problem)}</p>
    <div class="row"><button type="button" class="btn primary" id="opt-run" ${busy ? 'disabled' : ''}>${t('opt.run')}</button>
      ${busy ? `<button type="button" class="btn danger" id="opt-cancel">${t('opt.cancel')}</button>` : ''}
      ${result && !busy ? `<button type="button" class="btn" id="opt-apply">${t('opt.apply')}</button>` : ''}</div>
    ${busy ? `<div class="progress" id="opt-progress"><div style="width:${Math.round(job.progress * 100)}%"></div></div>
      <p class="muted">${t('opt.status.' + job.status)} · ${minutes(job.elapsedSeconds)} / ${job.timeLimitSeconds} s</p>` : ''}
    ${job && (job.status === 'failed' || job.status === 'cancelled') ? `<p class="message ${job.status === 'failed' ? 'error' : ''}">${job.status === 'failed'
      ? esc(job.error.message) + (job.error.problems || []).map(p => '<br>' + esc(p.field) + ': ' + esc(p.message)).join('') : t('opt.cancelled')}</p>` : ''}
    <div id="opt-result"></div>`;
  const q = id => body.querySelector(id);
  q('#opt-problem').addEventListener('change', e => { form.problem = e.target.value; ctx.rerender(); });
  q('#opt-sites').addEventListener('change', e => { form.sites = +e.target.value; });
  q('#opt-candidates').addEventListener('change', e => { form.candidates = e.target.value; });
  q('#opt-limit').addEventListener('change', e => { form.timeLimitSec = +e.target.value; });
  q('#opt-keep').addEventListener('change', e => { form.keepExisting = e.target.checked; ctx.rerender(); });
  q('#opt-run').addEventListener('click', () => run(ctx));
  q('#opt-cancel')?.addEventListener('click', () => cancel(ctx));
  q('#opt-apply')?.addEventListener('click', () => apply(ctx));
  if (result) renderResult(q('#opt-result'), ctx);
}

async function run(ctx) {
  const body = { service: state.service, problem: form.problem, thresholdMin: state.thresholdMin, keepExisting: form.keepExisting,
    candidates: form.candidates, population: state.population, timeLimitSec: form.timeLimitSec, edits: state.edits };
  if (form.problem !== 'lscp') body.sites = form.sites;
  const k = key();
  try {
    job = await api.post(`/api/regions/${state.region.code}/optimize/jobs`, body);
    ctx.rerender();
    poll(ctx, k);
  } catch (e) { ctx.showError(e); }
}

function poll(ctx, k) {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    try {
      job = await api.get(`/api/regions/${state.region.code}/optimize/jobs/${job.id}`);
    } catch (e) { ctx.showError(e); job = null; ctx.rerender(); return; }
    if (job.status === 'queued' || job.status === 'running') { ctx.rerender(); poll(ctx, k); return; }
    if (job.status === 'done') { result = job.result; resultKey = k; draw(ctx); }
    ctx.rerender();
    document.getElementById('opt-result')?.scrollIntoView({ block: 'start' });
  }, 500);
}

async function cancel(ctx) {
  clearTimeout(timer);
  try { job = await api.del(`/api/regions/${state.region.code}/optimize/jobs/${job.id}`); } catch (e) { ctx.showError(e); }
  ctx.rerender();
}

/** The chosen new sites become "add" edits of the scenario (the Scenario tab then shows their effect). */
function apply(ctx) {
  const adds = result.sites.filter(s => !s.existing).map(s => ({ kind: 'add', facilityId: newFacilityId(), name: s.name,
    serviceType: state.service, lon: s.lon, lat: s.lat }));
  clearLayer();
  result = null;
  job = null;
  ctx.setEdits([...state.edits, ...adds]);
}

function clearLayer() { if (layer) layer.clearLayers(); }

function draw(ctx) {
  const map = ctx.map;
  if (!layer) layer = L.layerGroup();
  if (!map.hasLayer(layer)) layer.addTo(map);
  layer.clearLayers();
  const byId = new Map(state.settlements.features.map(f => [f.properties.id, f.geometry.coordinates]));
  const sites = new Map(result.sites.map(s => [s.id, s]));
  for (const a of result.assignment) {
    const s = sites.get(a.site_id), c = byId.get(a.settlement_id);
    if (!s || !c || !a.within_standard) continue;
    L.polyline([[c[1], c[0]], [s.lat, s.lon]], { color: '#6a3d9a', weight: 1, opacity: 0.45, interactive: false }).addTo(layer);
  }
  for (const s of result.sites)
    L.marker([s.lat, s.lon], { icon: L.divIcon({ className: '', iconSize: [22, 22], iconAnchor: [11, 11],
      html: `<div class="opt-site ${s.existing ? 'existing' : 'new'}" data-site="${esc(s.id)}">★</div>` }), zIndexOffset: 1000 })
      .bindTooltip(`${esc(s.name)}${s.existing ? ' (' + t('opt.existing') + ')' : ' (' + t('opt.new') + ')'}`).addTo(layer);
}

/** Objective and bound in planner units: average / worst minutes, people, sites. */
function inUnits(r, v) {
  if (v === null || v === undefined || !isFinite(v)) return '–';
  switch (r.objective_unit) {
    case 'person-seconds': return minutes(v / Math.max(1, r.comparison.population) / 60) + ' ' + t('min') + ' ' + t('opt.average');
    case 'seconds': return minutes(v / 60) + ' ' + t('min') + ' ' + t('opt.worst');
    case 'sites': return num(v) + ' ' + t('opt.sitesUnit');
    default: return num(Math.round(v)) + ' ' + t('people');
  }
}

function renderResult(box, ctx) {
  const r = result, c = r.comparison;
  const stale = resultKey !== key() ? `<p class="message warn">${t('opt.stale')}</p>` : '';
  const gapPct = r.gap * 100;
  box.innerHTML = `${stale}<div class="kpis">
      <div class="kpi wide"><div class="delta-big ${c.gain > 0 ? 'pos' : ''}" id="opt-gain">${signed(c.gain)}</div>
        <div class="l">${t('opt.gain')} (${num(c.covered_before)} → ${num(c.covered_after)} ${t('of')} ${num(c.population)}) · ${r.threshold_min} ${t('min')}</div></div>
      <div class="kpi"><div class="v">${num(c.covered_by_chosen_sites)}</div><div class="l">${t('opt.byChosen')}</div></div>
      <div class="kpi"><div class="v ${r.proven_optimal ? 'pos' : ''}" id="opt-gap">${pct(gapPct)}</div><div class="l">${t('opt.gap')}${r.proven_optimal ? ' — ' + t('opt.optimal') : ''}</div></div>
      <div class="kpi wide"><div class="l">${t('opt.objective')}: <strong>${inUnits(r, r.objective)}</strong> · ${t('opt.bound')}: ${inUnits(r, r.sense === 'maximize' ? r.upper_bound : r.lower_bound)}</div>
        <div class="l">${t('opt.method')}: ${esc(r.method)} · ${minutes(r.seconds)} s</div></div>
    </div>
    <h3>${t('opt.chosen')} (${r.sites.length})</h3><div id="opt-sites-table"></div>
    <h3>${t('h.byMunicipality')}</h3><div id="opt-municipalities"></div>
    <p class="muted">${r.travel_time_source === 'estimated' ? t('mobile.estimated') : ''}</p>`;
  const assigned = new Map();
  for (const a of r.assignment) if (a.site_id && a.within_standard) assigned.set(a.site_id, (assigned.get(a.site_id) || 0) + a.population);
  box.querySelector('#opt-sites-table').appendChild(sortableTable('opt-sites', [
    { key: 'name', label: t('opt.site'), format: x => `${esc(x.name)} ${x.existing ? `<span class="muted">(${t('opt.existing')})</span>` : `<strong class="pos">${t('opt.new')}</strong>`}` },
    { key: 'reached', label: t('opt.reached'), num: true, format: x => num(x.reached) },
  ], r.sites.map(s => ({ ...s, reached: assigned.get(s.id) || 0 })), { onRowClick: x => ctx.map.setView([x.lat, x.lon], Math.max(ctx.map.getZoom(), 11)) }));
  box.querySelector('#opt-municipalities').appendChild(sortableTable('opt-munis', [
    { key: 'name', label: t('col.municipality'), format: x => esc(x.name) },
    { key: 'population', label: t('col.population'), num: true, format: x => num(x.population) },
    { key: 'share_within_standard', label: t('opt.share'), num: true, format: x => pct(x.share_within_standard * 100) },
    { key: 'sites', label: t('opt.sitesCol'), num: true, format: x => num(x.sites) },
  ], r.municipalities, { onRowClick: x => ctx.zoomToMunicipality(x.code) }));
}

function onState(keys) {
  if (keys.includes('region')) { clearTimeout(timer); job = null; result = null; clearLayer(); }
}

function onHide(ctx) { if (layer && ctx.map) ctx.map.removeLayer(layer); }

registerPanel({ id: 'optimize', titleKey: 'tab.optimize', render, onState, onHide });
