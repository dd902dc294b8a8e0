// Years tab: the same services with two population columns (e.g. 2011 against 2017).
import { registerPanel } from './registry.js';
import { state, viewRequest } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { num, signed, esc, columnLabel } from '../format.js';
import { sortableTable } from './table.js';
import { api } from '../api.js';

let from = null;
let result = null;
let resultKey = null;

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
    </div><h3>${t('h.byMunicipality')}</h3><div id="years-table"></div><h3>${t('years.shrank')}</h3><div id="years-shrank"></div>`;
  const rows = r.by_municipality.map(m => ({ ...m, name: nameOf(m.name_bg, m.name_en),
    popDelta: m.population_after - m.population_before,
    uncoveredBefore: m.population_before - m.covered_population_before, uncoveredAfter: m.population_after - m.covered_population_after }));
  box.querySelector('#years-table').appendChild(sortableTable('years', [
    { key: 'name', label: t('col.municipality') },
    { key: 'population_before', label: columnLabel(r.population_before), num: true, format: x => num(x.population_before) },
    { key: 'population_after', label: columnLabel(r.population_after), num: true, format: x => num(x.population_after) },
    { key: 'popDelta', label: t('col.delta'), num: true, format: x => `<span class="${x.popDelta < 0 ? 'neg' : 'pos'}">${signed(x.popDelta)}</span>` },
    { key: 'uncoveredAfter', label: t('col.uncovered'), num: true, format: x => `${num(x.uncoveredBefore)} → ${num(x.uncoveredAfter)}` },
  ], rows, { onRowClick: x => ctx.zoomToMunicipality(x.code) }));
  const shrank = r.changed.map(s => ({ ...s, label: nameOf(s.name, s.name_en), delta: s.population_after - s.population_before }))
    .sort((a, b) => a.delta - b.delta).slice(0, 20);
  box.querySelector('#years-shrank').appendChild(sortableTable('shrank', [
    { key: 'label', label: t('col.settlement'), format: x => esc(x.label) },
    { key: 'population_before', label: columnLabel(r.population_before), num: true, format: x => num(x.population_before) },
    { key: 'population_after', label: columnLabel(r.population_after), num: true, format: x => num(x.population_after) },
    { key: 'delta', label: t('col.delta'), num: true, format: x => `<span class="${x.delta < 0 ? 'neg' : 'pos'}">${signed(x.delta)}</span>` },
    { key: 'covered_after', label: t('col.covered'), format: x => x.covered_after ? '✓' : '✗' },
  ], shrank, { onRowClick: x => ctx.openSettlement(x.id) }));
}

registerPanel({ id: 'years', titleKey: 'tab.years', render });
