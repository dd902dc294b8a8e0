// The legend: travel-time classes, rings, circle size, facility symbols.
import { t, lang } from '../i18n.js';
import { classes, NO_TIME, UNCOVERED_RING, GAINED_RING, LOST_RING, serviceStyle } from './style.js';
import { legendPartsHtml, onLegendRefresh } from './legend-parts.js';
import { decimal } from '../format.js';

let userToggled = false;
import { state } from '../state.js';

export function createLegend(map) {
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => {
    const div = L.DomUtil.create('div', 'legend');
    div.id = 'legend';
    // a small map (a laptop, a phone) starts with the legend folded so that it covers no settlements
    const size = map.getSize();
    if (size.x < 900 || size.y < 640) div.classList.add('collapsed');
    map.on('resize', () => {
      fitBelowZoomButtons(map);
      foldLegendIfCovering();
    });
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  control.addTo(map);
  legendMap = map;
  onLegendRefresh(renderLegend);
  return control;
}

let legendMap = null;

/**
 * The open legend's list never reaches up to the zoom buttons (top left, the same side): on a phone the opened legend
 * covered the zoom-out button. Its list scrolls instead.
 */
function fitBelowZoomButtons(map) {
  const div = document.getElementById('legend');
  if (!div || !map || !div.offsetHeight) return; // hidden (a phone with the panel open): fitted when it shows again
  const box = map.getContainer().getBoundingClientRect();
  const zoom = map.getContainer().querySelector('.leaflet-control-zoom');
  const top = zoom && zoom.offsetHeight ? zoom.getBoundingClientRect().bottom + 8 : box.top + 8;
  const body = div.querySelector('.body');
  // everything of the legend but its list (title, padding) and what is below it (the scale, margins) stays as it is
  const rest = div.getBoundingClientRect().height - (body && !div.classList.contains('collapsed') ? body.getBoundingClientRect().height : 0);
  const below = box.bottom - div.getBoundingClientRect().bottom;
  div.style.setProperty('--legend-max-h', Math.max(48, Math.floor(box.bottom - top - below - rest)) + 'px');
}

export function renderLegend() {
  const div = document.getElementById('legend');
  if (!div || !state.region) return;
  let lo = 0;
  const rows = classes(state.threshold_min).map(c => {
    const label = c.maxMin === Infinity ? `> ${decimal(lo, 1)} ${t('min')}` : `${decimal(lo, 1)}–${decimal(c.maxMin, 1)} ${t('min')}`;
    lo = c.maxMin;
    return `<div><i style="background:${c.color}"></i>${label}</div>`;
  }).join('');
  const services = state.region.services.filter(s => s.facilities > 0 || state.edits.some(e => e.service_type === s.id))
    .map(s => { const st = serviceStyle(s.id); return `<div><i class="sq" style="background:${st.color}"></i>${lang() === 'bg' ? st.bg : st.en} — ${shortName(lang() === 'bg' ? s.name_bg : s.name_en)}</div>`; }).join('');
  const collapsed = div.classList.contains('collapsed');
  div.innerHTML = `<div class="title" id="legend-title" role="button" aria-expanded="${!collapsed}">${collapsed ? t('legend.open') : t('legend.title')}<span class="toggle">${collapsed ? '▸' : '▾'}</span></div><div class="body">${rows}
    <div><i style="background:${NO_TIME}"></i>${t('legend.none')}</div>
    <div><i style="background:#fff;border:1.5px dashed #555"></i>${t('legend.notConnected')}</div>
    <div><i class="ring" style="border-color:${UNCOVERED_RING}"></i>${t('legend.uncovered')} (${state.threshold_min} ${t('min')})</div>
    ${state.edits.length ? `<div><i class="ring" style="border-color:${GAINED_RING}"></i>${t('legend.gained')}</div>
    <div><i class="ring" style="border-color:${LOST_RING}"></i>${t('legend.lost')}</div>` : ''}
    <div class="muted">${t('legend.size')}</div>
    <div class="muted">${t('legend.bands').replace('{t}', state.threshold_min)}</div>
    <div class="sep"></div><div class="title">${t('legend.facilities')} ${state.region.facilities_illustrative ? t('legend.illustrative') : ''}</div>${services}${legendPartsHtml()}</div>`;
  div.querySelector('#legend-title').addEventListener('click', () => { userToggled = true; div.classList.toggle('collapsed'); renderLegend(); });
  fitBelowZoomButtons(legendMap);
}

/** Folds the open legend when it covers a settlement (unless the user opened or closed it). */
export function foldLegendIfCovering() {
  const div = document.getElementById('legend');
  if (!div || userToggled || div.classList.contains('collapsed')) return;
  const r = div.getBoundingClientRect();
  const covers = [...document.querySelectorAll('path.dostap-settlement')].some(p => {
    const b = p.getBoundingClientRect();
    return b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom;
  });
  if (covers) { div.classList.add('collapsed'); renderLegend(); }
}

/** "Център за обществена подкрепа (ЦОП)" -> "Център за обществена подкрепа": the abbreviation is on the symbol. */
function shortName(name) {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}
