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
  const cols = state.region.populationColumns;
  if (!from || !cols.includes(from)) from = cols.includes('pop_2011') ? 'pop_2011' : cols[Math.min(1, cols.length - 1)];
  body.innerHTML = `<p class="muted">${t('years.help')}</p>
    <div class="row">${t('years.from')} <select id="years-from">${cols.map(c => `<option value="${c}" ${c === from ? 'selected' : ''}>${esc(columnLabel(c))}</option>`).join('')}</select>
      ${t('years.to')} <strong>${esc(columnLabel(state.population))}</strong> · ${state.thresholdMin} ${t('min')}</div>
    <div id="years-result"></div>`;
  body.querySelector('#years-from').addEventListener('change', e => { from = e.target.value; refresh(ctx); });
  if (!result || resultKey !== key()) { refresh(ctx); return; }
  const r = result;
  const box = body.querySelector('#years-result');
  const tot = r.total;
  box.innerHTML = `<div class="kpis">
      <div class="kpi"><div class="v">${num(tot.populationBefore)} → ${num(tot.populationAfter)}</div><div class="l">${t('col.population')} (${signed(tot.populationAfter - tot.populationBefore)})</div></div>
      <div class="kpi"><div class="v">${num(tot.coveredPopulationBefore)} → ${num(tot.coveredPopulationAfter)}</div><div class="l">${t('kpi.coveredPopulation')} (${signed(tot.coveredPopulationDelta)})</div></div>
    </div><h3>${t('h.byMunicipality')}</h3><div id="years-table"></div><h3>${t('years.shrank')}</h3><div id="years-shrank"></div>`;
  const rows = r.byMunicipality.map(m => ({ ...m, name: nameOf(m.nameBg, m.nameEn),
    popDelta: m.populationAfter - m.populationBefore,
    uncoveredBefore: m.populationBefore - m.coveredPopulationBefore, uncoveredAfter: m.populationAfter - m.coveredPopulationAfter }));
  box.querySelector('#years-table').appendChild(sortableTable('years', [
    { key: 'name', label: t('col.municipality') },
    { key: 'populationBefore', label: columnLabel(r.populationBefore), num: true, format: x => num(x.populationBefore) },
    { key: 'populationAfter', label: columnLabel(r.populationAfter), num: true, format: x => num(x.populationAfter) },
    { key: 'popDelta', label: t('col.delta'), num: true, format: x => `<span class="${x.popDelta < 0 ? 'neg' : 'pos'}">${signed(x.popDelta)}</span>` },
    { key: 'uncoveredAfter', label: t('col.uncovered'), num: true, format: x => `${num(x.uncoveredBefore)} → ${num(x.uncoveredAfter)}` },
  ], rows, { onRowClick: x => ctx.zoomToMunicipality(x.code) }));
  const shrank = r.changed.map(s => ({ ...s, label: nameOf(s.name, s.nameEn), delta: s.populationAfter - s.populationBefore }))
    .sort((a, b) => a.delta - b.delta).slice(0, 20);
  box.querySelector('#years-shrank').appendChild(sortableTable('shrank', [
    { key: 'label', label: t('col.settlement'), format: x => esc(x.label) },
    { key: 'populationBefore', label: columnLabel(r.populationBefore), num: true, format: x => num(x.populationBefore) },
    { key: 'populationAfter', label: columnLabel(r.populationAfter), num: true, format: x => num(x.populationAfter) },
    { key: 'delta', label: t('col.delta'), num: true, format: x => `<span class="${x.delta < 0 ? 'neg' : 'pos'}">${signed(x.delta)}</span>` },
    { key: 'coveredAfter', label: t('col.covered'), format: x => x.coveredAfter ? '✓' : '✗' },
  ], shrank, { onRowClick: x => ctx.openSettlement(x.id) }));
}

registerPanel({ id: 'years', titleKey: 'tab.years', render });
