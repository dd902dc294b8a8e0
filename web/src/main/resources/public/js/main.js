// Boots the map: loads the region, wires controls, map layers and panels; recomputes on every change.
import { state, set, viewRequest, newFacilityId, standardOf } from './state.js';
import { api, ApiError } from './api.js';
import { t, setLang, lang, nameOf } from './i18n.js';
import { esc, columnLabel, num } from './format.js';
import { describeError } from './errors.js';
import { createMap, drawBoundaries, relabelAttribution } from './map/base.js';
import { createSettlementLayer, styleSettlements } from './map/settlements.js';
import { createFacilityLayer, renderFacilities } from './map/facilities.js';
import { drawCatchments } from './map/catchments.js';
import { createLegend, renderLegend, foldLegendIfCovering } from './map/legend.js';
import { settlementPopup } from './map/popup.js';
import { drawClosures, startDrawing, stopDrawing, finishDrawing, isDrawing } from './map/closures.js';
import { createSearch } from './map/search.js';
import { initHelp, relabelHelp } from './help.js';
import { initLayout, relabelLayout } from './layout.js';
import { initTabs, notify, renderTabs, show as showTab } from './panels/registry.js';
import './panels/coverage.js';
import './panels/capacity.js';
import './panels/scenario.js';
import './panels/years.js';
import './panels/monitoring.js';
import './panels/mobile.js';
import './panels/optimize.js';
import './panels/export.js';
import './panels/network.js';

const dostap = window.dostap = { renders: 0, ready: false, state };
let map, boundaryLayer, settlementLayer, catchmentLayer;
let seq = 0, inFlight = null, lastGoodEdits = [];
let lastFit = null; // the last bounds the page zoomed to: fitted again when the map changes size (phone sheet, window)

const ctx = {
  get map() { return map; },
  setMunicipality: code => setMunicipality(code),
  rerender: () => notify([]),
  setEdits: edits => { set({ edits }); recompute(); },
  setAddMode,
  drawClosure: (shape, onDone, onCancel) => { setAddMode(false); startDrawing(map, shape, onDone, onCancel); },
  finishClosure: () => finishDrawing(),
  cancelClosure: () => stopDrawing(map),
  showMessage,
  showError,
  travelTimesChanged: () => travelTimesChanged(),
  zoomToMunicipality(code) {
    boundaryLayer.eachLayer(l => { if (l.feature.properties.code === code) map.fitBounds(l.getBounds(), { padding: [20, 20] }); });
  },
  openSettlement(id) {
    const m = settlementLayer.byId.get(id);
    if (!m) return;
    // a zoom still animating (a refit after the window or sheet changed size) ends by restoring its own target view,
    // which left the settlement and its popup off the map: go there once it has ended
    if (map._animatingZoom) { map.once('zoomend', () => ctx.openSettlement(id)); return; }
    // no animation: a popup opened (and panned into view) during the zoom animation was left partly above the map
    map.setView(m.getLatLng(), Math.max(map.getZoom(), 11), { animate: false });
    lastFit = null; // the planner chose a place: a change of the map's size keeps it, not the region's bounds
    openSettlementPopup(m.feature, m);
  },
};

