// Optimization tab: where new centres go (p-median, maximal coverage, set covering, p-center, capacitated p-median and
// coverage, inter-municipal networks) on the current scenario. Runs as a job on the server: the solver's live progress
// (phase, best objective, bound, gap) and the time used while it runs, Cancel (the solver stops); then the result
// (optimize-result.js): chosen sites on the map, the proven gap, covered population before and after, the tables.
import { registerPanel } from './registry.js';
import { state, newFacilityId } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { esc, minutes, pct, decimal } from '../format.js';
import { api, withToken } from '../api.js';
import { describeError } from '../errors.js';
import { renderResult, drawResult, clearResult, hideResult, showResult, inUnits } from './optimize-result.js';

const PROBLEMS = ['mclp', 'p-median', 'lscp', 'p-center', 'capacitated-p-median', 'capacitated-coverage', 'inter-municipal'];
const CAPACITATED = ['capacitated-p-median', 'capacitated-coverage'];
const form = { problem: 'mclp', sites: 2, keep_existing: true, candidates: 'settlements', time_limit_sec: 20,
  capacity: null, own_capacities: false, uptake_per_1000: null, single_source: false, partners: [], min_share_pct: 0, hosts_among_partners: false, cost_per_centre_eur: 0 };
let job = null;       // last job status
let result = null;    // result of the last finished job
let resultKey = null;
let superseded = false; // a later run was cancelled or failed: the result shown is an earlier one
let timer = null;

// what a result depends on: the view and the tab's settings (not the time limit); a change makes a shown result stale
function key() {
  const { time_limit_sec, ...settings } = form;
  return JSON.stringify([state.region?.code, state.service, state.threshold_min, state.population, state.mode, state.edits, settings]);
}

function options(values, selected, label) {
  return values.map(v => `<option value="${v}" ${String(v) === String(selected) ? 'selected' : ''}>${label(v)}</option>`).join('');
}

const busy = () => job && (job.status === 'queued' || job.status === 'running');

function render(body, ctx) {
  showResult(ctx);
  const p = form.problem;
  body.innerHTML = `<p class="muted" id="opt-standard">${t('opt.help')} <strong>${state.threshold_min} ${t('min')} ${t('mode.' + state.mode)}</strong></p>
    <div class="form-grid">
      <label>${t('opt.problem')}<select id="opt-problem">${options(PROBLEMS, p, x => t('opt.problem.' + x))}</select></label>
      <label>${t('opt.sites')}<input type="number" id="opt-sites" min="${form.keep_existing ? 0 : 1}" max="50" value="${form.sites}" ${p === 'lscp' ? 'disabled' : ''}></label>
      <label>${t('opt.candidates')}<select id="opt-candidates">${options(['settlements', 'municipal-seats'], form.candidates, c => t('opt.candidates.' + c))}</select></label>
      <label>${t('opt.timeLimit')}<select id="opt-limit">${options([10, 20, 60, 120], form.time_limit_sec, s => s + ' s')}</select></label>
      <label class="check"><input type="checkbox" id="opt-keep" ${form.keep_existing ? 'checked' : ''}> ${t('opt.keepExisting')}</label>
      ${CAPACITATED.includes(p) ? capacityFields() : ''}
      ${p === 'inter-municipal' ? networkFields() : ''}
    </div>
    ${p === 'inter-municipal' ? partnerList() : ''}
    <p class="muted">${t('opt.problemHelp.' + p)}</p>
    <div class="row"><button type="button" class="btn primary" id="opt-run" ${busy() ? 'disabled' : ''}>${t('opt.run')}</button>
      ${busy() ? `<button type="button" class="btn danger" id="opt-cancel">${t('opt.cancel')}</button>` : ''}
      ${result && !busy() && !superseded && resultKey === key() ? applyButton() : ''}</div>
    <div id="opt-job"></div>
    <div id="opt-result"></div>`;
  const q = id => body.querySelector(id);
  q('#opt-problem').addEventListener('change', e => { form.problem = e.target.value; ctx.rerender(); });
  q('#opt-sites').addEventListener('change', e => { form.sites = +e.target.value; settingsChanged(body, ctx); });
  q('#opt-candidates').addEventListener('change', e => { form.candidates = e.target.value; settingsChanged(body, ctx); });
  q('#opt-limit').addEventListener('change', e => { form.time_limit_sec = +e.target.value; });
  q('#opt-keep').addEventListener('change', e => { form.keep_existing = e.target.checked; ctx.rerender(); });
  q('#opt-capacity')?.addEventListener('change', e => { form.capacity = e.target.value === '' ? null : +e.target.value; settingsChanged(body, ctx); });
  q('#opt-own')?.addEventListener('change', e => { form.own_capacities = e.target.checked; settingsChanged(body, ctx); });
  q('#opt-uptake')?.addEventListener('change', e => { form.uptake_per_1000 = e.target.value === '' ? null : +e.target.value; settingsChanged(body, ctx); });
  q('#opt-single')?.addEventListener('change', e => { form.single_source = e.target.checked; settingsChanged(body, ctx); });
  q('#opt-share')?.addEventListener('change', e => { form.min_share_pct = +e.target.value; settingsChanged(body, ctx); });
  q('#opt-hosts')?.addEventListener('change', e => { form.hosts_among_partners = e.target.checked; settingsChanged(body, ctx); });
  q('#opt-cost-per-centre')?.addEventListener('change', e => { form.cost_per_centre_eur = +e.target.value; settingsChanged(body, ctx); });
  body.querySelectorAll('#opt-partners input').forEach(box => box.addEventListener('change', () => {
    form.partners = [...body.querySelectorAll('#opt-partners input:checked')].map(b => b.value);
    settingsChanged(body, ctx);
  }));
  q('#opt-run').addEventListener('click', () => run(ctx));
  q('#opt-cancel')?.addEventListener('click', () => cancel(ctx));
  q('#opt-apply')?.addEventListener('click', () => apply(ctx));
  renderJob(q('#opt-job'));
  if (result) renderResult(q('#opt-result'), ctx, result, resultKey !== key(), superseded);
}

