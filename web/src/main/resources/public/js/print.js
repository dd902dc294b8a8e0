// The printable report of the view saved by the Export tab (sessionStorage), in the language it was made in.
import { setLang, t, nameOf } from './i18n.js';
import { num, pct, minutes, signed, esc, columnLabel } from './format.js';
import { classColor, radius, UNCOVERED_RING, CLASSES } from './map/style.js';

const data = JSON.parse(sessionStorage.getItem('dostap.print') || 'null');
const root = document.getElementById('report');
// no inline handlers: the Content-Security-Policy allows this server's scripts only
document.getElementById('print-button')?.addEventListener('click', () => window.print());
if (!data) {
  root.textContent = 'Nothing to print: open the map and use Export → Printable page.';
} else {
  setLang(data.lang);
  const { region, coverage: c, comparison: cmp } = data;
  const service = region.services.find(s => s.id === c.service);
  const rows = c.byMunicipality.map(m => `<tr><td>${esc(nameOf(m.nameBg, m.nameEn))}</td><td class="num">${num(m.population)}</td>
    <td class="num">${num(m.coveredPopulation)}</td><td class="num">${pct(m.coveredPercent)}</td><td class="num">${num(m.uncoveredPopulation)}</td>
    <td class="num">${minutes(m.meanTravelTimeMin)}</td></tr>`).join('');
  const s = c.summary;
  const uncovered = c.uncovered.slice(0, 50).map(u => `<tr><td>${esc(nameOf(u.name, u.nameEn))}</td><td>${esc(u.municipality)}</td>
    <td class="num">${num(u.population)}</td><td class="num">${minutes(u.travelTimeMin)}</td></tr>`).join('');
  let scenario = '';
  if (cmp) {
    scenario = `<h2>${t('scenario.vsBaseline')}${data.scenario ? ': ' + esc(data.scenario.name) : ''}</h2>
      <p>${t('scenario.delta')}: <strong>${signed(cmp.total.coveredPopulationDelta)}</strong>
      (${num(cmp.total.coveredPopulationBefore)} → ${num(cmp.total.coveredPopulationAfter)});
      ${t('change.gained')}: ${num(cmp.total.settlementsGained)}, ${t('change.lost')}: ${num(cmp.total.settlementsLost)}</p>
      <table class="data"><thead><tr><th>${t('col.municipality')}</th><th class="num">${t('col.before')}</th><th class="num">${t('col.after')}</th>
      <th class="num">${t('col.delta')}</th></tr></thead><tbody>${cmp.byMunicipality.map(m => `<tr><td>${esc(nameOf(m.nameBg, m.nameEn))}</td>
      <td class="num">${num(m.coveredPopulationBefore)}</td><td class="num">${num(m.coveredPopulationAfter)}</td>
      <td class="num">${signed(m.coveredPopulationDelta)}</td></tr>`).join('')}</tbody></table>`;
  }
  root.innerHTML = `<h1>${t('export.printTitle')}: ${esc(nameOf(region.nameBg, region.nameEn))}</h1>
    <div class="meta">${esc(nameOf(service.nameBg, service.nameEn))} · ${c.thresholdMin} ${t('min')} · ${t('control.population')} ${esc(columnLabel(c.populationColumn))}
      · ${t('export.generated')} ${esc(data.generated.slice(0, 16).replace('T', ' '))} UTC · ${esc(c.softwareVersion || '')}</div>
    ${c.travelTimeSource === 'estimated' ? `<div class="banner"><strong>${t('banner.estimated')}</strong> ${t('banner.estimated.text')}</div>`
      : `<div class="banner"><strong>${t('banner.road')}</strong> ${esc(c.travelTimeDescription)}</div>`}
    ${c.facilitiesIllustrative ? `<div class="banner"><strong>${t('banner.illustrative')}</strong> ${t('banner.illustrative.text')}</div>` : ''}
    <div id="print-map"></div>
    <h2>${t('h.byMunicipality')}</h2>
    <table class="data"><thead><tr><th>${t('col.municipality')}</th><th class="num">${t('col.population')}</th><th class="num">${t('col.covered')}</th>
      <th class="num">${t('col.coveredPct')}</th><th class="num">${t('col.uncovered')}</th><th class="num">${t('col.mean')}</th></tr></thead>
      <tbody>${rows}</tbody><tfoot><tr><td>${t('total')}</td><td class="num">${num(s.population)}</td><td class="num">${num(s.coveredPopulation)}</td>
      <td class="num">${pct(s.coveredPercent)}</td><td class="num">${num(s.uncoveredPopulation)}</td><td class="num">${minutes(s.meanTravelTimeMin)}</td></tr></tfoot></table>
    ${scenario}
    <h2>${t('h.uncovered')}</h2>
    ${uncovered ? `<table class="data"><thead><tr><th>${t('col.settlement')}</th><th>${t('col.municipality')}</th><th class="num">${t('col.population')}</th>
      <th class="num">${t('col.time')}</th></tr></thead><tbody>${uncovered}</tbody></table>` : `<p>${t('none.uncovered')}</p>`}`;
  drawMap(data);
}

/** A static map of the view: boundaries and settlements coloured by travel time (no tiles). */
function drawMap({ boundaries, settlements, coverage }) {
  if (!boundaries || !settlements) return;
  const map = L.map('print-map', { zoomControl: false, attributionControl: true, zoomSnap: 0.1 });
  map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
  const b = L.geoJSON(boundaries, { style: f => f.properties.level === 'province'
    ? { color: '#12344d', weight: 2, fill: false } : { color: '#7b8a96', weight: 1, fillOpacity: 0, dashArray: '4 3' } });
  map.fitBounds(b.getBounds(), { padding: [10, 10] }); // a view first: vector layers need one
  b.addTo(map);
  const byId = new Map(coverage.settlements.map(s => [s.id, s]));
  for (const f of settlements.features) {
    const s = byId.get(f.properties.id);
    if (!s) continue;
    L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], { radius: radius(s.population) * 0.8,
      color: s.covered ? '#3b3b3b' : UNCOVERED_RING, weight: s.covered ? 0.6 : 1.6,
      fillColor: classColor(s.travelTimeMin), fillOpacity: 0.9 }).addTo(map);
  }
  for (const f of coverage.facilities.filter(x => x.serviceType === coverage.service))
    L.circleMarker([f.lat, f.lon], { radius: 5, color: '#fff', weight: 2, fillColor: '#12344d', fillOpacity: 1 }).addTo(map);
  let lo = 0;
  const legend = CLASSES.map(c => {
    const label = c.maxMin === Infinity ? `> ${lo}` : `${lo}–${c.maxMin}`;
    lo = c.maxMin;
    return `<span style="margin-right:12px"><span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:${c.color};border:1px solid #0005"></span> ${label} ${t('min')}</span>`;
  }).join('') + `<span><span style="display:inline-block;width:10px;height:10px;border-radius:50%;border:2px solid ${UNCOVERED_RING}"></span> ${t('legend.uncovered')} (${coverage.thresholdMin} ${t('min')})</span>`;
  document.getElementById('print-map').insertAdjacentHTML('afterend', `<div class="muted">${t('legend.title')}: ${legend}</div>`);
}