const facilityActions = {
  move(f, lon, lat) {
    lon = +lon.toFixed(6);
    lat = +lat.toFixed(6);
    const edits = state.edits.slice();
    const add = edits.findIndex(e => e.kind === 'add' && e.facility_id === f.id);
    if (add >= 0) edits[add] = { ...edits[add], lon, lat };
    else {
      const i = edits.findIndex(e => e.kind === 'move' && e.facility_id === f.id);
      const edit = { kind: 'move', facility_id: f.id, lon, lat };
      if (i >= 0) edits[i] = edit; else edits.push(edit);
    }
    map.closePopup();
    ctx.setEdits(edits);
  },
  close(f) {
    map.closePopup();
    const wasAdded = state.edits.some(e => e.kind === 'add' && e.facility_id === f.id);
    const rest = state.edits.filter(e => !(e.facility_id === f.id && e.kind !== 'add'));
    ctx.setEdits(wasAdded ? rest.filter(e => e.facility_id !== f.id) : [...rest, { kind: 'close', facility_id: f.id }]);
  },
  reopen(f) { map.closePopup(); ctx.setEdits(state.edits.filter(e => !(e.kind === 'close' && e.facility_id === f.id))); },
  capacity(f, capacity) {
    map.closePopup();
    const add = state.edits.findIndex(e => e.kind === 'add' && e.facility_id === f.id);
    const edits = state.edits.slice();
    if (add >= 0) edits[add] = { ...edits[add], capacity };
    else {
      const i = edits.findIndex(e => e.kind === 'capacity' && e.facility_id === f.id);
      if (i >= 0) edits[i] = { kind: 'capacity', facility_id: f.id, capacity }; else edits.push({ kind: 'capacity', facility_id: f.id, capacity });
    }
    ctx.setEdits(edits);
  },
  /** Renames a centre the scenario added (its add edit carries the name). */
  rename(f, name) {
    const add = state.edits.findIndex(e => e.kind === 'add' && e.facility_id === f.id);
    if (add < 0 || !name.trim()) return;
    map.closePopup();
    const edits = state.edits.slice();
    edits[add] = { ...edits[add], name: name.trim() };
    ctx.setEdits(edits);
  },
};