/**
 * A setting changed: a result on the panel is out of date now (or current again). Only the result and the Add button are
 * redrawn, never the form: a change fires as the pointer leaves a field for Optimize, and redrawing the form then would
 * replace the button under the pointer and lose that click.
 */
function settingsChanged(body, ctx) {
  if (!result || busy()) return;
  const stale = resultKey !== key();
  const button = body.querySelector('#opt-apply');
  if (stale) button?.remove();
  else if (!button && !superseded) {
    body.querySelector('#opt-run').insertAdjacentHTML('afterend', ' ' + applyButton());
    body.querySelector('#opt-apply').addEventListener('click', () => apply(ctx));
  }
  renderResult(body.querySelector('#opt-result'), ctx, result, stale, superseded);
}

/** The button that turns a current result's new sites into scenario edits (one markup for render and settingsChanged). */
function applyButton() { return `<button type="button" class="btn" id="opt-apply">${t('opt.apply')}</button>`; }

function capacityFields() {
  return `<label>${t('opt.capacity')}<input type="number" id="opt-capacity" min="1" step="5" placeholder="50" value="${form.capacity ?? ''}"></label>
    <label class="check"><input type="checkbox" id="opt-own" ${form.own_capacities ? 'checked' : ''}> ${t('opt.ownCapacities')}</label>
    <label>${t('opt.uptake')}<input type="number" id="opt-uptake" min="0" step="0.5" value="${form.uptake_per_1000 ?? ''}"></label>
    ${form.problem === 'capacitated-p-median' ? `<label class="check"><input type="checkbox" id="opt-single" ${form.single_source ? 'checked' : ''}> ${t('opt.singleSource')}</label>` : ''}`;
}

function networkFields() {
  return `<label>${t('opt.minShare')}<input type="number" id="opt-share" min="0" max="100" step="5" value="${form.min_share_pct}"></label>
    <label>${t('opt.costPerCentre')}<input type="number" id="opt-cost-per-centre" min="0" step="1000" value="${form.cost_per_centre_eur}"></label>
    <label class="check"><input type="checkbox" id="opt-hosts" ${form.hosts_among_partners ? 'checked' : ''}> ${t('opt.hostsAmongPartners')}</label>`;
}

function partnerList() {
  const munis = state.region?.municipalities || [];
  return `<div class="opt-partners-label">${t('opt.partners')}</div><div class="opt-partners" id="opt-partners">${munis.map(m =>
    `<label class="check"><input type="checkbox" value="${esc(m.code)}" ${form.partners.includes(m.code) ? 'checked' : ''}> ${esc(nameOf(m.name_bg, m.name_en))}</label>`).join('')}</div>`;
}

/** The job's live part: the solver's phase and bounds, the time bar (labelled as time), a failure or a cancellation. */
function renderJob(box) {
  if (!box || !job) { if (box) box.innerHTML = ''; return; }
  const s = job.solver;
  let html = '';
  if (busy()) {
    html += `<p class="opt-live" id="opt-live">${s ? liveLine(s, job.objective) : t('opt.status.' + job.status)}</p>
      <div class="progress" id="opt-progress" title="${t('opt.time')}"><div style="width:${Math.round(job.time_fraction * 100)}%"></div></div>
      <p class="muted">${t('opt.time')}: ${minutes(job.elapsed_seconds)} / ${job.time_limit_seconds} s</p>`;
  } else if (job.status === 'failed') {
    const { details } = describeError({ status: 400, body: job.error || {} });
    html += `<p class="message error" id="opt-error"><strong>${t('opt.failed')}</strong>${details.map(d => '<br>' + esc(d)).join('')}</p>`;
  } else if (job.status === 'cancelled') {
    html += `<p class="message" id="opt-cancelled">${t('opt.cancelled')}${job.stop_seconds !== null && job.stop_seconds !== undefined
      ? ' ' + t('opt.stoppedIn') + ' ' + decimal(job.stop_seconds, 2) + ' s.' : ''}</p>`;
  }
  box.innerHTML = html;
}

