// M&E tab (monitoring and evaluation): indicators per region and municipality for the current service at a baseline
// (population year + facility set), a review (another year and/or a saved scenario or the current edits) and the
// planner's targets (share within the standard), kept with a saved scenario; exported as a workbook.
import { registerPanel } from './registry.js';
import { state, set } from '../state.js';
import { t, tf, lang, nameOf } from '../i18n.js';
import { num, esc, columnLabel, pct, decimal } from '../format.js';
import { api, withToken } from '../api.js';

let baseCol = null;       // baseline population column
let baseFacilities = 'region'; // 'region' (the region's facilities) or 'edits' (the current edits)
let reviewCol = null;     // review population column
let review = 'none';      // 'none', 'edits' (the current unsaved edits) or a saved scenario id
let targets = {};         // area code -> share 0..1 (what the planner typed or loaded)
let targetsFor = null;    // the saved scenario the targets were loaded from, with its version {id, version}
let saved = [];
let savedFor = null;
let result = null;
let resultKey = null;

function defaults() {
  const cols = state.region.population_columns;
  if (!baseCol || !cols.includes(baseCol)) baseCol = cols.includes('pop_2011') ? 'pop_2011' : cols[cols.length - 1];
  if (!reviewCol || !cols.includes(reviewCol)) reviewCol = state.population;
  if (review !== 'none' && review !== 'edits' && !saved.some(s => s.id === review)) review = 'none';
  if (review === 'edits' && !state.edits.length) review = 'none';
}

/** The indicators request of the tab (the targets typed in the page go with it). */
function request() {
  const body = { service: state.service, threshold_min: state.threshold_min, population: baseCol, mode: state.mode,
    edits: baseFacilities === 'edits' ? state.edits : [], review_population: reviewCol,
    targets: Object.entries(targets).filter(([, v]) => v !== null && v !== undefined).map(([area, share]) => ({ area, share_within: share })) };
  if (review === 'edits') body.review_edits = state.edits;
  else if (review !== 'none') body.review_scenario = review;
  return body;
}

function key() { return JSON.stringify([state.region.code, request()]); }

/**
 * The tab's monitoring question for the report (baseline, review, targets), or null while the tab was never opened
 * (the report then reviews the current edits against the region's facilities, as the command does).
 */
export function reportSettings() {
  if (!baseCol || !state.region) return null;
  defaults();
  const r = request();
  const out = { baseline_population: r.population, baseline_edits: r.edits, review_population: r.review_population, targets: r.targets };
  if (r.review_scenario) out.review_scenario = r.review_scenario;
  else out.review_edits = r.review_edits || []; // [] : the review has the baseline's facilities
  return out;
}

async function loadSaved(ctx) {
  savedFor = state.region.code;
  try {
    saved = await api.get(`/api/regions/${state.region.code}/scenarios`);
    ctx.rerender();
  } catch (e) { ctx.showError(e); }
}

/** Loads the targets kept with the saved scenario under review (replacing those typed). */
async function loadTargets(ctx, id) {
  try {
    const r = await api.get(`/api/scenarios/${encodeURIComponent(id)}/targets`);
    targets = {};
    for (const x of r.targets) if (x.service === state.service) targets[x.area] = x.share_within;
    targetsFor = { id: r.scenario_id, version: r.version };
    ctx.rerender();
  } catch (e) { ctx.showError(e); }
}

async function refresh(ctx) {
  const k = key();
  if (k === resultKey) return;
  resultKey = k;
  try {
    const r = await api.post(`/api/regions/${state.region.code}/indicators`, request());
    if (k === resultKey) { result = r; ctx.rerender(); }
  } catch (e) { ctx.showError(e); }
}

async function saveTargets(ctx) {
  const s = saved.find(x => x.id === review);
  if (!s) return;
  // keep the scenario's targets of other services; replace this service's with the ones in the page
  const current = await api.get(`/api/scenarios/${encodeURIComponent(s.id)}/targets`);
  const others = current.targets.filter(x => x.service !== state.service);
  const mine = Object.entries(targets).filter(([, v]) => v !== null && v !== undefined)
    .map(([area, share]) => ({ area, service: state.service, share_within: share }));
  const version = targetsFor?.id === s.id ? targetsFor.version : current.version;
  const r = await withToken(() => api.put(`/api/scenarios/${encodeURIComponent(s.id)}/targets`, { version, targets: [...others, ...mine] }),
    t('scenario.tokenPrompt'));
  targetsFor = { id: r.scenario_id, version: r.version };
  s.version = r.version;
  if (state.scenario?.id === s.id) set({ scenario: { ...state.scenario, version: r.version } });
  ctx.showMessage(tf('me.targetsSaved', { name: s.name, version: r.version }));
}

