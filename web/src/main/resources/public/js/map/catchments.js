// Catchment polygons (largest threshold underneath), light so that settlements stay readable.
import { serviceStyle } from './style.js';

export function drawCatchments(map, previous, geojson, visible) {
  if (previous) map.removeLayer(previous);
  if (!geojson || !visible) return null;
  return L.geoJSON(geojson, {
    pane: 'catchments',
    interactive: false,
    style: f => ({ color: serviceStyle(f.properties.service_type).color, weight: 1, opacity: 0.5,
      fillColor: serviceStyle(f.properties.service_type).color, fillOpacity: 0.07 }),
  }).addTo(map);
}
