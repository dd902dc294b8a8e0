// Coverage tab: headline numbers, population by travel-time band (chart), the per-municipality table (sortable),
// uncovered settlements by population; all of one municipality when the view is filtered to it.
import { registerPanel } from './registry.js';
import { state } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { num, minutes, pct, esc } from '../format.js';
import { sortableTable } from './table.js';
import { bandChart } from './chart.js';

function kpis(s) {
  const share = s.population ? (100 * s.covered_population / s.population) : 0;
  return `<div class="kpis">
    <div class="kpi wide"><div class="v" id="kpi-covered-population">${num(s.covered_population)}</div>
      <div class="l">${t('kpi.coveredPopulation')} ${t('kpi.of')} ${num(s.population)} (${pct(s.covered_percent)}) · ${state.threshold_min} ${t('min')}</div>
      <div class="bar"><div style="width:${share.toFixed(1)}%"></div></div></div>
    <div class="kpi"><div class="v" id="kpi-covered-settlements">${num(s.covered_settlements)} / ${num(s.settlements)}</div><div class="l">${t('kpi.coveredSettlements')}</div></div>
    <div class="kpi"><div class="v" id="kpi-uncovered-population">${num(s.uncovered_population)}</div><div class="l">${t('kpi.uncoveredPopulation')}</div></div>
    <div class="kpi"><div class="v">${minutes(s.mean_travel_time_min)}</div><div class="l">${t('kpi.meanTime')}</div></div>
    <div class="kpi"><div class="v">${minutes(s.p90_travel_time_min)}</div><div class="l">${t('kpi.p90Time')}</div></div>
    ${s.not_connected_settlements ? `<div class="kpi wide"><div class="v">${num(s.not_connected_settlements)}</div><div class="l">${t('kpi.notConnected')}</div></div>` : ''}
  </div>`;
}

/** The filter notice (one municipality shown) with a button back to all; '' when not filtered. */
export function filterNote(ctx) {
  const m = state.municipality && state.region.municipalities.find(x => x.code === state.municipality);
  if (!m) return '';
  return `<div class="filter-note" id="filter-note">${t('filter.note')} <strong>${esc(nameOf(m.name_bg, m.name_en))}</strong>
    <button type="button" class="btn small" data-filter-all>${t('filter.all')}</button></div>`;
}

export function bindFilterNote(body, ctx) {
  body.querySelector('[data-filter-all]')?.addEventListener('click', () => ctx.setMunicipality(null));
}

/** The settlement ids of the filtered municipality (null when not filtered). */
export function filteredIds() {
  if (!state.municipality) return null;
  return new Set(state.settlements.features.filter(f => f.properties.municipality === state.municipality).map(f => f.properties.id));
}

function render(body, ctx) {
  const c = state.coverage;
  if (!c) { body.innerHTML = ''; return; }
  const only = filteredIds();
  const head = (state.municipality && c.by_municipality.find(m => m.code === state.municipality)) || c.summary;
  const settlements = only ? c.settlements.filter(x => only.has(x.id)) : c.settlements;
  body.innerHTML = filterNote(ctx) + kpis(head) + `<h3>${t('chart.title')}</h3>
    ${bandChart(settlements.map(x => ({ minutes: x.travel_time_min, population: x.population })), state.threshold_min)}
    <h3>${t('h.byMunicipality')}</h3><div id="muni-table"></div>
    <h3>${t('h.uncovered')}</h3><div id="uncovered-list"></div>`;
  bindFilterNote(body, ctx);
  const rows = c.by_municipality.filter(m => !only || m.code === state.municipality).map(m => ({ ...m, name: nameOf(m.name_bg, m.name_en) }));
  const total = { ...c.summary, name: t('total') };
  body.querySelector('#muni-table').appendChild(sortableTable('municipalities', [
    { key: 'name', label: t('col.municipality') },
    { key: 'population', label: t('col.population'), num: true, format: r => num(r.population) },
    { key: 'covered_percent', label: t('col.coveredPct'), num: true, format: r => pct(r.covered_percent) },
    { key: 'uncovered_population', label: t('col.uncovered'), num: true, format: r => num(r.uncovered_population) },
    { key: 'mean_travel_time_min', label: t('col.mean'), num: true, format: r => minutes(r.mean_travel_time_min) },
    ...(c.travel_time_source === 'estimated' ? [{ key: 'covered_population_low', label: t('col.coveredRange'), num: true, cls: 'wide-only',
      format: r => `<span class="wrap">${num(r.covered_population_low)}–<wbr>${num(r.covered_population_high)}</span>` }] : []),
  ], rows, { footer: total, onRowClick: r => ctx.zoomToMunicipality(r.code) }));
  const list = body.querySelector('#uncovered-list');
  const uncovered = only ? c.uncovered.filter(u => only.has(u.id)) : c.uncovered;
  if (!uncovered.length) { list.innerHTML = `<p class="muted">${t('none.uncovered')}</p>`; return; }
  const munis = new Map(c.by_municipality.map(m => [m.code, nameOf(m.name_bg, m.name_en)]));
  const urows = uncovered.slice(0, 100).map(u => ({ ...u, label: nameOf(u.name, u.name_en), muni: munis.get(u.municipality) || u.municipality }));
  list.appendChild(sortableTable('uncovered', [
    { key: 'label', label: t('col.settlement'), format: r => esc(r.label) },
    { key: 'muni', label: t('col.municipality') },
    { key: 'population', label: t('col.population'), num: true, format: r => num(r.population) },
    { key: 'travel_time_min', label: t('col.time'), num: true, format: r => minutes(r.travel_time_min) },
  ], urows, { onRowClick: r => ctx.openSettlement(r.id) }));
  if (uncovered.length > 100) list.insertAdjacentHTML('beforeend', `<p class="muted">… ${num(uncovered.length - 100)}</p>`);
}

registerPanel({ id: 'coverage', titleKey: 'tab.coverage', render });
