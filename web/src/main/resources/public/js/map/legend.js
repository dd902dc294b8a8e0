// The legend: travel-time classes, rings, circle size, facility symbols.
import { t, lang } from '../i18n.js';
import { CLASSES, NO_TIME, UNCOVERED_RING, GAINED_RING, LOST_RING, serviceStyle } from './style.js';
import { state } from '../state.js';

export function createLegend(map) {
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => {
    const div = L.DomUtil.create('div', 'legend');
    div.id = 'legend';
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  control.addTo(map);
  return control;
}

export function renderLegend() {
  const div = document.getElementById('legend');
  if (!div || !state.region) return;
  let lo = 0;
  const rows = CLASSES.map(c => {
    const label = c.maxMin === Infinity ? `> ${lo} ${t('min')}` : `${lo}–${c.maxMin} ${t('min')}`;
    lo = c.maxMin;
    return `<div><i style="background:${c.color}"></i>${label}</div>`;
  }).join('');
  const services = state.region.services.filter(s => s.facilities > 0 || state.edits.some(e => e.service_type === s.id))
    .map(s => { const st = serviceStyle(s.id); return `<div><i class="sq" style="background:${st.color}"></i>${lang() === 'bg' ? st.bg : st.en} — ${shortName(lang() === 'bg' ? s.name_bg : s.name_en)}</div>`; }).join('');
  div.innerHTML = `<div class="title" id="legend-title">${t('legend.title')}<span class="toggle">${div.classList.contains('collapsed') ? '▸' : '▾'}</span></div><div class="body">${rows}
    <div><i style="background:${NO_TIME}"></i>${t('legend.none')}</div>
    <div><i style="background:#fff;border:1.5px dashed #555"></i>${t('legend.notConnected')}</div>
    <div><i class="ring" style="border-color:${UNCOVERED_RING}"></i>${t('legend.uncovered')} (${state.threshold_min} ${t('min')})</div>
    ${state.edits.length ? `<div><i class="ring" style="border-color:${GAINED_RING}"></i>${t('legend.gained')}</div>
    <div><i class="ring" style="border-color:${LOST_RING}"></i>${t('legend.lost')}</div>` : ''}
    <div class="muted">${t('legend.size')}</div>
    <div class="sep"></div><div class="title">${t('legend.facilities')} ${state.region.facilities_illustrative ? t('legend.illustrative') : ''}</div>${services}</div>`;
  div.querySelector('#legend-title').addEventListener('click', () => { div.classList.toggle('collapsed'); renderLegend(); });
}

/** "Център за обществена подкрепа (ЦОП)" -> "Център за обществена подкрепа": the abbreviation is on the symbol. */
function shortName(name) {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}
