// Mobile tab, beyond the plan: the access re-measured once the plan's visits count (fixed centre / mobile visits / none,
// from the plan's "access", asked for with rescore), and mobile options side by side (1..N teams x bases x visit
// intervals, and one more fixed centre instead) from POST /mobile/options.
import { t, nameOf } from '../i18n.js';
import { num, esc, minutes, pct } from '../format.js';
import { sortableTable } from './table.js';
import { api, ApiError } from '../api.js';
import { every, translate } from './mobile-visits.js';
import { state } from '../state.js';

/** The comparison's settings: teams 1..teams, intervals (none: the plan's), bases (none: the plan's base). */
export const compare = { teams: 3, weeks: [], bases: [] };
export const MAX_PLANS = 60; // Limits.COMPARED_PLANS
let result = null;     // the last comparison's answer
let resultKey = null;  // the settings it was made for
let running = false;
let problems = [];

/** How many plans the comparison makes. */
export function plans() { return Math.max(1, compare.bases.length) * Math.max(1, compare.weeks.length) * compare.teams; }

/** Forgets the comparison (another region). */
export function clearOptions() { result = null; resultKey = null; problems = []; compare.bases = []; }

/** The access re-measured with the plan's visits: the region's population by kind, and a table per municipality. */
export function accessHtml(access, mode = 'car') {
  if (!access) return '';
  const tot = access.total, all = tot.population_fixed + tot.population_mobile + tot.population_none;
  const share = n => all ? 100 * n / all : 0;
  const part = (kind, n, s, colour) => `<div class="access-part" style="width:${share(n)}%;background:${colour}" title="${t('mobile.access.' + kind)}"></div>`;
  // settlements without residents have no access either, but nobody to visit: counted apart, so that "no access" names as
  // many settlements as the plan's "settlements not served"
  const empty = kind => (access.settlements || []).filter(x => x.access_kind === kind && !(x.population > 0)).length;
  const label = (kind, n, s, colour) => {
    const e = kind === 'none' ? empty(kind) : 0;
    return `<span id="mobile-access-${kind}"><i style="background:${colour}"></i>${t('mobile.access.' + kind)}: <strong>${num(n)}</strong> ${t('people')} (${pct(share(n))}, ${num(s - e)} ${t('mobile.settlements')}${e ? ` <span class="muted" id="mobile-access-empty">${t('mobile.access.empty').replace('{n}', num(e))}</span>` : ''})</span>`;
  };
  return `<h3>${t('mobile.access.title')}</h3><p class="muted small">${t('mobile.access.help').replace('{m}', minutes(access.threshold_min) + ' ' + t('min') + ' ' + t('mode.' + mode))}</p>
    <div class="access-bar">${part('fixed', tot.population_fixed, 0, '#0b7a3b')}${part('mobile', tot.population_mobile, 0, '#1f6fd1')}${part('none', tot.population_none, 0, '#b00020')}</div>
    <div class="access-legend">${label('fixed', tot.population_fixed, tot.settlements_fixed, '#0b7a3b')}${label('mobile', tot.population_mobile, tot.settlements_mobile, '#1f6fd1')}${label('none', tot.population_none, tot.settlements_none, '#b00020')}</div>
    <div id="mobile-access-table"></div>`;
}

/** Fills the per-municipality table of {@link accessHtml}. */
export function bindAccess(box, access) {
  const holder = box.querySelector('#mobile-access-table');
  if (!access || !holder) return;
  const rows = access.by_municipality.map(m => ({ name: nameOf(m.name_bg, m.name_en), fixed: m.counts.population_fixed,
    mobile: m.counts.population_mobile, none: m.counts.population_none }));
  holder.appendChild(sortableTable('mobile-access', [
    { key: 'name', label: t('col.municipality'), format: x => esc(x.name) },
    { key: 'fixed', label: t('mobile.access.fixedShort'), num: true, format: x => num(x.fixed) },
    { key: 'mobile', label: t('mobile.access.mobileShort'), num: true, format: x => num(x.mobile) },
    { key: 'none', label: t('mobile.access.noneShort'), num: true, format: x => num(x.none) },
  ], rows, { defaultSort: { key: 'mobile', dir: -1 } }));
}

