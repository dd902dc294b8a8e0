// The settlement popup: population and the time to the nearest service of every type.
import { state } from '../state.js';
import { t, lang, nameOf } from '../i18n.js';
import { esc, num, minutes, columnLabel } from '../format.js';

export function settlementPopup(d) {
  const muni = state.region.municipalities.find(m => m.code === d.municipality);
  const title = lang() === 'bg' ? esc(d.name) : `${esc(d.nameEn || d.name)} <span class="muted">(${esc(d.name)})</span>`;
  const pop = d.population[state.population];
  const offered = new Set(state.region.services.filter(s => s.facilities > 0).map(s => s.id));
  state.edits.forEach(e => { if (e.serviceType) offered.add(e.serviceType); });
  const rows = d.services.filter(s => offered.has(s.service) || s.travelTimeMin !== null).map(s => {
    const name = lang() === 'bg' ? s.nameBg : s.nameEn;
    if (s.travelTimeMin === null) return `<tr><td>${esc(name)}</td><td class="no">${t('detail.noService')}</td><td></td></tr>`;
    return `<tr><td>${esc(name)}</td><td class="${s.withinStandard ? 'ok' : 'no'}">${minutes(s.travelTimeMin)} ${t('min')}</td>
      <td class="muted">${esc(s.nearestFacilityName || s.nearestFacilityId)} · ${t('detail.standard')} ${s.standardMin} ${t('min')}</td></tr>`;
  }).join('');
  return `<div class="popup" data-settlement="${esc(d.id)}"><h4>${title}</h4>
    <div class="sub">${esc(muni ? nameOf(muni.nameBg, muni.nameEn) : d.municipality)} · EKATTE ${esc(d.id)} ·
      ${num(pop)} ${t('people')} (${esc(columnLabel(state.population))})</div>
    ${d.connected ? '' : `<div class="no">${t('detail.notConnected')}</div>`}
    <table>${rows}</table>
    <div class="muted">${d.travelTimeSource === 'estimated' ? t('detail.estimated') : t('detail.road')}</div></div>`;
}
