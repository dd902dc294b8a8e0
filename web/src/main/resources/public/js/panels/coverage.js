// Coverage tab: headline numbers, the per-municipality table (sortable), uncovered settlements by population.
import { registerPanel } from './registry.js';
import { state } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { num, minutes, pct, esc } from '../format.js';
import { sortableTable } from './table.js';

function kpis(s) {
  const share = s.population ? (100 * s.coveredPopulation / s.population) : 0;
  return `<div class="kpis">
    <div class="kpi wide"><div class="v" id="kpi-covered-population">${num(s.coveredPopulation)}</div>
      <div class="l">${t('kpi.coveredPopulation')} ${t('kpi.of')} ${num(s.population)} (${pct(s.coveredPercent)}) · ${state.thresholdMin} ${t('min')}</div>
      <div class="bar"><div style="width:${share.toFixed(1)}%"></div></div></div>
    <div class="kpi"><div class="v" id="kpi-covered-settlements">${num(s.coveredSettlements)} / ${num(s.settlements)}</div><div class="l">${t('kpi.coveredSettlements')}</div></div>
    <div class="kpi"><div class="v" id="kpi-uncovered-population">${num(s.uncoveredPopulation)}</div><div class="l">${t('kpi.uncoveredPopulation')}</div></div>
    <div class="kpi"><div class="v">${minutes(s.meanTravelTimeMin)}</div><div class="l">${t('kpi.meanTime')}</div></div>
    <div class="kpi"><div class="v">${minutes(s.p90TravelTimeMin)}</div><div class="l">${t('kpi.p90Time')}</div></div>
    ${s.notConnectedSettlements ? `<div class="kpi wide"><div class="v">${num(s.notConnectedSettlements)}</div><div class="l">${t('kpi.notConnected')}</div></div>` : ''}
  </div>`;
}

function render(body, ctx) {
  const c = state.coverage;
  if (!c) { body.innerHTML = ''; return; }
  body.innerHTML = kpis(c.summary) + `<h3>${t('h.byMunicipality')}</h3><div id="muni-table"></div>
    <h3>${t('h.uncovered')}</h3><div id="uncovered-list"></div>`;
  const rows = c.byMunicipality.map(m => ({ ...m, name: nameOf(m.nameBg, m.nameEn) }));
  const total = { ...c.summary, name: t('total') };
  body.querySelector('#muni-table').appendChild(sortableTable('municipalities', [
    { key: 'name', label: t('col.municipality') },
    { key: 'population', label: t('col.population'), num: true, format: r => num(r.population) },
    { key: 'coveredPercent', label: t('col.coveredPct'), num: true, format: r => pct(r.coveredPercent) },
    { key: 'uncoveredPopulation', label: t('col.uncovered'), num: true, format: r => num(r.uncoveredPopulation) },
    { key: 'meanTravelTimeMin', label: t('col.mean'), num: true, format: r => minutes(r.meanTravelTimeMin) },
  ], rows, { footer: total, onRowClick: r => ctx.zoomToMunicipality(r.code) }));
  const list = body.querySelector('#uncovered-list');
  if (!c.uncovered.length) { list.innerHTML = `<p class="muted">${t('none.uncovered')}</p>`; return; }
  const munis = new Map(c.byMunicipality.map(m => [m.code, nameOf(m.nameBg, m.nameEn)]));
  const urows = c.uncovered.slice(0, 100).map(u => ({ ...u, label: nameOf(u.name, u.nameEn), muni: munis.get(u.municipality) || u.municipality }));
  list.appendChild(sortableTable('uncovered', [
    { key: 'label', label: t('col.settlement'), format: r => esc(r.label) },
    { key: 'muni', label: t('col.municipality') },
    { key: 'population', label: t('col.population'), num: true, format: r => num(r.population) },
    { key: 'travelTimeMin', label: t('col.time'), num: true, format: r => minutes(r.travelTimeMin) },
  ], urows, { onRowClick: r => ctx.openSettlement(r.id) }));
  if (c.uncovered.length > 100) list.insertAdjacentHTML('beforeend', `<p class="muted">… ${num(c.uncovered.length - 100)}</p>`);
}

registerPanel({ id: 'coverage', titleKey: 'tab.coverage', render });
