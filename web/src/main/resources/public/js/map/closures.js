// Road closures on the map: the scenario's close-roads edits (red dashed), and click-to-draw of a new one
// (a line: roads it crosses are closed; an area: roads inside are closed). Finish with a double click or Enter,
// cancel with Escape.
let layer = null;
let drawing = null;

const STYLE = { color: '#b30000', weight: 4, dashArray: '8 6', fillOpacity: 0.12, className: 'dostap-closure' };

export function drawClosures(map, edits) {
  if (layer) map.removeLayer(layer);
  const features = edits.filter(e => e.kind === 'close-roads' && e.geometry)
    .map(e => ({ type: 'Feature', properties: { name: e.name || '' }, geometry: e.geometry }));
  layer = L.geoJSON({ type: 'FeatureCollection', features }, { style: () => STYLE, interactive: false }).addTo(map);
}

export function isDrawing() { return drawing !== null; }

/** Starts drawing a 'line' or 'area'; onDone(geometry) gets a GeoJSON geometry, onCancel() when abandoned. */
export function startDrawing(map, shape, onDone, onCancel) {
  stopDrawing(map);
  const points = [];
  const preview = (shape === 'area' ? L.polygon([], STYLE) : L.polyline([], STYLE)).addTo(map);
  const finish = () => {
    const min = shape === 'area' ? 3 : 2;
    if (points.length < min) return false;
    const ring = points.map(p => [+p.lng.toFixed(6), +p.lat.toFixed(6)]);
    const geometry = shape === 'area' ? { type: 'Polygon', coordinates: [[...ring, ring[0]]] } : { type: 'LineString', coordinates: ring };
    stopDrawing(map);
    onDone(geometry);
    return true;
  };
  const click = e => { points.push(e.latlng); preview.setLatLngs(points); };
  const dblclick = e => { L.DomEvent.stop(e); finish(); };
  const key = e => {
    if (e.key === 'Escape') { stopDrawing(map); onCancel?.(); }
    if (e.key === 'Enter') finish();
  };
  map.doubleClickZoom.disable();
  map.on('click', click);
  map.on('dblclick', dblclick);
  document.addEventListener('keydown', key);
  map.getContainer().style.cursor = 'crosshair';
  drawing = { preview, click, dblclick, key, finish, points };
}

/** Finishes the drawing in progress (the panel's Finish button); false when too few points. */
export function finishDrawing() { return drawing ? drawing.finish() : false; }

export function drawnPoints() { return drawing ? drawing.points.length : 0; }

export function stopDrawing(map) {
  if (!drawing) return;
  map.removeLayer(drawing.preview);
  map.off('click', drawing.click);
  map.off('dblclick', drawing.dblclick);
  document.removeEventListener('keydown', drawing.key);
  map.doubleClickZoom.enable();
  map.getContainer().style.cursor = '';
  drawing = null;
}
