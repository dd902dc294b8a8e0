// The printable report of the view saved by the Export tab (sessionStorage), in the language it was made in:
// the map with its legend (bands, rings, centres, proposed sites), the municipal table with names, every settlement
// without access (none cut off), the scenario against the baseline, and the optimization result and mobile plan
// when they were computed for this view.
import { setLang, t, nameOf } from './i18n.js';
import { num, pct, minutes, signed, esc, columnLabel, decimal } from './format.js';
import { classColor, classes, radius, UNCOVERED_RING, serviceStyle, DAY_COLOURS } from './map/style.js';
import { methodWords, inUnits } from './panels/optimize-result.js';

const data = JSON.parse(sessionStorage.getItem('dostap.print') || 'null');
const root = document.getElementById('report');
// no inline handlers: the Content-Security-Policy allows this server's scripts only
document.getElementById('print-button')?.addEventListener('click', () => window.print());
if (!data) {
  setLang(localStorage.getItem('dostap.lang') || 'bg');
  root.textContent = t('print.nothing');
} else {
  setLang(data.lang);
  document.title = `${t('export.printTitle')} — Dostap`;
  document.querySelectorAll('[data-print-button]').forEach(b => { b.textContent = t('print.button'); });
  const { region, coverage: c, comparison: cmp } = data;
  const service = region.services.find(s => s.id === c.service);
  const muniName = code => { const m = region.municipalities.find(x => x.code === code); return m ? nameOf(m.name_bg, m.name_en) : code; };
  const only = data.municipality || null;
  const inView = id => !only || data.settlements.features.some(f => f.properties.id === id && f.properties.municipality === only);
  const table = (head, rows, foot = '') => `<table class="data"><thead><tr>${head.map(([label, isNum]) =>
    `<th class="${isNum ? 'num' : ''}">${label}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody>${foot}</table>`;
  const estimated = c.travel_time_source === 'estimated'; // then every time and count has its band
  const range = (low, high) => low === high ? num(low) : `${num(low)}–${num(high)}`;
  const rangeCell = m => estimated ? `<td class="num">${range(m.covered_population_low, m.covered_population_high)}</td>` : '';
  const rows = c.by_municipality.filter(m => !only || m.code === only).map(m => `<tr><td>${esc(nameOf(m.name_bg, m.name_en))}</td><td class="num">${num(m.population)}</td>
    <td class="num">${num(m.covered_population)}</td>${rangeCell(m)}<td class="num">${pct(m.covered_percent)}</td><td class="num">${num(m.uncovered_population)}</td>
    <td class="num">${minutes(m.mean_travel_time_min)}</td></tr>`);
  const s = c.summary;
  const bandOf = new Map(c.settlements.map(x => [x.id, x]));
  const timeBand = id => { const b = bandOf.get(id); return b && b.travel_time_min_low != null ? `${minutes(b.travel_time_min_low)}–${minutes(b.travel_time_min_high)}` : ''; };
  const uncoveredAll = c.uncovered.filter(u => inView(u.id));
  const uncovered = uncoveredAll.map(u => `<tr><td>${esc(nameOf(u.name, u.name_en))}</td><td>${esc(muniName(u.municipality))}</td>
    <td class="num">${num(u.population)}</td><td class="num">${minutes(u.travel_time_min)}</td>${estimated ? `<td class="num">${timeBand(u.id)}</td>` : ''}</tr>`);
  const sameBand = estimated && s.covered_population_low === s.covered_population_high && s.covered_settlements_low === s.covered_settlements_high;
  const bandBanner = estimated ? `<div id="print-range">${t(sameBand ? 'banner.rangeSame' : 'banner.range').replace('{min}', c.threshold_min).replace('{low}', num(s.covered_population_low))
      .replace('{high}', num(s.covered_population_high)).replace('{slow}', num(s.covered_settlements_low)).replace('{fast}', num(s.covered_settlements_high))}</div>` : '';
  let scenario = '';
  if (cmp) {
    scenario = `<h2>${t('scenario.vsBaseline')}${data.scenario ? ': ' + esc(data.scenario.name) : ''}</h2>
      <p>${t('scenario.delta')}: <strong>${signed(cmp.total.covered_population_delta)}</strong>
      (${num(cmp.total.covered_population_before)} → ${num(cmp.total.covered_population_after)});
      ${t('change.gained')}: ${num(cmp.total.settlements_gained)}, ${t('change.lost')}: ${num(cmp.total.settlements_lost)}</p>
      ${table([[t('col.municipality')], [t('col.before'), 1], [t('col.after'), 1], [t('col.delta'), 1]], cmp.by_municipality.map(m => `<tr><td>${esc(nameOf(m.name_bg, m.name_en))}</td>
      <td class="num">${num(m.covered_population_before)}</td><td class="num">${num(m.covered_population_after)}</td>
      <td class="num">${signed(m.covered_population_delta)}</td></tr>`))}`;
  }
  const panels = data.panels || {};
  root.innerHTML = `<h1>${t('export.printTitle')}: ${esc(nameOf(region.name_bg, region.name_en))}</h1>
    <div class="meta">${esc(nameOf(service.name_bg, service.name_en))} · ${c.threshold_min} ${t('min')}${data.mode ? ' ' + t('mode.' + data.mode) : ''} · ${t('control.population')} ${esc(columnLabel(c.population_column))}
      ${only ? ` · ${t('print.filter')}: <strong>${esc(muniName(only))}</strong>` : ''}
      · ${t('export.generated')} ${esc(data.generated.slice(0, 16).replace('T', ' '))} UTC · ${esc(c.software_version || '')}</div>
    ${c.travel_time_source === 'estimated' ? `<div class="banner"><strong>${t('banner.estimated')}</strong> ${t('banner.estimated.text')}${bandBanner}</div>`
      : `<div class="banner"><strong>${t('banner.road')}</strong> ${esc(c.travel_time_description)}</div>`}
    ${c.facilities_illustrative ? `<div class="banner"><strong>${t('banner.illustrative')}</strong> ${t('banner.illustrative.text')}</div>` : ''}
    <div id="print-map"></div><div class="muted" id="print-legend"></div>
    <h2>${t('h.byMunicipality')}</h2>
    ${table([[t('col.municipality')], [t('col.population'), 1], [t('col.covered'), 1], ...(estimated ? [[t('col.coveredRange'), 1]] : []), [t('col.coveredPct'), 1], [t('col.uncovered'), 1], [t('col.mean'), 1]], rows,
      `<tfoot><tr><td>${t('total')}</td><td class="num">${num(s.population)}</td><td class="num">${num(s.covered_population)}</td>${rangeCell(s)}
      <td class="num">${pct(s.covered_percent)}</td><td class="num">${num(s.uncovered_population)}</td><td class="num">${minutes(s.mean_travel_time_min)}</td></tr></tfoot>`)}
    ${scenario}
    <h2>${t('h.uncovered')}</h2>
    ${uncovered.length ? `<p id="print-uncovered-count">${t('print.allUncovered')}: <strong>${num(uncovered.length)}</strong></p>
      ${table([[t('col.settlement')], [t('col.municipality')], [t('col.population'), 1], [t('col.time'), 1], ...(estimated ? [[t('print.band'), 1]] : [])], uncovered)}` : `<p>${t('none.uncovered')}</p>`}
    ${panels.optimize ? optimizeSection(panels.optimize.result, muniName, table) : ''}
    ${panels.mobile ? mobileSection(panels.mobile.plan, table) : ''}`;
  drawMap(data);
}

function optimizeSection(r, muniName, table) {
  const c = r.comparison;
  const sites = r.sites.map(x => `<tr><td>★ ${esc(x.name)}</td><td>${esc(muniName(x.municipality))}</td>
    <td>${x.existing ? t('opt.existing') : t('opt.new')}</td></tr>`);
  const cost = (r.cost_sharing || []).map(x => `<tr><td>${esc(muniName(x.municipality))}</td><td class="num">${num(x.population)}</td>
    <td class="num">${pct(x.share_within_standard * 100)}</td><td class="num">${pct(x.cost_share * 100)}</td><td class="num">${num(Math.round(x.cost_eur))}</td></tr>`);
  return `<h2 id="print-optimize">${t('print.optimize')}</h2>
    <p>${t('opt.problem')}: <strong>${esc(t('opt.problem.' + r.problem))}</strong> · ${r.threshold_min} ${t('min')} ${t('mode.' + (r.travel_mode || 'car'))}<br>
      ${t('opt.gain')}: <strong>${signed(c.gain)}</strong> (${num(c.covered_before)} → ${num(c.covered_after)} ${t('of')} ${num(c.population)}).
      ${t('opt.gap')}: ${pct(r.gap * 100)}${r.proven_optimal ? ' — ' + t('opt.optimal') : ''}.
      ${t('opt.objective')}: ${inUnits(r, r.objective)}. ${t('opt.method')}: ${esc(methodWords(r.method))}.</p>
    ${table([[t('opt.site')], [t('col.municipality')], ['']], sites)}
    ${cost.length ? `<h3>${t('opt.costSharing')}</h3>${table([[t('col.municipality')], [t('col.population'), 1], [t('opt.shareWithin'), 1], [t('opt.costShare'), 1], [t('opt.cost'), 1]], cost)}` : ''}`;
}

function mobileSection(p, table) {
  const tot = p.totals;
  const days = p.days.map(d => `<tr><td><span class="swatch" style="background:${DAY_COLOURS[(d.day - 1) % 7]}"></span>${t('mobile.week')} ${d.week}, ${t('mobile.day')} ${d.day}${p.parameters.teams > 1 ? ', ' + t('mobile.team') + ' ' + d.team : ''}</td>
    <td>${d.stops.map(x => `${esc(x.name)} ${esc(x.arrival)}`).join(' → ')}</td><td>${esc(d.back_at_base)}</td><td class="num">${minutes(d.distance_km)}</td></tr>`);
  const unserved = p.unserved.map(u => `<tr><td>${esc(u.name)}</td><td class="num">${num(u.population)}</td><td>${t('mobile.reason.' + u.reason)}</td></tr>`);
  return `<h2 id="print-mobile">${t('print.mobile')}</h2>
    <p>${t('mobile.base')}: <strong>${esc(p.base.name)}</strong> · ${t('mobile.teams')}: ${p.parameters.teams} · ${p.parameters.horizon_weeks} ${t('weeks')}.
      ${t('mobile.modes').replace('{mode}', t('mode.' + (p.parameters.access_mode || 'car')))}
      ${t('mobile.reached')}: <strong>${num(tot.population_served)}</strong> (${num(tot.settlements_served)} ${t('mobile.settlements')});
      ${t('mobile.unservedCount')}: ${num(tot.settlements_unserved)}; ${t('mobile.teamHours')}: ${minutes(tot.team_hours)} ${t('hours')};
      ${t('mobile.distance')}: ${minutes(tot.distance_km)} ${t('unit.km')}.</p>
    ${table([[t('mobile.when')], [`${t('mobile.stops')} (${esc(p.parameters.day_start)} →)`], [t('mobile.back')], [t('unit.km'), 1]], days)}
    ${unserved.length ? `<h3>${t('mobile.unserved')}</h3>${table([[t('col.settlement')], [t('col.population'), 1], [t('mobile.reason')]], unserved)}` : ''}
    ${p.travel_time_source === 'estimated' ? `<p class="muted">${t('mobile.estimated')}</p>` : ''}`;
}

/** A static map of the view: boundaries, settlements coloured by travel time, the centres and any proposed sites. */
function drawMap({ boundaries, settlements, coverage, region, panels = {} }) {
  if (!boundaries || !settlements) return;
  const map = L.map('print-map', { zoomControl: false, attributionControl: true, zoomSnap: 0.1 });
  map.attributionControl.addAttribution(t('map.attribution'));
  const b = L.geoJSON(boundaries, { style: f => f.properties.level === 'province'
    ? { color: '#12344d', weight: 2, fill: false } : { color: '#7b8a96', weight: 1, fillOpacity: 0, dashArray: '4 3' } });
  map.fitBounds(b.getBounds(), { padding: [10, 10] }); // a view first: vector layers need one
  b.addTo(map);
  const byId = new Map(coverage.settlements.map(s => [s.id, s]));
  for (const f of settlements.features) {
    const s = byId.get(f.properties.id);
    if (!s) continue;
    L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], { radius: radius(s.population) * 0.8,
      color: s.covered ? '#3b3b3b' : UNCOVERED_RING, weight: s.covered ? 0.6 : 1.6,
      fillColor: classColor(s.travel_time_min, coverage.threshold_min), fillOpacity: 0.9 }).addTo(map);
  }
  const plan = panels.mobile?.plan;
  if (plan) for (const d of plan.days) if (d.route)
    L.polyline(d.route.coordinates.map(c => [c[1], c[0]]), { color: DAY_COLOURS[(d.day - 1) % 7], weight: 2.5, opacity: 0.8,
      dashArray: d.team > 1 ? '8 4' : null }).addTo(map);
  const colour = serviceStyle(coverage.service).color;
  for (const f of coverage.facilities.filter(x => x.service_type === coverage.service))
    L.circleMarker([f.lat, f.lon], { radius: 6, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 1, className: 'print-centre' }).addTo(map);
  const result = panels.optimize?.result;
  if (result) for (const s of result.sites.filter(x => !x.existing))
    L.marker([s.lat, s.lon], { icon: L.divIcon({ className: '', iconSize: [18, 18], iconAnchor: [9, 9], html: '<div class="opt-site new" style="width:18px;height:18px;line-height:15px;font-size:12px">★</div>' }) }).addTo(map);
  if (plan) L.circleMarker([plan.base.lat, plan.base.lon], { radius: 7, color: '#111', weight: 2.5, fillColor: '#ffd400', fillOpacity: 1 }).addTo(map);
  const dot = style => `<span style="display:inline-block;width:10px;height:10px;border-radius:50%;vertical-align:-1px;${style}"></span>`;
  let lo = 0;
  const bands = classes(coverage.threshold_min).map(c => {
    const label = c.maxMin === Infinity ? `> ${decimal(lo, 1)}` : `${decimal(lo, 1)}–${decimal(c.maxMin, 1)}`;
    lo = c.maxMin;
    return `<span style="margin-right:12px">${dot(`background:${c.color};border:1px solid #0005`)} ${label} ${t('min')}</span>`;
  }).join('');
  const service = region.services.find(s => s.id === coverage.service);
  const extra = [
    `${dot(`border:2px solid ${UNCOVERED_RING}`)} ${t('legend.uncovered')} (${coverage.threshold_min} ${t('min')})`,
    `${dot(`background:${colour};border:2px solid #fff;box-shadow:0 0 0 1px #999`)} ${t('print.centre')}: ${esc(nameOf(service.name_bg, service.name_en))}${coverage.facilities_illustrative ? ' ' + t('legend.illustrative') : ''}`,
    result ? `<span style="color:#6a3d9a">★</span> ${t('legend.optNew')}` : '',
    plan ? `${dot('background:#ffd400;border:2px solid #111')} ${t('legend.mobileBase')} · <span class="swatch" style="background:${DAY_COLOURS[0]}"></span>${t('legend.mobileRoute')}` : '',
  ].filter(Boolean).map(x => `<span style="margin-right:14px">${x}</span>`).join('');
  document.getElementById('print-legend').innerHTML = `${t('legend.title')}: ${bands}<br>${extra}`;
}