function showMessage(text) {
  const box = document.getElementById('message');
  box.className = 'message';
  box.textContent = text;
  box.hidden = false;
  clearTimeout(showMessage.timer);
  showMessage.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

function showError(e) {
  const box = document.getElementById('message');
  box.className = 'message error';
  const { head, details } = describeError(e);
  box.innerHTML = `<strong>${t('error.title')}</strong><div>${esc(head)}</div>` +
    (details.length ? `<ul>${details.map(d => `<li>${esc(d)}</li>`).join('')}</ul>` : '');
  box.hidden = false;
  clearTimeout(showMessage.timer);
}

function setAddMode(on) {
  set({ addMode: on });
  document.querySelector('.map-wrap').classList.toggle('adding', on);
  const hint = document.getElementById('map-hint');
  hint.hidden = !on;
  hint.textContent = t('scenario.adding');
  notify(['addMode']);
}

async function recompute() {
  const my = ++seq;
  if (inFlight) inFlight.abort();
  inFlight = new AbortController();
  const signal = inFlight.signal;
  const busy = document.getElementById('busy');
  const busyTimer = setTimeout(() => { busy.hidden = false; }, 150);
  const base = `/api/regions/${state.region.code}`;
  const body = viewRequest();
  try {
    const [coverage, catchments, comparison] = await Promise.all([
      api.post(base + '/coverage', body, signal),
      state.showCatchments ? api.post(base + '/catchments', body, signal) : null,
      state.edits.length ? api.post(base + '/comparison', body, signal) : null,
    ]);
    if (my !== seq) return;
    lastGoodEdits = state.edits;
    set({ coverage, catchments, comparison });
    render();
  } catch (e) {
    if (e.name === 'AbortError' || my !== seq) return;
    showError(e);
    if (state.edits !== lastGoodEdits) { set({ edits: lastGoodEdits }); render(); }
  } finally {
    clearTimeout(busyTimer);
    if (my === seq) busy.hidden = true;
  }
}

/** The server switched travel times (a road network was loaded): take its region description, recompute everything. */
async function travelTimesChanged() {
  const [config, region] = await Promise.all([api.get('/api/config'), api.get(`/api/regions/${state.region.code}`)]);
  set({ config, region });
  await recompute();
}

function render() {
  styleSettlements(settlementLayer);
  renderFacilities(facilityActions);
  catchmentLayer = drawCatchments(map, catchmentLayer, state.catchments, state.showCatchments);
  drawClosures(map, state.edits);
  renderLegend();
  foldLegendIfCovering();
  renderBanners();
  notify(['coverage']);
  dostap.renders++;
  document.body.dataset.renders = String(dostap.renders);
  if (!dostap.ready) {
    dostap.ready = true;
    performance.mark('dostap-first-render');
    document.body.dataset.ready = 'true';
  }
}

function renderBanners() {
  const c = state.coverage;
  const box = document.getElementById('banners');
  const open = new Set([...box.querySelectorAll('.banner.open')].map(b => b.id));
  let html = '';
  const roadsButton = `<button type="button" class="banner-button" id="btn-network">${t('tab.network')}…</button>`;
  if (c.travel_time_source === 'estimated') {
    const s = c.summary;
    const same = s.covered_population_low === s.covered_population_high && s.covered_settlements_low === s.covered_settlements_high;
    const range = t(same ? 'banner.rangeSame' : 'banner.range').replace('{min}', c.threshold_min).replace('{low}', num(s.covered_population_low))
      .replace('{high}', num(s.covered_population_high)).replace('{slow}', num(s.covered_settlements_low))
      .replace('{fast}', num(s.covered_settlements_high));
    html += `<div class="banner" id="banner-estimated">${roadsButton}<strong>${t('banner.estimated')}</strong> ${t('banner.estimated.text')}
      <div id="banner-range">${range}</div></div>`;
  }
  else {
    const n = state.network?.network;
    const what = n ? t('banner.roadFrom').replace('{file}', esc(n.osm_file))
      .replace('{date}', esc(n.osm_data_date ? n.osm_data_date.slice(0, 10) : t('net.dateUnknown')))
      + (state.network.origin === 'cached_at_start' ? ' ' + t('net.cachedAtStart') : '') : esc(c.travel_time_description);
    html += `<div class="banner" id="banner-road" style="background:#e8f3ea;border-color:#9cc9a5">${roadsButton}<strong>${t('banner.road')}</strong> ${what}</div>`;
  }
  if (state.region.facilities_illustrative)
    html += `<div class="banner" id="banner-illustrative"><strong>${t('banner.illustrative')}</strong> ${t('banner.illustrative.text')}</div>`;
  box.innerHTML = html;
  open.forEach(id => document.getElementById(id)?.classList.add('open'));
  document.getElementById('btn-network').addEventListener('click', e => { e.stopPropagation(); showTab('network'); });
}

let settlementPopupOpen = null; // the settlement popup on the map, kept in view when the map changes size

/**
 * The left padding that keeps a popup clear of the zoom buttons (top left): on a phone a popup panned to 5 px from the
 * map's edge sat partly behind them.
 */
function clearOfZoomButtons() {
  const zoom = map.getContainer().querySelector('.leaflet-control-zoom');
  if (!zoom || !zoom.offsetWidth) return 5;
  return Math.round(zoom.getBoundingClientRect().right - map.getContainer().getBoundingClientRect().left + 6);
}

/** Never taller than the map below the search box (it scrolls instead), or on a phone its top was out of reach. */
function popupMaxHeight() { return Math.max(120, map.getSize().y - 44 - 70); }

async function openSettlementPopup(feature, marker) {
  // panned into view clear of the search box (top right); on a phone its top (name, EKATTE, population) was left
  // above the map whatever the pan when it was taller than the map
  const p = L.popup({ minWidth: 240, maxHeight: popupMaxHeight(), autoPanPaddingTopLeft: [clearOfZoomButtons(), 44] })
    .setLatLng(marker.getLatLng()).setContent('…').openOn(map);
  settlementPopupOpen = p;
  try {
    const detail = await api.post(`/api/regions/${state.region.code}/settlements/${feature.properties.id}/access`, viewRequest());
    p.setContent(settlementPopup(detail));
  } catch (e) { p.setContent(esc(describeError(e).head)); }
}

function fillControls() {
  const r = state.region;
  const serviceSelect = document.getElementById('service-select');
  serviceSelect.innerHTML = r.services.map(s => `<option value="${s.id}" ${s.id === state.service ? 'selected' : ''}>${esc(nameOf(s.name_bg, s.name_en))} (${s.facilities})</option>`).join('');
  const popSelect = document.getElementById('population-select');
  popSelect.innerHTML = r.population_columns.map(c => `<option value="${c}" ${c === state.population ? 'selected' : ''}>${esc(columnLabel(c))}</option>`).join('');
  const standard = standardOf(r.services.find(s => s.id === state.service));
  const values = [...new Set([15, 30, 45, 60, standard].filter(Boolean))].sort((a, b) => a - b);
  document.getElementById('threshold-buttons').innerHTML = values.map(v =>
    `<button type="button" data-min="${v}" class="${v === state.threshold_min ? 'active' : ''}">${v} ${t('min')}${v === standard ? `<span class="std">${t('detail.standard')}</span>` : ''}</button>`).join('');
  document.querySelectorAll('#threshold-buttons button').forEach(b => b.addEventListener('click', () => setThreshold(+b.dataset.min)));
  const custom = document.getElementById('threshold-input');
  if (document.activeElement !== custom) custom.value = values.includes(state.threshold_min) ? '' : state.threshold_min;
  custom.classList.toggle('active', !values.includes(state.threshold_min));
  const muniSelect = document.getElementById('municipality-select');
  muniSelect.innerHTML = `<option value="">${esc(t('control.allMunicipalities'))}</option>` + [...r.municipalities]
    .sort((a, b) => nameOf(a.name_bg, a.name_en).localeCompare(nameOf(b.name_bg, b.name_en), lang()))
    .map(m => `<option value="${esc(m.code)}" ${m.code === state.municipality ? 'selected' : ''}>${esc(nameOf(m.name_bg, m.name_en))}</option>`).join('');
  document.getElementById('lang-bg').classList.toggle('active', lang() === 'bg');
  document.getElementById('lang-en').classList.toggle('active', lang() === 'en');
}

function setThreshold(minutes) {
  set({ threshold_min: minutes });
  fillControls();
  recompute();
}

/** The typed threshold: a whole number of minutes 1-240, checked before anything is asked of the server. */
function onThresholdTyped(input) {
  const error = document.getElementById('threshold-error');
  const text = input.value.trim();
  const v = Number(text);
  const ok = text !== '' && Number.isInteger(v) && v >= 1 && v <= 240;
  input.classList.toggle('invalid', text !== '' && !ok);
  error.hidden = text === '' || ok;
  error.textContent = t('control.thresholdInvalid');
  if (ok && v !== state.threshold_min) setThreshold(v);
}

function wireControls() {
  const custom = document.getElementById('threshold-input');
  custom.addEventListener('change', () => onThresholdTyped(custom));
  custom.addEventListener('keydown', e => { if (e.key === 'Enter') onThresholdTyped(custom); });
  document.getElementById('service-select').addEventListener('change', e => {
    const s = state.region.services.find(x => x.id === e.target.value);
    set({ service: s.id, threshold_min: standardOf(s) });
    fillControls();
    recompute();
  });
  document.getElementById('population-select').addEventListener('change', e => { set({ population: e.target.value }); recompute(); });
  document.getElementById('mode-select').addEventListener('change', e => {
    // a threshold at the service's standard follows the standard of the new mode (walking has its own)
    const service = state.region.services.find(x => x.id === state.service);
    const atStandard = state.threshold_min === standardOf(service);
    set({ mode: e.target.value });
    if (atStandard) set({ threshold_min: standardOf(service) });
    fillControls();
    recompute();
  });
  document.getElementById('municipality-select').addEventListener('change', e => setMunicipality(e.target.value || null));
  document.getElementById('catchments-toggle').addEventListener('change', e => { set({ showCatchments: e.target.checked }); recompute(); });
  document.getElementById('region-select').addEventListener('change', e => {
    const url = new URL(location.href);
    url.searchParams.set('region', e.target.value);
    history.replaceState(null, '', url);
    loadRegion(e.target.value);
  });
  for (const l of ['bg', 'en']) document.getElementById('lang-' + l).addEventListener('click', () => {
    setLang(l);
    relabelLayout();
    relabelHelp();
    if (map) relabelAttribution(map);
    if (!document.getElementById('threshold-error').hidden) document.getElementById('threshold-error').textContent = t('control.thresholdInvalid');
    if (!document.getElementById('message').classList.contains('error')) document.getElementById('message').hidden = true; // a notice shown in the other language
    fillControls();
    boundaryLayer?.relabel();
    map.closePopup();
    renderTabs();
    if (state.coverage) render();
    if (state.addMode) setAddMode(true);
  });
  document.addEventListener('keydown', e => { if (e.key === 'Escape' && state.addMode) setAddMode(false); });
}

/** Filters the tables and the map to one municipality (null: all) and zooms to it. */
function setMunicipality(code) {
  set({ municipality: code });
  document.getElementById('municipality-select').value = code || '';
  if (code) ctx.zoomToMunicipality(code);
  else fitRegion();
  if (state.coverage) render();
}

function fitRegion() {
  const b = state.region.bbox;
  // room for the search box (top right) and the folded legend and scale (bottom left)
  if (b.length) map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { paddingTopLeft: [10, 44], paddingBottomRight: [10, 64] });
}

