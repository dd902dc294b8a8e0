// The settlement popup: population and the time to the nearest service of every type.
import { state } from '../state.js';
import { t, lang, nameOf } from '../i18n.js';
import { esc, num, minutes, columnLabel } from '../format.js';

export function settlementPopup(d) {
  const muni = state.region.municipalities.find(m => m.code === d.municipality);
  const title = lang() === 'bg' ? esc(d.name) : `${esc(d.name_en || d.name)} <span class="muted">(${esc(d.name)})</span>`;
  const pop = d.population[state.population];
  const offered = new Set(state.region.services.filter(s => s.facilities > 0).map(s => s.id));
  state.edits.forEach(e => { if (e.service_type) offered.add(e.service_type); });
  const rows = d.services.filter(s => offered.has(s.service) || s.travel_time_min !== null).map(s => {
    const name = lang() === 'bg' ? s.name_bg : s.name_en;
    if (s.travel_time_min === null) return `<tr><td>${esc(name)}</td><td class="no">${t('detail.noService')}</td><td></td></tr>`;
    // a centre in the settlement itself: no time to speak of, and no "0–0 min" range
    if (Math.round(10 * s.travel_time_min) === 0 && Math.round(10 * (s.travel_time_min_high ?? 0)) === 0)
      return `<tr><td>${esc(name)}</td><td class="ok in-settlement">${t('detail.inSettlement')}</td>
        <td class="muted">${esc(s.nearest_facility_name || s.nearest_facility_id)} · ${t('detail.standard')} ${s.standard_min} ${t('min')}</td></tr>`;
    const band = d.travel_time_source === 'estimated' && s.travel_time_min_low != null && s.travel_time_min_high != null
      ? `<div class="muted band">${t('detail.band').replace('{low}', minutes(s.travel_time_min_low)).replace('{high}', minutes(s.travel_time_min_high))}</div>` : '';
    return `<tr><td>${esc(name)}</td><td class="${s.within_standard ? 'ok' : 'no'}">${minutes(s.travel_time_min)} ${t('min')}${band}</td>
      <td class="muted">${esc(s.nearest_facility_name || s.nearest_facility_id)} · ${t('detail.standard')} ${s.standard_min} ${t('min')}</td></tr>`;
  }).join('');
  return `<div class="popup" data-settlement="${esc(d.id)}"><h4>${title}</h4>
    <div class="sub">${esc(muni ? nameOf(muni.name_bg, muni.name_en) : d.municipality)} · EKATTE ${esc(d.id)} ·
      ${num(pop)} ${t('people')} (${esc(columnLabel(state.population))})</div>
    ${cutOff(d.id) ? `<div class="no" id="popup-cut-off">${t('detail.cutOff')}</div>` : d.connected ? '' : `<div class="no">${t('detail.notConnected')}</div>`}
    <table>${rows}</table>
    <div class="muted">${d.travel_time_source === 'estimated' ? t('detail.estimated') : t('detail.road')}</div></div>`;
}

/** True when the scenario's road closures cut this settlement off from the chosen service. */
function cutOff(id) {
  const row = state.coverage?.settlements?.find(s => s.id === id);
  return row?.unreachable_reason === 'cut_off_by_closures';
}
