// Settlements as circles: size by population, colour by travel-time class, rings for uncovered / changed.
import { state } from '../state.js';
import { classColor, radius, UNCOVERED_RING, GAINED_RING, LOST_RING } from './style.js';

export function createSettlementLayer(map, onClick) {
  const group = L.layerGroup().addTo(map);
  const byId = new Map();
  for (const f of state.settlements.features) {
    const [lon, lat] = f.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], { radius: 4, weight: 1, className: 'dostap-settlement', bubblingMouseEvents: false });
    marker.feature = f;
    marker.on('click', () => onClick(f, marker));
    group.addLayer(marker);
    byId.set(f.properties.id, marker);
  }
  return { group, byId };
}

/** Restyles every circle from state.coverage (and state.comparison for the scenario rings). */
export function styleSettlements(layer) {
  if (!state.coverage) return;
  const changes = new Map();
  if (state.comparison && state.edits.length) for (const c of state.comparison.changed) changes.set(c.id, c.change);
  for (const s of state.coverage.settlements) {
    const m = layer.byId.get(s.id);
    if (!m) continue;
    const change = changes.get(s.id);
    const outside = state.municipality && m.feature.properties.municipality !== state.municipality; // filtered out: faded
    let stroke = '#3b3b3b', weight = 0.8, dash = null;
    if (!s.connected) { dash = '3 2'; stroke = '#555'; }
    if (!s.covered) { stroke = UNCOVERED_RING; weight = 2; }
    if (change === 'gained') { stroke = GAINED_RING; weight = 3.5; }
    if (change === 'lost') { stroke = LOST_RING; weight = 3.5; }
    m.setStyle({
      radius: radius(s.population), color: stroke, weight, dashArray: dash,
      fillColor: s.connected ? classColor(s.travel_time_min, state.threshold_min) : '#ffffff', fillOpacity: outside ? 0.2 : 0.9,
      opacity: outside ? 0.3 : 1,
    });
    m.options.dostapCovered = s.covered;
    if (m._path) {
      m._path.dataset.id = s.id;
      m._path.dataset.covered = s.covered;
      m._path.dataset.change = change || '';
    }
  }
}
