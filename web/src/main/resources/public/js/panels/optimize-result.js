// The result of an optimization run in the Optimize tab: covered population now → with the chosen sites, the proven gap,
// objective and bound, the chosen sites (stars on the map, thin lines to the settlements they serve within the standard),
// the municipal table; for inter-municipal networks the cost-sharing table and why each site was chosen.
import { state } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { settlementName } from '../names.js';
import { num, signed, esc, minutes, pct, decimal } from '../format.js';
import { inPageLanguage } from '../errors.js';
import { sortableTable } from './table.js';
import { capacityKpis, uptakeLine, occupancyTable, unservedTable } from './occupancy.js';
import { registerLegendPart, refreshLegend } from '../map/legend-parts.js';

let layer = null;
let drawnStale = false;

// the legend explains the stars and lines while they are on the map
registerLegendPart(() => {
  if (!layer || !layer.getLayers().length || !layer._map) return '';
  return `<div class="sep"></div><div class="title">${t('legend.optTitle')}</div>
    <div><i class="star" style="color:#6a3d9a">★</i>${t('legend.optNew')}</div>
    <div><i class="star" style="color:#7b8a96">★</i>${t('legend.optExisting')}</div>
    <div><i class="line" style="border-color:#6a3d9a"></i>${t('legend.optLine')}</div>
    ${drawnStale ? `<div class="muted">${t('legend.optStale')}</div>` : ''}`;
});

export function showResult(ctx) { if (layer && ctx.map && !ctx.map.hasLayer(layer)) { layer.addTo(ctx.map); refreshLegend(); } }

export function hideResult(ctx) { if (layer && ctx.map) { ctx.map.removeLayer(layer); refreshLegend(); } }

export function clearResult() { if (layer) layer.clearLayers(); drawnStale = false; refreshLegend(); }

/** Draws the chosen sites (stars) and their lines; stale: an out-of-date result, drawn grey. */
export function drawResult(ctx, result, stale = false) {
  drawnStale = stale;
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
      html: `<div class="opt-site ${s.existing ? 'existing' : 'new'}${stale ? ' stale' : ''}" data-site="${esc(s.id)}">★</div>` }), zIndexOffset: 1000 })
      .bindTooltip(() => `${esc(siteName(s))}${s.existing ? ' (' + t('opt.existing') + ')' : ' (' + t('opt.new') + ')'}`).addTo(layer);
  refreshLegend();
}

/** Objective and bound in planner units: average / worst minutes, people, sites. */
export function inUnits(r, v) {
  if (v === null || v === undefined || !isFinite(v)) return '–';
  switch (r.objective_unit) {
    case 'person-seconds': return minutes(v / Math.max(1, r.comparison.population) / 60) + ' ' + t('min') + ' ' + t('opt.average');
    case 'seconds': return minutes(v / 60) + ' ' + t('min') + ' ' + t('opt.worst');
    case 'sites': return num(v) + ' ' + t('opt.sitesUnit');
    default: return num(Math.round(v)) + ' ' + t('people');
  }
}

/** A new site is a settlement: its name in the page's language; an existing centre keeps its own name. */
function siteName(s) { return s.existing ? s.name : settlementName(s.id, s.name); }

function municipalityName(code) {
  const m = (state.region?.municipalities || []).find(x => x.code === code);
  return m ? nameOf(m.name_bg, m.name_en) : code;
}

/**
 * The solver's method line in words: "greedy+vertex-substitution+lagrangian(120 subgradient steps)" becomes
 * "начален избор място по място + подобряване чрез замяна на места + Лагранжева релаксация (120 стъпки)".
 */
export function methodWords(method) {
  if (!method) return '';
  const parts = [];
  let depth = 0, start = 0;
  for (let i = 0; i <= method.length; i++) {
    const c = method[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === '+' && depth === 0) || i === method.length) { parts.push(method.slice(start, i).trim()); start = i + 1; }
  }
  const counts = [[/(\d+) subgradient steps/, 'opt.m.steps'], [/(\d+) free sites/, 'opt.m.freeSites'], [/(\d+) nodes/, 'opt.m.nodes'],
    [/(\d+) nearest sites/, 'opt.m.nearest'], [/(\d+) radii/, 'opt.m.radii'], [/(\d+) solves/, 'opt.m.solves']];
  return parts.map(part => {
    const head = /^bisection/.test(part) ? 'bisection' : part.replace(/\(.*$/, '').trim();
    const key = 'opt.m.' + head;
    const words = t(key) !== key ? t(key) : head;
    const extra = counts.map(([re, unit]) => { const m = re.exec(part); return m ? `${num(+m[1])} ${t(unit)}` : null; }).filter(Boolean);
    return extra.length ? `${words} (${extra.join(', ')})` : words;
  }).join(' + ');
}

