// Years tab: the same services with two population columns (e.g. 2011 against 2017).
import { registerPanel } from './registry.js';
import { state, viewRequest } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { num, signed, esc, columnLabel, pct } from '../format.js';
import { sortableTable } from './table.js';
import { api } from '../api.js';
import { filteredIds } from './coverage.js';

let from = null;
let result = null;
let resultKey = null;
let rankBy = 'people'; // the decline list ranked by people lost or by percentage lost

function key() { return JSON.stringify([state.region.code, from, viewRequest()]); }

async function refresh(ctx) {
  const k = key();
  if (k === resultKey) return;
  resultKey = k;
  try {
    result = await api.post(`/api/regions/${state.region.code}/population-comparison`, { ...viewRequest(), from });
    if (k === resultKey) ctx.rerender();
  } catch (e) { ctx.showError(e); }
}

function render(body, ctx) {
  const cols = state.region.population_columns;
  if (!from || !cols.includes(from)) from = cols.includes('pop_2011') ? 'pop_2011' : cols[Math.min(1, cols.length - 1)];
  body.innerHTML = `<p class="muted">${t('years.help')}</p>
    <div class="row">${t('years.from')} <select id="years-from">${cols.map(c => `<option value="${c}" ${c === from ? 'selected' : ''}>${esc(columnLabel(c))}</option>`).join('')}</select>
      ${t('years.to')} <strong>${esc(columnLabel(state.population))}</strong> · ${state.threshold_min} ${t('min')}</div>
    <div id="years-result"></div>`;
  body.querySelector('#years-from').addEventListener('change', e => { from = e.target.value; refresh(ctx); });
  if (!result || resultKey !== key()) { refresh(ctx); return; }
  const r = result;
  const box = body.querySelector('#years-result');
  const tot = r.total;
  box.innerHTML = `<div class="kpis">
      <div class="kpi"><div class="v">${num(tot.population_before)} → ${num(tot.population_after)}</div><div class="l">${t('col.population')} (${signed(tot.population_after - tot.population_before)})</div></div>
      <div class="kpi"><div class="v">${num(tot.covered_population_before)} → ${num(tot.covered_population_after)}</div><div class="l">${t('kpi.coveredPopulation')} (${signed(tot.covered_population_delta)})</div></div>
    </div><h3>${t('h.byMunicipality')}</h3><div id="years-table"></div><h3>${t('years.shrank')}</h3>
    <div class="row">${t('years.rankBy')}: <span class="segmented" role="group">
      <button type="button" id="years-rank-people" class="${rankBy === 'people' ? 'active' : ''}">${t('years.byPeople')}</button>
      <button type="button" id="years-rank-pct" class="${rankBy === 'pct' ? 'active' : ''}">${t('years.byPct')}</button></span></div>
    <div id="years-shrank"></div>`;
  box.querySelector('#years-rank-people').addEventListener('click', () => { rankBy = 'people'; ctx.rerender(); });
  box.querySelector('#years-rank-pct').addEventListener('click', () => { rankBy = 'pct'; ctx.rerender(); });
  const change = (before, after) => before > 0 ? 100 * (after - before) / before : null;
  const pctCell = v => v === null ? '–' : `<span class="${v < 0 ? 'neg' : 'pos'}">${v > 0 ? '+' : v < 0 ? '−' : ''}${pct(Math.abs(v))}</span>`;
  const only = filteredIds();
  const rows = r.by_municipality.filter(m => !state.municipality || m.code === state.municipality).map(m => ({ ...m, name: nameOf(m.name_bg, m.name_en),
    popDelta: m.population_after - m.population_before, popDeltaPct: change(m.population_before, m.population_after),
    uncoveredBefore: m.population_before - m.covered_population_before, uncoveredAfter: m.population_after - m.covered_population_after }));
  box.querySelector('#years-table').appendChild(sortableTable('years', [
    { key: 'name', label: t('col.municipality') },
    { key: 'population_before', label: columnLabel(r.population_before), num: true, format: x => num(x.population_before) },
    { key: 'population_after', label: columnLabel(r.population_after), num: true, format: x => num(x.population_after) },
    { key: 'popDelta', label: t('col.delta'), num: true, format: x => `<span class="${x.popDelta < 0 ? 'neg' : 'pos'}">${signed(x.popDelta)}</span>` },
    { key: 'popDeltaPct', label: t('col.deltaPct'), num: true, format: x => pctCell(x.popDeltaPct) },
    { key: 'uncoveredAfter', label: t('col.uncovered'), num: true, format: x => `<span class="wrap">${num(x.uncoveredBefore)} → ${num(x.uncoveredAfter)}</span>` },
  ], rows, { onRowClick: x => ctx.zoomToMunicipality(x.code) }));
  const shrank = r.changed.filter(s => !only || only.has(s.id))
    .map(s => ({ ...s, label: nameOf(s.name, s.name_en), delta: s.population_after - s.population_before, deltaPct: change(s.population_before, s.population_after) }))
    .filter(s => rankBy === 'people' || s.deltaPct !== null)
    .sort((a, b) => rankBy === 'pct' ? a.deltaPct - b.deltaPct || a.delta - b.delta : a.delta - b.delta).slice(0, 20);
  box.querySelector('#years-shrank').appendChild(sortableTable('shrank', [
    { key: 'label', label: t('col.settlement'), format: x => esc(x.label) },
    { key: 'population_before', label: columnLabel(r.population_before), num: true, format: x => num(x.population_before) },
    { key: 'population_after', label: columnLabel(r.population_after), num: true, format: x => num(x.population_after) },
    { key: 'delta', label: t('col.delta'), num: true, format: x => `<span class="${x.delta < 0 ? 'neg' : 'pos'}">${signed(x.delta)}</span>` },
    { key: 'deltaPct', label: t('col.deltaPct'), num: true, format: x => pctCell(x.deltaPct) },
    { key: 'covered_after', label: t('col.covered'), format: x => x.covered_after ? '✓' : '✗' },
  ], shrank, { onRowClick: x => ctx.openSettlement(x.id) }));
}

registerPanel({ id: 'years', titleKey: 'tab.years', render });
