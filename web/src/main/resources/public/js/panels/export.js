// Export tab: workbooks (.xlsx: settlements, municipalities, scenario comparison, optimization result, mobile schedule,
// in the page's language), CSV (Excel, ;), CSV (UTF-8 with BOM), GeoJSON, a printable page and the situation-analysis
// report (DOCX/PDF) of the current view, with the M&E tab's review and targets, the optimization result and the mobile plan.
import { registerPanel, printData } from './registry.js';
import { state, viewRequest } from '../state.js';
import { t, tf, lang } from '../i18n.js';
import { reportSettings as monitoringSettings } from './monitoring.js';
import { api } from '../api.js';

function render(body, ctx) {
  const done = printData(); // the optimization result and mobile plan, when computed and current
  body.innerHTML = `<p class="muted">${t('export.help')}</p>
    <div class="row"><button type="button" class="btn primary" id="export-xlsx">⬇ ${t('export.xlsx')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-municipalities-xlsx">⬇ ${t('export.municipalitiesXlsx')}</button></div>
    ${state.edits.length ? `<div class="row"><button type="button" class="btn" id="export-comparison-xlsx">⬇ ${t('export.comparisonXlsx')}</button></div>` : ''}
    ${done.optimize?.job_id ? `<div class="row"><button type="button" class="btn" id="export-optimize-xlsx">⬇ ${t('export.optimizeXlsx')}</button></div>` : ''}
    ${done.mobile?.request ? `<div class="row"><button type="button" class="btn" id="export-mobile-xlsx">⬇ ${t('export.mobileXlsx')}</button></div>` : ''}
    <div class="row"><button type="button" class="btn" id="export-excel-csv">⬇ ${t('export.excelCsv')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-csv">⬇ ${t('export.csv')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-geojson">⬇ ${t('export.geojson')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-print">${t('export.print')}</button></div>
    <div class="row"><button type="button" class="btn" id="export-report-docx">⬇ ${t('export.reportDocx')}</button>
      <button type="button" class="btn" id="export-report-pdf">⬇ ${t('export.reportPdf')}</button></div>
    <p class="muted" id="export-report-note">${t('export.reportHelp')}</p>`;
  const path = ext => `/api/regions/${state.region.code}/export/settlements.${ext}`;
  body.querySelector('#export-csv').addEventListener('click', () =>
    api.download(path('csv'), viewRequest(), 'dostap.csv').catch(e => ctx.showError(e)));
  const region = `/api/regions/${state.region.code}`;
  const get = (sel, fn) => body.querySelector(sel)?.addEventListener('click', () => fn().catch(e => ctx.showError(e)));
  get('#export-xlsx', () => api.download(`${path('xlsx')}?lang=${lang()}`, viewRequest(), 'dostap.xlsx'));
  get('#export-municipalities-xlsx', () => api.download(`${region}/export/municipalities.xlsx?lang=${lang()}`, viewRequest(), 'dostap-municipalities.xlsx'));
  get('#export-comparison-xlsx', () => api.download(`${region}/export/comparison.xlsx?lang=${lang()}`, viewRequest(), 'dostap-comparison.xlsx'));
  get('#export-optimize-xlsx', () => api.download(`${region}/optimize/jobs/${encodeURIComponent(done.optimize.job_id)}/result.xlsx?lang=${lang()}`, undefined, 'dostap-optimization.xlsx'));
  get('#export-mobile-xlsx', () => api.download(`${region}/mobile/schedule.xlsx?lang=${lang()}`, done.mobile.request, 'dostap-mobile-schedule.xlsx'));
  get('#export-excel-csv', () => api.download(`${path('csv')}?excel=${lang()}`, viewRequest(), 'dostap-excel.csv'));
  body.querySelector('#export-geojson').addEventListener('click', () =>
    api.download(path('geojson'), viewRequest(), 'dostap.geojson').catch(e => ctx.showError(e)));
  const included = [done.optimize?.job_id && t('export.reportOpt'), done.mobile?.plan?.plan_id && t('export.reportMobile'),
    monitoringSettings() && t('export.reportMe')].filter(Boolean);
  if (included.length) body.querySelector('#export-report-note').textContent += ' ' + tf('export.reportWith', { items: included.join(', ') });
  for (const ext of ['docx', 'pdf']) {
    const btn = body.querySelector('#export-report-' + ext);
    btn.addEventListener('click', () => {
      btn.disabled = true;
      api.download(`/api/regions/${state.region.code}/report.${ext}`, reportRequest(), 'dostap-report.' + ext)
        .catch(e => ctx.showError(e)).finally(() => { btn.disabled = false; });
    });
  }
  body.querySelector('#export-print').addEventListener('click', () => {
    sessionStorage.setItem('dostap.print', JSON.stringify({
      lang: lang(), region: state.region, coverage: state.coverage, settlements: state.settlements, boundaries: state.boundaries, comparison: state.edits.length ? state.comparison : null,
      edits: state.edits, scenario: state.scenario, generated: new Date().toISOString(), mode: state.mode,
      municipality: state.municipality, panels: printData(), // the optimization result and mobile plan when computed
    }));
    window.open('/print.html', '_blank');
  });
}

/**
 * The report of the current view in the page's language, with the M&E tab's review and targets and the optimization
 * result and mobile plan the page shows (by the finished job's id and the plan's id, which the server keeps).
 */
export function reportRequest() {
  const done = printData();
  const body = { ...viewRequest(), lang: lang(), ...(monitoringSettings() || {}) };
  if (done.optimize?.job_id) body.optimization_job_id = done.optimize.job_id;
  if (done.mobile?.plan?.plan_id) body.mobile_plan_id = done.mobile.plan.plan_id;
  return body;
}

registerPanel({ id: 'export', titleKey: 'tab.export', render });
