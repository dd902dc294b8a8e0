// Facility markers: one symbol per service type; drag to move, popup to close / change capacity (scenario edits).
import { state } from '../state.js';
import { t, lang } from '../i18n.js';
import { esc, num } from '../format.js';
import { serviceStyle } from './style.js';

let group = null;

export function createFacilityLayer(map) {
  group = L.layerGroup().addTo(map);
  return group;
}

// Icons stand above their point (a small pointer marks it); other service types sit beside it so that
// several services in one town stay visible.
const OFFSETS = [[20, 28], [-4, 22], [44, 22], [20, -8]];

function icon(f, cls) {
  const st = serviceStyle(f.service_type);
  const label = lang() === 'bg' ? st.bg : st.en;
  const index = Math.max(0, state.region.services.findIndex(s => s.id === f.service_type));
  const anchor = f.service_type === state.service ? OFFSETS[0] : OFFSETS[1 + (index % 3)];
  return L.divIcon({ className: '', iconSize: [40, 20], iconAnchor: anchor, popupAnchor: [20 - anchor[0], -anchor[1]],
    html: `<div class="fac-icon ${cls}" data-facility="${esc(f.id)}" style="background:${st.color};border-top-color:${st.color}">${label}</div>` });
}

/** Redraws the facilities in effect (state.coverage.facilities) plus the baseline ones the scenario closed. */
export function renderFacilities(actions) {
  if (!group || !state.coverage) return;
  group.clearLayers();
  const closed = new Set(state.edits.filter(e => e.kind === 'close').map(e => e.facility_id));
  const added = new Set(state.edits.filter(e => e.kind === 'add').map(e => e.facility_id));
  const moved = new Set(state.edits.filter(e => e.kind === 'move').map(e => e.facility_id));
  const draw = (f, cls, draggable) => {
    const other = f.service_type !== state.service ? ' other' : '';
    const m = L.marker([f.lat, f.lon], { icon: icon(f, cls + other), draggable, zIndexOffset: other ? 0 : 500,
      keyboard: false, title: f.name });
    m.bindPopup(() => popup(f, cls, actions), { minWidth: 220 });
    if (draggable) m.on('dragend', e => { const p = e.target.getLatLng(); actions.move(f, p.lng, p.lat); });
    group.addLayer(m);
  };
  for (const f of state.baselineFacilities) if (closed.has(f.id)) draw(f, 'closed', false);
  for (const f of state.coverage.facilities) draw(f, added.has(f.id) ? 'added' : moved.has(f.id) ? 'moved' : '', true);
}

function popup(f, cls, actions) {
  const service = state.region.services.find(s => s.id === f.service_type);
  const div = document.createElement('div');
  div.className = 'popup';
  const status = t('fac.status.' + f.status) || f.status;
  div.innerHTML = `<h4>${esc(f.name)}</h4>
    <div class="sub">${esc(service ? (lang() === 'bg' ? service.name_bg : service.name_en) : f.service_type)} · ${esc(status)}
      ${f.illustrative ? ' · <strong>' + t('fac.illustrative') + '</strong>' : ''}</div>
    <div>${t('fac.capacity')}: ${f.capacity ? num(f.capacity) : '–'}</div>
    <div class="actions">
      ${cls === 'closed' ? `<button class="btn" data-act="reopen">${t('fac.reopen')}</button>`
        : `<button class="btn danger" data-act="close">${t('fac.close')}</button>`}
    </div>
    ${cls === 'closed' ? '' : `<div class="actions"><input type="number" min="0" value="${f.capacity || ''}" class="fac-capacity" aria-label="${t('fac.capacity')}">
      <button class="btn" data-act="capacity">${t('fac.set')}</button></div>`}
    ${cls === 'added' ? `<div class="actions"><label class="fac-rename">${t('scenario.centreName')}
      <input type="text" maxlength="200" value="${esc(f.name)}" class="fac-name" aria-label="${t('scenario.centreName')}"></label>
      <button class="btn" data-act="rename">${t('scenario.renameCentre')}</button></div>` : ''}`;
  div.querySelector('[data-act=close]')?.addEventListener('click', () => actions.close(f));
  div.querySelector('[data-act=reopen]')?.addEventListener('click', () => actions.reopen(f));
  div.querySelector('[data-act=capacity]')?.addEventListener('click', () =>
    actions.capacity(f, parseInt(div.querySelector('input.fac-capacity').value || '0', 10)));
  div.querySelector('[data-act=rename]')?.addEventListener('click', () => actions.rename(f, div.querySelector('input.fac-name').value));
  div.querySelector('input.fac-name')?.addEventListener('keydown', e => { if (e.key === 'Enter') actions.rename(f, e.target.value); });
  return div;
}