function liveLine(s, objective) {
  const u = { objective_unit: objective.unit, comparison: { population: objective.population } };
  const parts = [];
  if (s.incumbent !== null) parts.push(`${t('opt.best')} ${inUnits(u, s.incumbent)}`);
  if (s.bound !== null) parts.push(`${t('opt.bound')} ${inUnits(u, s.bound)}`);
  if (s.gap !== null) parts.push(`${t('opt.gap')} ${pct(s.gap * 100)}`);
  return `<strong>${t('opt.phase.' + s.phase)}</strong>${parts.length ? ': ' + parts.join(' · ') : ''}`;
}

function request() {
  const body = { service: state.service, problem: form.problem, threshold_min: state.threshold_min, mode: state.mode, keep_existing: form.keep_existing,
    candidates: form.candidates, population: state.population, time_limit_sec: form.time_limit_sec, edits: state.edits };
  if (form.problem !== 'lscp') body.sites = form.sites;
  if (CAPACITATED.includes(form.problem)) {
    if (form.capacity !== null) body.capacity = form.capacity;
    body.own_capacities = form.own_capacities;
    if (form.uptake_per_1000 !== null) body.uptake_per_1000 = form.uptake_per_1000;
    if (form.problem === 'capacitated-p-median') body.single_source = form.single_source;
  }
  if (form.problem === 'inter-municipal') Object.assign(body, { partners: form.partners, min_share_pct: form.min_share_pct,
    hosts_among_partners: form.hosts_among_partners, cost_per_centre_eur: form.cost_per_centre_eur });
  return body;
}

async function run(ctx) {
  const k = key();
  try {
    job = await withToken(() => api.post(`/api/regions/${state.region.code}/optimize/jobs`, request()), t('scenario.tokenPrompt'));
    ctx.rerender();
    poll(ctx, k);
  } catch (e) { ctx.showError(e); }
}

/** Polls twice a second; while running only the live part is redrawn (the form keeps what is being typed). */
function poll(ctx, k) {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const was = job.status;
    try {
      job = await api.get(`/api/regions/${state.region.code}/optimize/jobs/${job.id}`);
    } catch (e) { ctx.showError(e); job = null; ctx.rerender(); return; }
    if (busy()) { renderJob(document.getElementById('opt-job')); poll(ctx, k); return; }
    if ((job.status === 'cancelled' || job.status === 'failed') && result && !superseded) { superseded = true; drawResult(ctx, result, true); }
    if (job.status === 'cancelled') { // keep asking until the solver has let go of the worker
      if (job.stop_seconds === null) poll(ctx, k);
      if (was !== 'cancelled') ctx.rerender(); else renderJob(document.getElementById('opt-job'));
      return;
    }
    if (job.status === 'done') { result = job.result; resultKey = k; superseded = false; drawResult(ctx, result); }
    ctx.rerender();
    document.getElementById('opt-result')?.scrollIntoView({ block: 'start' });
  }, 500);
}

async function cancel(ctx) {
  clearTimeout(timer);
  try {
    job = await withToken(() => api.del(`/api/regions/${state.region.code}/optimize/jobs/${job.id}`), t('scenario.tokenPrompt'));
  } catch (e) { ctx.showError(e); }
  if (job && job.status === 'cancelled' && result && !superseded) { superseded = true; drawResult(ctx, result, true); }
  ctx.rerender();
  if (job && job.status === 'cancelled' && job.stop_seconds === null) poll(ctx, null);
}

/** The chosen new sites become "add" edits of the scenario (the Scenario tab then shows their effect). */
function apply(ctx) {
  const adds = result.sites.filter(s => !s.existing).map(s => ({ kind: 'add', facility_id: newFacilityId(), name: s.name,
    service_type: state.service, lon: s.lon, lat: s.lat }));
  clearResult();
  result = null;
  job = null;
  ctx.setEdits([...state.edits, ...adds]);
}

function onState(keys) {
  if (keys.includes('region')) { clearTimeout(timer); job = null; result = null; superseded = false; form.partners = []; clearResult(); }
}

/** The result for the printable page: only a finished, current result. */
function printData() {
  if (!result || superseded || resultKey !== key()) return null;
  return { result, job_id: job?.id };
}

registerPanel({ id: 'optimize', titleKey: 'tab.optimize', render, onState, onHide: hideResult, printData });