function onMapClick(e) {
  if (!state.addMode) return;
  const id = newFacilityId();
  const n = state.edits.filter(x => x.kind === 'add').length + 1;
  setAddMode(false);
  ctx.setEdits([...state.edits, { kind: 'add', facility_id: id, name: `${t('edit.add')} ${n}`,
    service_type: state.service, lon: +e.latlng.lng.toFixed(6), lat: +e.latlng.lat.toFixed(6) }]);
}

async function loadRegion(code) {
  const base = `/api/regions/${code}`;
  const [region, boundaries, settlements, facilities] = await Promise.all([
    api.get(base), api.get(base + '/boundaries'), api.get(base + '/settlements'), api.get(base + '/facilities')]);
  const service = region.services.find(s => s.facilities > 0) || region.services[0];
  set({ region, settlements, boundaries, service: service.id, threshold_min: standardOf(service), population: region.default_population_column,
    edits: [], scenario: null, municipality: null, coverage: null, comparison: null, catchments: null,
    baselineFacilities: facilities.features.map(f => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })) });
  lastGoodEdits = [];
  if (!map) {
    map = createMap('map', state.config);
    const fit = map.fitBounds.bind(map);
    map.fitBounds = (bounds, options = {}) => {
      // always room for the search box (top right) and the folded legend and scale (bottom left)
      const pad = L.point(options.padding || [0, 0]), tl = L.point(options.paddingTopLeft || pad), br = L.point(options.paddingBottomRight || pad);
      const o = { ...options, padding: undefined, paddingTopLeft: [Math.max(tl.x, 10), Math.max(tl.y, 44)],
        paddingBottomRight: [Math.max(br.x, 10), Math.max(br.y, 64)] };
      lastFit = [bounds, o];
      return fit(bounds, o);
    };
    map.on('dragstart', () => { lastFit = null; }); // the user moved the map: keep their view
    map.on('click', onMapClick);
    createSearch(map, id => ctx.openSettlement(id));
    createFacilityLayer(map);
    createLegend(map);
    dostap.map = map;
  }
  if (boundaryLayer) { map.eachLayer(l => { if (l !== map && !(l instanceof L.TileLayer)) map.removeLayer(l); }); createFacilityLayer(map); }
  boundaryLayer = drawBoundaries(map, boundaries);
  settlementLayer = createSettlementLayer(map, (f, m) => state.addMode ? onMapClick({ latlng: m.getLatLng() }) : isDrawing() ? null : openSettlementPopup(f, m));
  dostap.settlementLayer = settlementLayer;
  fitRegion();
  fillControls();
  initTabs(ctx);
  await recompute();
}