/** Why the chosen sites add nobody, in the page's language (by the server's code and arguments). */
function noGainHtml(r) {
  const n = r.no_gain;
  if (!n) return '';
  const key = 'opt.noGain.' + n.code;
  const args = n.args || {};
  const text = t(key) !== key
    ? t(key).replace(/\{min\}/g, decimal(+args.threshold_min, 1)).replace(/\{settlements\}/g, num(args.settlements)).replace(/\{people\}/g, num(args.people))
    : (inPageLanguage(n.message) ? n.message : '');
  return text ? `<p class="message warn" id="opt-no-gain">${esc(text)}</p>` : '';
}

export function renderResult(box, ctx, r, stale, superseded = false) {
  const c = r.comparison;
  const network = r.problem === 'inter-municipal';
  box.innerHTML = `${superseded ? `<p class="message warn" id="opt-superseded">${t('opt.previous')}</p>` : ''}${noGainHtml(r)}${stale ? `<p class="message warn" id="opt-stale">${t('opt.stale')}</p>` : ''}<div class="kpis">
      <div class="kpi wide"><div class="delta-big ${c.gain > 0 ? 'pos' : ''}" id="opt-gain">${signed(c.gain)}</div>
        <div class="l">${t('opt.gain')} (<span id="opt-covered-now">${num(c.covered_before)}</span> → ${num(c.covered_after)} ${t('of')} ${num(c.population)}) · <span id="opt-standard-used">${r.threshold_min} ${t('min')} ${t('mode.' + (r.travel_mode || 'car'))}</span></div></div>
      <div class="kpi"><div class="v">${num(c.covered_by_chosen_sites)}</div><div class="l">${t('opt.byChosen')}</div></div>
      <div class="kpi"><div class="v ${r.proven_optimal ? 'pos' : ''}" id="opt-gap">${pct(r.gap * 100)}</div><div class="l">${t('opt.gap')}${r.proven_optimal ? ' — ' + t('opt.optimal') : ''}</div></div>
      <div class="kpi wide"><div class="l">${t('opt.objective')}: <strong>${inUnits(r, r.objective)}</strong> · ${t('opt.bound')}: ${inUnits(r, r.sense === 'maximize' ? r.upper_bound : r.lower_bound)}</div>
        <div class="l">${t('opt.method')}: <span id="opt-method">${esc(methodWords(r.method))}</span> · ${minutes(r.seconds)} s</div></div>
    </div>
    ${network ? `<h3>${t('opt.costSharing')}</h3><div id="opt-cost-sharing"></div><p class="muted">${t('opt.costRule')}</p>
      <h3>${t('opt.why')}</h3><div id="opt-why"></div>` : ''}
    <h3>${t('opt.chosen')} (${r.sites.length})</h3><div id="opt-sites-table"></div>
    ${r.capacity ? capacitySection(r.capacity) : ''}
    <h3>${t('h.byMunicipality')}</h3><div id="opt-municipalities"></div>
    <p class="muted">${r.travel_time_source === 'estimated' ? t('opt.estimated') : ''}</p>`;
  if (network) networkTables(box, r);
  const reached = new Map(), assigned = new Map();
  for (const a of r.assignment) {
    if (!a.site_id) continue;
    assigned.set(a.site_id, (assigned.get(a.site_id) || 0) + a.population);
    if (a.within_standard) reached.set(a.site_id, (reached.get(a.site_id) || 0) + a.population);
  }
  const capacitated = r.problem.startsWith('capacitated');
  box.querySelector('#opt-sites-table').appendChild(sortableTable('opt-chosen', [
    { key: 'name', label: t('opt.site'), sortBy: siteName, format: x => `${esc(siteName(x))} ${x.existing ? `<span class="muted">(${t('opt.existing')})</span>` : `<strong class="pos">${t('opt.new')}</strong>`}` },
    { key: 'reached', label: t('opt.reached'), num: true, format: x => num(x.reached) },
    ...(capacitated ? [{ key: 'assigned', label: t('opt.assigned'), num: true, format: x => num(x.assigned) }] : []),
  ], r.sites.map(s => ({ ...s, reached: reached.get(s.id) || 0, assigned: assigned.get(s.id) || 0 })),
  { onRowClick: x => ctx.map.setView([x.lat, x.lon], Math.max(ctx.map.getZoom(), 11)) }));
  if (r.capacity) {
    const sites = new Map(r.sites.map(x => [x.id, x]));
    box.querySelector('#opt-occupancy').appendChild(occupancyTable('opt-occupancy-table', t('opt.site'), r.capacity.sites, x => {
      const s = sites.get(x.site_id);
      if (s) ctx.map.setView([s.lat, s.lon], Math.max(ctx.map.getZoom(), 11));
    }));
    if (r.capacity.unserved_users > 0) unservedTable(box.querySelector('#opt-cap-unserved-list'), 'opt-cap-unserved-table', r.capacity.settlements);
  }
  box.querySelector('#opt-municipalities').appendChild(sortableTable('opt-munis', [
    { key: 'name', label: t('col.municipality'), format: x => esc(municipalityName(x.code)) },
    { key: 'population', label: t('col.population'), num: true, format: x => num(x.population) },
    { key: 'share_within_standard', label: t('opt.share'), num: true, format: x => pct(x.share_within_standard * 100) },
    { key: 'sites', label: t('opt.sitesCol'), num: true, format: x => num(x.sites) },
  ], r.municipalities, { onRowClick: x => ctx.zoomToMunicipality(x.code) }));
}

