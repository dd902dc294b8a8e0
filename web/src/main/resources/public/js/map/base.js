// The map, the offline base layer (province and municipality boundaries) and an optional tile layer.
import { nameOf, t } from '../i18n.js';

export function createMap(element, config) {
  const map = L.map(element, { zoomSnap: 0.25, minZoom: 5, maxZoom: 18, preferCanvas: false, attributionControl: true, zoomControl: false });
  // Leaflet's own words (zoom buttons, the close button of popups, its link's title) in the page's language
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.on('popupopen', e => { const b = e.popup.getElement()?.querySelector('.leaflet-popup-close-button'); if (b) b.setAttribute('aria-label', t('map.closePopup')); });
  map.createPane('boundaries').style.zIndex = 250;
  map.createPane('catchments').style.zIndex = 350;
  if (config.tiles_url) {
    // The tile layer stays only if its server answers: offline, the boundaries remain the base layer.
    const tiles = L.tileLayer(config.tiles_url, { maxZoom: 18, attribution: '© OpenStreetMap contributors' }).addTo(map);
    let loaded = 0, failed = 0;
    tiles.on('tileload', () => { loaded++; });
    tiles.on('tileerror', () => { if (++failed >= 4 && loaded === 0) map.removeLayer(tiles); });
  } else {
    map.dostapAttribution = t('map.attribution');
    map.attributionControl.addAttribution(map.dostapAttribution);
  }
  L.control.scale({ imperial: false }).addTo(map);
  return map;
}

/** The attribution in the current language (after a language switch). */
export function relabelAttribution(map) {
  for (const [cls, key] of [['in', 'map.zoomIn'], ['out', 'map.zoomOut']]) {
    const b = map.getContainer().querySelector('.leaflet-control-zoom-' + cls);
    if (b) { b.title = t(key); b.setAttribute('aria-label', t(key)); }
  }
  if (!map.dostapAttribution) return;
  map.attributionControl.removeAttribution(map.dostapAttribution);
  map.dostapAttribution = t('map.attribution');
  map.attributionControl.addAttribution(map.dostapAttribution);
}

/** Draws the boundaries (province thick, municipalities thin, with name labels); returns the layer. */
export function drawBoundaries(map, geojson) {
  const layer = L.geoJSON(geojson, {
    pane: 'boundaries',
    interactive: false,
    style: f => f.properties.level === 'province'
      ? { color: '#12344d', weight: 2.5, fill: false, opacity: 0.9 }
      : { color: '#7b8a96', weight: 1, fillColor: '#ffffff', fillOpacity: 0.55, dashArray: '4 3' },
  }).addTo(map);
  const labels = L.layerGroup().addTo(map);
  layer.eachLayer(l => {
    const p = l.feature.properties;
    if (p.level !== 'municipality') return;
    const tip = L.tooltip({ permanent: true, direction: 'center', className: 'muni-label', interactive: false })
      .setLatLng(l.getBounds().getCenter()).setContent(nameOf(p.name_bg, p.name_en));
    tip._dostap = p;
    labels.addLayer(tip);
  });
  layer.relabel = () => labels.eachLayer(tip => tip.setContent(nameOf(tip._dostap.name_bg, tip._dostap.name_en)));
  return layer;
}