async function boot() {
  setLang(lang());
  wireControls();
  initHelp();
  initLayout(() => {
    if (!map) return;
    map.invalidateSize();
    const popup = settlementPopupOpen && map.hasLayer(settlementPopupOpen) ? settlementPopupOpen : null;
    if (popup) { // an open settlement stays in view (a phone turned, the sheet opened), not the region's bounds
      popup.options.maxHeight = popupMaxHeight();
      popup.options.autoPanPaddingTopLeft = [clearOfZoomButtons(), 44];
      map.panTo(popup.getLatLng(), { animate: false });
      popup.update(); // measured again and panned clear of the search box
    } else if (lastFit) map.fitBounds(lastFit[0], { ...lastFit[1], animate: false });
  });
  try {
    const [config, regions, network] = await Promise.all([api.get('/api/config'), api.get('/api/regions'), api.get('/api/network')]);
    set({ config, network });
    const requested = new URLSearchParams(location.search).get('region');
    const code = regions.some(r => r.code === requested) ? requested : config.default_region;
    document.getElementById('region-select').innerHTML = regions.map(r =>
      `<option value="${r.code}" ${r.code === code ? 'selected' : ''}>${esc(r.name_bg)} / ${esc(r.name_en)}</option>`).join('');
    await loadRegion(code);
  } catch (e) { showError(e); }
}

dostap.show = showTab;
boot();