/**
 * Capacitated runs: users (demand), places, served and not served, the uptake and its source, the rule, then the
 * occupancy of every chosen site (the Places tab's columns) and, when some users are not served, where they live.
 */
function capacitySection(c) {
  return `<h3>${t('opt.occupancy')}</h3>
    ${capacityKpis('opt-cap', { users: c.users, places: c.places, served: c.served_users, unserved: c.unserved_users })}
    <p class="muted" id="opt-cap-rate">${uptakeLine(c.demand)} · ${t(c.single_source ? 'opt.capSingle' : 'opt.capSplit')}</p>
    <div id="opt-occupancy"></div>
    ${c.unserved_users > 0 ? `<h3>${t('cap.unservedBy')}</h3><div id="opt-cap-unserved-list"></div>` : ''}`;
}

/** Inter-municipal: what each partner gets and pays, and why each new site is in the network. */
function networkTables(box, r) {
  const rows = r.cost_sharing.map(x => ({ ...x, name: municipalityName(x.municipality) }));
  box.querySelector('#opt-cost-sharing').appendChild(sortableTable('opt-cost-table', [
    { key: 'name', label: t('col.municipality'), format: x => `${esc(x.name)}${x.hosts ? ` <span class="opt-host" title="${t('opt.hosts')}: ${x.hosts}">${'★'.repeat(Math.min(x.hosts, 5))}</span>` : ''}` },
    { key: 'population', label: t('col.population'), num: true, format: x => num(x.population) },
    { key: 'share_within_standard', label: t('opt.shareWithin'), num: true, format: x => pct(x.share_within_standard * 100) },
    { key: 'cost_share', label: t('opt.costShare'), num: true, format: x => pct(x.cost_share * 100) },
    { key: 'cost_eur', label: t('opt.cost'), num: true, format: x => num(Math.round(x.cost_eur)) },
  ], rows));
  const names = new Map(r.sites.map(s => [s.id, siteName(s)]));
  const why = r.why_chosen.map(x => ({ ...x, name: names.get(x.site_id) || x.site_id, newly: x.settlements_newly_covered.length }));
  box.querySelector('#opt-why').appendChild(sortableTable('opt-why-table', [
    { key: 'rank', label: '#', num: true },
    { key: 'name', label: t('opt.site'), format: x => `${esc(x.name)} <span class="muted">(${esc(municipalityName(x.municipality))})</span>` },
    { key: 'population_added', label: t('opt.added'), num: true, format: x => num(Math.round(x.population_added)) },
    { key: 'newly', label: t('opt.newlyCovered'), num: true, format: x => `<span title="${esc(x.settlements_newly_covered.join(', '))}">${num(x.newly)}</span>` },
    { key: 'population_assigned', label: t('opt.assigned'), num: true, format: x => num(Math.round(x.population_assigned)) },
  ], why));
  if (!why.length) box.querySelector('#opt-why').innerHTML = `<p class="muted">${t('opt.noNewSites')}</p>`;
}