const areaName = a => a.level === 'region' ? `<strong>${esc(t('total'))}</strong>` : esc(nameOf(a.name_bg, a.name_en));
const share = a => a && a.population > 0 ? 100 * a.share_within : null;

function cellTarget(a, inherited) {
  const v = targets[a.code];
  const p = x => Math.round(x * 1000) / 10;
  return `<input type="number" class="me-target" data-area="${esc(a.code)}" min="0" max="100" step="1" inputmode="decimal"
    value="${v === null || v === undefined ? '' : p(v)}" placeholder="${a.level !== 'region' && inherited !== null && inherited !== undefined ? p(inherited) : ''}"
    aria-label="${esc(t('me.target'))} ${esc(a.code)}">`;
}

// met / not met over the estimate's range; "uncertain" when the range straddles the target (TargetStatus)
function meets(status) {
  if (status === null || status === undefined) return '';
  if (status === 'uncertain') return `<span class="muted" data-status="uncertain" title="${esc(t('me.uncertain'))}">?</span>`;
  return status === 'met' ? `<span class="pos" data-status="met" title="${esc(t('me.met'))}">✓</span>`
    : `<span class="neg" data-status="not-met" title="${esc(t('me.notMet'))}">✗</span>`;
}

function render(body, ctx) {
  if (savedFor !== state.region.code) loadSaved(ctx);
  defaults();
  const cols = state.region.population_columns;
  const opt = (v, label, sel) => `<option value="${esc(v)}" ${v === sel ? 'selected' : ''}>${esc(label)}</option>`;
  const ro = state.config.write === 'read-only';
  const reviewSaved = saved.find(s => s.id === review);
  body.innerHTML = `<p class="muted">${t('me.help')}</p>
    <div class="me-form">
      <label>${t('me.baseline')} <select id="me-base-col">${cols.map(c => opt(c, columnLabel(c), baseCol)).join('')}</select></label>
      <label>${t('me.facilities')} <select id="me-base-fac">${opt('region', t('me.regionFacilities'), baseFacilities)}
        ${state.edits.length ? opt('edits', t('me.currentEdits'), baseFacilities) : ''}</select></label>
      <label>${t('me.review')} <select id="me-review-col">${cols.map(c => opt(c, columnLabel(c), reviewCol)).join('')}</select></label>
      <label>${t('me.facilities')} <select id="me-review">${opt('none', t('me.sameAsBaseline'), review)}
        ${state.edits.length ? opt('edits', t('me.currentEdits'), review) : ''}
        ${saved.map(s => opt(s.id, `${t('me.saved')}: ${s.name}`, review)).join('')}</select></label>
    </div>
    <p class="muted">${reviewSaved ? tf('me.targetsKept', { name: reviewSaved.name }) : t('me.targetsHint')}</p>
    <div class="row">
      <button type="button" class="btn" id="me-save-targets" ${reviewSaved && !ro ? '' : 'disabled'}>${t('me.saveTargets')}</button>
      <button type="button" class="btn" id="me-xlsx">⬇ ${t('me.xlsx')}</button>
    </div>
    <div id="me-result"><p class="muted">${t('me.loading')}</p></div>`;
  const on = (sel, fn) => body.querySelector(sel).addEventListener('change', e => { fn(e.target.value); ctx.rerender(); });
  on('#me-base-col', v => { baseCol = v; });
  on('#me-base-fac', v => { baseFacilities = v; });
  on('#me-review-col', v => { reviewCol = v; });
  on('#me-review', v => {
    review = v;
    if (v !== 'none' && v !== 'edits') loadTargets(ctx, v);
  });
  body.querySelector('#me-save-targets').addEventListener('click', () => saveTargets(ctx).catch(e => ctx.showError(e)));
  body.querySelector('#me-xlsx').addEventListener('click', () =>
    api.download(`/api/regions/${state.region.code}/indicators.xlsx?lang=${lang()}`, request(), 'dostap-indicators.xlsx').catch(e => ctx.showError(e)));
  if (!result || resultKey !== key()) { refresh(ctx); if (!result) return; }
  const r = result;
  const box = body.querySelector('#me-result');
  const region = r.areas[0];
  const rv = region.review || region.baseline;
  box.innerHTML = `<div class="kpis">
      <div class="kpi"><div class="v">${pct(share(region.baseline))} → ${pct(share(rv))}</div>
        <div class="l">${tf('me.shareWithin', { t: r.threshold_min })} (${esc(columnLabel(r.baseline_population))} → ${esc(columnLabel(r.review_population || r.baseline_population))})</div></div>
      <div class="kpi"><div class="v">${num(region.baseline.population_beyond)} → ${num(rv.population_beyond)}</div><div class="l">${t('me.peopleBeyond')}</div></div>
      <div class="kpi"><div class="v">${region.target_share === null ? '–' : pct(100 * region.target_share)} ${meets(region.review_target_status ?? region.baseline_target_status)}</div>
        <div class="l">${t('me.target')}${region.people_to_target ? ' · ' + tf('me.toTarget', { n: num(region.people_to_target) }) : ''}</div></div>
    </div>
    ${r.travel_time_source === 'estimated' ? `<p class="muted">${tf('me.range', { low: num(rv.population_within_low), high: num(rv.population_within_high) })}</p>` : ''}
    <table class="data" id="me-table"><thead><tr>
      <th>${t('col.municipality')}</th><th class="num">${t('me.base')}</th><th class="num">${t('me.rev')}</th><th class="num">${t('me.targetPct')}</th>
      <th class="num">${t('me.beyond')}</th><th>${t('me.metShort')}</th></tr></thead>
    <tbody>${r.areas.map(a => {
      const v = a.review || a.baseline;
      return `<tr class="${a.level === 'region' ? 'total' : ''}"><td>${areaName(a)}</td><td class="num">${pct(share(a.baseline))}</td>
        <td class="num">${pct(share(v))}</td><td class="num">${cellTarget(a, targets[region.code])}</td>
        <td class="num"><span class="wrap">${num(a.baseline.population_beyond)} → ${num(v.population_beyond)}</span></td>
        <td>${meets(a.review_target_status ?? a.baseline_target_status)}</td></tr>`;
    }).join('')}</tbody></table>
    <h3>${t('me.equity')}</h3>
    <table class="data" id="me-equity"><thead><tr><th>${t('col.municipality')}</th><th class="num">${t('me.mean')}</th><th class="num">${t('me.p90')}</th>
      <th class="num">${t('me.gini')}</th><th class="num">${t('me.places')}</th></tr></thead>
    <tbody>${r.areas.map(a => {
      const v = a.review || a.baseline;
      const d = (x, k) => x === null || x === undefined ? '–' : decimal(x, k);
      return `<tr class="${a.level === 'region' ? 'total' : ''}"><td>${areaName(a)}</td><td class="num">${d(v.mean_minutes, 1)}</td>
        <td class="num">${d(v.p90_minutes, 1)}</td><td class="num">${d(v.gini, 3)}</td><td class="num">${d(v.places_per1000, 2)}</td></tr>`;
    }).join('')}</tbody></table>
    ${r.facilities_illustrative ? `<p class="muted">${t('me.illustrative')}</p>` : ''}`;
  box.querySelectorAll('.me-target').forEach(input => input.addEventListener('change', () => {
    const v = input.value.trim() === '' ? null : Number(input.value.replace(',', '.'));
    if (v !== null && !(v >= 0 && v <= 100)) { ctx.showError(new Error(t('me.targetInvalid'))); input.value = ''; return; }
    targets[input.dataset.area] = v === null ? null : v / 100;
    ctx.rerender();
  }));
}

function onState(keys, ctx) {
  if (keys.includes('region')) { savedFor = null; saved = []; targets = {}; targetsFor = null; review = 'none'; result = null; }
  else if (keys.includes('service')) {
    targets = {};
    targetsFor = null;
    if (review !== 'none' && review !== 'edits') loadTargets(ctx, review);
  }
  if (keys.includes('scenario')) savedFor = null; // a scenario was saved, renamed or deleted: list again
}

registerPanel({ id: 'monitoring', titleKey: 'tab.monitoring', render, onState });
