// Export tab: CSV (UTF-8 with BOM for Excel), GeoJSON, a printable page and the situation-analysis report (DOCX/PDF) of the current view.
import { registerPanel, printData } from './registry.js';
import { state, viewRequest } from '../state.js';
import { t, lang } from '../i18n.js';
import { api } from '../api.js';

function render(body, ctx) {
  body.innerHTML = `<p class="muted">${t('export.help')}</p>
    <div class="row"><button type="button" class="btn primary" id="export-csv">⬇ ${t('export.csv')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-geojson">⬇ ${t('export.geojson')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-print">${t('export.print')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-report-docx">⬇ ${t('export.reportDocx')}</button>
      <button type="button" class="btn" id="export-report-pdf">⬇ ${t('export.reportPdf')}</button></div>
    <p class="muted" id="export-report-note">${t('export.reportHelp')}</p>`;
  const path = ext => `/api/regions/${state.region.code}/export/settlements.${ext}`;
  body.querySelector('#export-csv').addEventListener('click', () =>
    api.download(path('csv'), viewRequest(), 'dostap.csv').catch(e => ctx.showError(e)));
  body.querySelector('#export-geojson').addEventListener('click', () =>
    api.download(path('geojson'), viewRequest(), 'dostap.geojson').catch(e => ctx.showError(e)));
  for (const ext of ['docx', 'pdf']) {
    const btn = body.querySelector('#export-report-' + ext);
    btn.addEventListener('click', () => {
      btn.disabled = true;
      api.download(`/api/regions/${state.region.code}/report.${ext}?lang=${lang()}`, viewRequest(), 'dostap-report.' + ext)
        .catch(e => ctx.showError(e)).finally(() => { btn.disabled = false; });
    });
  }
  body.querySelector('#export-print').addEventListener('click', () => {
    sessionStorage.setItem('dostap.print', JSON.stringify({
      lang: lang(), region: state.region, coverage: state.coverage, settlements: state.settlements, boundaries: state.boundaries, comparison: state.edits.length ? state.comparison : null,
      edits: state.edits, scenario: state.scenario, generated: new Date().toISOString(),
      municipality: state.municipality, panels: printData(), // the optimization result and mobile plan when computed
    }));
    window.open('/print.html', '_blank');
  });
}

registerPanel({ id: 'export', titleKey: 'tab.export', render });