/** The comparison block: settings, button, and the table of the last comparison. facilities: the bases one may pick. */
export function optionsHtml(facilities, key) {
  const n = plans();
  const errors = problems.length ? `<div class="message error" id="mobile-options-errors"><ul>${problems.map(p =>
    `<li>${esc(p.field ? p.field + ': ' : '')}${esc(translate(p.message))}</li>`).join('')}</ul></div>` : '';
  return `<details class="visit-block" id="mobile-options-block" ${result || compare.bases.length || running ? 'open' : ''}>
    <summary class="block-label">${t('mobile.options.title')}</summary>
    <p class="muted small">${t('mobile.options.help')}</p>
    <div class="form-grid">
      <label>${t('mobile.options.teams')}<select id="mobile-options-teams">${[1, 2, 3, 4, 5].map(v => `<option value="${v}" ${v === compare.teams ? 'selected' : ''}>1–${v}</option>`).join('')}</select></label>
      <div><div class="opt-partners-label">${t('mobile.options.intervals')}</div><div class="row" id="mobile-options-weeks">${[1, 2, 4].map(w =>
        `<label class="check"><input type="checkbox" value="${w}" ${compare.weeks.includes(w) ? 'checked' : ''}>${every(w)}</label>`).join(' ')}</div></div>
    </div>
    <div class="opt-partners-label">${t('mobile.options.bases')}</div>
    <div class="opt-partners" id="mobile-options-bases">${facilities.map(f =>
      `<label class="check"><input type="checkbox" value="${esc(f.id)}" ${compare.bases.includes(f.id) ? 'checked' : ''}>${esc(f.name)}</label>`).join('')}</div>
    <p class="muted small" id="mobile-options-count">${t('mobile.options.count').replace('{n}', n).replace('{max}', MAX_PLANS)}</p>
    ${errors}
    <div class="row"><button type="button" class="btn" id="mobile-options-run" ${running || n > MAX_PLANS ? 'disabled' : ''}>${running ? t('status.computing') : t('mobile.options.run')}</button></div>
    <div id="mobile-options-result">${result ? resultHtml(key) : ''}</div></details>`;
}

function resultHtml(key) {
  const r = result, c = r.one_more_fixed_centre;
  return `${resultKey === key ? '' : `<p class="message warn" id="mobile-options-stale">${t('mobile.options.stale')}</p>`}
    <p class="muted" id="mobile-options-target">${t('mobile.options.target').replace('{n}', num(r.target_settlements)).replace('{p}', num(r.target_population)).replace('{m}', minutes(r.threshold_min))}</p>
    <div id="mobile-options-table" class="table-scroll"></div>
    <p id="mobile-options-centre">${c ? t('mobile.options.centre').replace('{name}', esc(c.name)).replace('{p}', num(c.population_newly_covered))
      .replace('{n}', num(c.settlements_newly_covered)) : t('mobile.options.noCentre')}</p>
    ${r.travel_time_source === 'estimated' ? `<p class="muted small">${t('mobile.options.estimated')}</p>` : ''}`;
}

/** Binds the block's inputs; code() the region, request() the plan's request body, key() the settings' key, rerender() redraws. */
export function bindOptions(body, code, request, key, rerender) {
  const block = body.querySelector('#mobile-options-block');
  if (!block) return;
  const recount = () => {
    const n = plans();
    block.querySelector('#mobile-options-count').textContent = t('mobile.options.count').replace('{n}', n).replace('{max}', MAX_PLANS);
    block.querySelector('#mobile-options-run').disabled = running || n > MAX_PLANS;
  };
  block.querySelector('#mobile-options-teams').addEventListener('change', e => { compare.teams = +e.target.value; recount(); });
  block.querySelector('#mobile-options-weeks').addEventListener('change', () => {
    compare.weeks = [...block.querySelectorAll('#mobile-options-weeks input:checked')].map(b => +b.value); recount();
  });
  block.querySelector('#mobile-options-bases').addEventListener('change', () => {
    compare.bases = [...block.querySelectorAll('#mobile-options-bases input:checked')].map(b => b.value); recount();
  });
  block.querySelector('#mobile-options-run').addEventListener('click', () => run(code, request, key, rerender));
  if (result) {
    const rows = result.mobile_options.map((o, i) => ({ ...o, i }));
    block.querySelector('#mobile-options-table').appendChild(sortableTable('mobile-options', [
      { key: 'i', label: t('mobile.options.option'), num: false, format: x => `<span class="nowrap">${esc(x.base_name)}</span><br>
        <span class="muted small nowrap">${every(x.frequency_weeks)} · ${x.teams} ${t(x.teams === 1 ? 'mobile.options.team' : 'mobile.options.teamsShort')}</span>` },
      { key: 'population_served', label: t('mobile.options.reached'), num: true, format: x => num(x.population_served) },
      { key: 'population_unserved', label: t('mobile.options.unserved'), num: true, format: x => num(x.population_unserved) },
      { key: 'team_hours', label: t('mobile.options.hours'), num: true, format: x => num(Math.round(x.team_hours)) },
      { key: 'distance_km', label: t('unit.km'), num: true, format: x => num(Math.round(x.distance_km)) },
      { key: 'marginal_population_of_last_team', label: t('mobile.options.lastTeam'), num: true, format: x => num(x.marginal_population_of_last_team) },
    ], rows));
  }
}

async function run(code, request, key, rerender) {
  running = true;
  rerender();
  const k = key();
  try {
    const body = { ...request(), compare_teams: compare.teams };
    if (compare.bases.length) body.compare_bases = compare.bases;
    if (compare.weeks.length) body.compare_frequencies_weeks = compare.weeks;
    result = await api.post(`/api/regions/${code()}/mobile/options`, body);
    resultKey = k;
    problems = [];
  } catch (e) {
    result = null;
    problems = e instanceof ApiError && (e.body.problems || []).length ? e.body.problems
      : [{ field: '', message: e instanceof ApiError ? (e.body.message || e.message) : String(e) }];
  }
  running = false;
  rerender();
  document.getElementById('mobile-options-result')?.scrollIntoView({ block: 'nearest' });
}
