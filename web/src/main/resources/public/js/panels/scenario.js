// Scenario tab: the edits (add / move / close / capacity), the comparison with the baseline, saved scenarios.
import { registerPanel } from './registry.js';
import { state, set } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { num, signed, esc, minutes, minutesPair } from '../format.js';
import { sortableTable } from './table.js';
import { api, withToken } from '../api.js';

let saved = [];
// the closure's name and winter box as typed, kept across redraws of the panel (a result arriving redraws it)
let closureDraft = { name: '', winter: false };
let savedLoadedFor = null;

function editLabel(e) {
  if (e.kind === 'close-roads') {
    const tags = [e.season ? t('closure.winterTag') : '', (e.road_classes || []).join(', ')].filter(Boolean).join(' · ');
    return `${t('edit.close-roads')} — ${esc(e.name || (e.geometry.type === 'Polygon' ? t('closure.area') : t('closure.line')))}${tags ? ` <span class="muted">(${esc(tags)})</span>` : ''}`;
  }
  const f = state.baselineFacilities.find(x => x.id === e.facility_id);
  const name = e.kind === 'add' ? (e.name || e.facility_id) : (f ? f.name : e.facility_id);
  const extra = e.kind === 'capacity' ? ': ' + num(e.capacity) + ' ' + t('unit.places') : '';
  if (e.kind === 'add') return `<strong>+</strong> ${esc(name)}`;
  return `${t('edit.' + e.kind)} — ${esc(name)}${extra}`;
}

function closureHtml() {
  const road = state.coverage && state.coverage.travel_time_source === 'road';
  if (!road) return `<h3>${t('closure.title')}</h3><p class="muted" id="closure-needs-road">${t('closure.needsRoad')}</p>`;
  const d = state.drawingClosure;
  return `<h3>${t('closure.title')}</h3>
    <div class="row"><input type="text" id="closure-name" placeholder="${t('closure.name')}" value="${esc(d ? d.name : closureDraft.name)}"></div>
    <label class="closure-winter"><input type="checkbox" id="closure-winter" ${(d ? d.winter : closureDraft.winter) ? 'checked' : ''}> ${t('closure.winter')}</label>
    <div class="row">
      <button type="button" class="btn ${d?.shape === 'line' ? 'active' : ''}" id="btn-close-line">${t('closure.line')}</button>
      <button type="button" class="btn ${d?.shape === 'area' ? 'active' : ''}" id="btn-close-area">${t('closure.area')}</button>
    </div>
    ${d ? `<p class="muted" id="closure-drawing">${t('closure.drawing')}</p><div class="row">
      <button type="button" class="btn primary" id="btn-closure-finish">${t('closure.finish')}</button>
      <button type="button" class="btn" id="btn-closure-cancel">${t('closure.cancel')}</button></div>` : ''}`;
}

function wireClosures(body, ctx) {
  const start = shape => {
    const name = body.querySelector('#closure-name').value.trim();
    const winter = body.querySelector('#closure-winter').checked;
    set({ drawingClosure: { shape, name, winter } });
    ctx.drawClosure(shape, geometry => {
      closureDraft = { name: '', winter: false };
      set({ drawingClosure: null });
      ctx.setEdits([...state.edits, { kind: 'close-roads', name, season: winter ? 'winter' : '', geometry,
        road_classes: winter ? ['track', 'unclassified'] : [] }]);
    }, () => { set({ drawingClosure: null }); ctx.rerender(); });
    ctx.rerender();
  };
  body.querySelector('#closure-name')?.addEventListener('input', e => { if (!state.drawingClosure) closureDraft.name = e.target.value; });
  body.querySelector('#closure-winter')?.addEventListener('change', e => { if (!state.drawingClosure) closureDraft.winter = e.target.checked; });
  body.querySelector('#btn-close-line')?.addEventListener('click', () => start('line'));
  body.querySelector('#btn-close-area')?.addEventListener('click', () => start('area'));
  body.querySelector('#btn-closure-finish')?.addEventListener('click', () => ctx.finishClosure());
  body.querySelector('#btn-closure-cancel')?.addEventListener('click', () => { ctx.cancelClosure(); set({ drawingClosure: null }); ctx.rerender(); });
}

function comparisonHtml() {
  const c = state.comparison;
  if (!state.edits.length) return `<p class="muted">${t('scenario.none')}</p>`;
  if (!c) return '';
  const d = c.total.covered_population_delta;
  return `<h3>${t('scenario.vsBaseline')}</h3>
    <div class="kpis"><div class="kpi wide"><div class="delta-big ${d > 0 ? 'pos' : d < 0 ? 'neg' : ''}" id="scenario-delta">${signed(d)}</div>
      <div class="l">${t('scenario.delta')} (${num(c.total.covered_population_before)} → ${num(c.total.covered_population_after)}) · ${c.threshold_min} ${t('min')}</div></div>
    <div class="kpi"><div class="v pos">+${num(c.total.settlements_gained)}</div><div class="l">${t('change.gained')} (${num(c.total.population_gained)} ${t('people')})</div></div>
    <div class="kpi"><div class="v ${c.total.settlements_lost ? 'neg' : ''}">${c.total.settlements_lost ? '−' : ''}${num(c.total.settlements_lost)}</div><div class="l">${t('change.lost')} (${num(c.total.population_lost)} ${t('people')})</div></div></div>
    <h3>${t('h.changes')}</h3><div id="change-table"></div><h3>${t('h.changedSettlements')}</h3><div id="changed-list"></div>`;
}

function render(body, ctx) {
  const write = state.config.write;
  body.innerHTML = `<p class="muted">${t('scenario.help')}</p>
    <div class="row">
      <button type="button" class="btn ${state.addMode ? 'active' : 'primary'}" id="btn-add-centre">+ ${t('scenario.add')}</button>
      <button type="button" class="btn" id="btn-undo" ${state.edits.length ? '' : 'disabled'}>${t('scenario.undo')}</button>
      <button type="button" class="btn danger" id="btn-reset" ${state.edits.length ? '' : 'disabled'}>${t('scenario.reset')}</button>
    </div>
    ${closureHtml()}
    <h3>${t('h.edits')}</h3>
    <ul class="edits" id="edit-list">${state.edits.map((e, i) => `<li><span>${editLabel(e)}</span><span>${e.kind === 'add'
      ? `<button type="button" class="rename-edit" data-rename="${i}" title="${t('scenario.renameCentre')}" aria-label="${t('scenario.renameCentre')}">✎</button>` : ''}<button type="button" class="remove-edit" data-i="${i}" title="${t('mobile.remove')}" aria-label="${t('mobile.remove')}">✕</button></span></li>`).join('')}</ul>
    ${comparisonHtml()}
    <h3>${t('h.saved')}</h3>
    ${write === 'read-only' ? `<p class="muted">${t('scenario.readOnly')}</p>` : ''}
    <div class="row"><input type="text" id="scenario-name" placeholder="${t('scenario.name')}" value="${esc(state.scenario?.name || '')}" ${write === 'read-only' ? 'disabled' : ''}>
      <button type="button" class="btn primary" id="btn-save" ${write === 'read-only' ? 'disabled' : ''}>${t('scenario.save')}</button>
      ${state.scenario ? `<button type="button" class="btn" id="btn-save-as" ${write === 'read-only' ? 'disabled' : ''}>${t('scenario.saveAs')}</button>` : ''}</div>
    <div id="saved-list"></div>`;
  body.querySelector('#btn-add-centre').addEventListener('click', () => ctx.setAddMode(!state.addMode));
  body.querySelector('#btn-undo').addEventListener('click', () => ctx.setEdits(state.edits.slice(0, -1)));
  body.querySelector('#btn-reset').addEventListener('click', () => {
    // cleared edits are no longer the open saved scenario: "Save" must not overwrite it with nothing
    const was = state.scenario;
    set({ scenario: null });
    ctx.setEdits([]);
    if (was) ctx.showMessage(t('scenario.cleared'));
  });
  body.querySelectorAll('#edit-list button.remove-edit').forEach(b => b.addEventListener('click', () =>
    ctx.setEdits(state.edits.filter((_, i) => i !== +b.dataset.i))));
  wireClosures(body, ctx);
  body.querySelectorAll('#edit-list button.rename-edit').forEach(b => b.addEventListener('click', () => renameCentre(ctx, +b.dataset.rename)));
  body.querySelector('#btn-save').addEventListener('click', () => save(ctx, false));
  body.querySelector('#btn-save-as')?.addEventListener('click', () => save(ctx, true));
  if (state.comparison && state.edits.length) renderComparisonTables(body, ctx);
  renderSaved(body, ctx);
  if (savedLoadedFor !== state.region.code) refreshSaved(ctx);
}

function renderComparisonTables(body, ctx) {
  const c = state.comparison;
  const rows = c.by_municipality.filter(m => m.covered_population_delta || m.settlements_gained || m.settlements_lost)
    .map(m => ({ ...m, name: nameOf(m.name_bg, m.name_en) }));
  body.querySelector('#change-table').appendChild(sortableTable('changes', [
    { key: 'name', label: t('col.municipality') },
    { key: 'covered_population_before', label: t('col.before'), num: true, format: r => num(r.covered_population_before) },
    { key: 'covered_population_after', label: t('col.after'), num: true, format: r => num(r.covered_population_after) },
    { key: 'covered_population_delta', label: t('col.delta'), num: true,
      format: r => `<span class="${r.covered_population_delta > 0 ? 'pos' : r.covered_population_delta < 0 ? 'neg' : ''}">${signed(r.covered_population_delta)}</span>` },
    { key: 'settlements_gained', label: t('col.gained'), num: true, format: r => num(r.settlements_gained) },
    { key: 'settlements_lost', label: t('col.lost'), num: true, format: r => num(r.settlements_lost) },
  ], rows, { onRowClick: r => ctx.zoomToMunicipality(r.code) }));
  const changed = c.changed.filter(s => s.change !== 'population').slice(0, 40)
    .map(s => ({ ...s, label: nameOf(s.name, s.name_en), what: t('change.' + s.change) }));
  body.querySelector('#changed-list').appendChild(sortableTable('changed', [
    { key: 'label', label: t('col.settlement'), format: r => esc(r.label) },
    { key: 'population_after', label: t('col.population'), num: true, format: r => num(r.population_after) },
    { key: 'travel_time_min_before', label: t('col.before'), num: true, format: r => minutesPair(r.travel_time_min_before, r.travel_time_min_after)[0] },
    { key: 'travel_time_min_after', label: t('col.after'), num: true, format: r => minutesPair(r.travel_time_min_before, r.travel_time_min_after)[1] },
    { key: 'what', label: '', format: r => `<span class="${r.change === 'gained' || r.change === 'faster' ? 'pos' : 'neg'}">${esc(r.what)}</span>` },
  ], changed, { onRowClick: r => ctx.openSettlement(r.id) }));
}

function renderSaved(body, ctx) {
  const box = body.querySelector('#saved-list');
  if (!saved.length) { box.innerHTML = `<p class="muted">${t('scenario.noneSaved')}</p>`; return; }
  const ro = state.config.write === 'read-only';
  box.innerHTML = `<ul class="edits saved">${saved.map(s => `<li data-id="${esc(s.id)}"><span>${esc(s.name)}
      <span class="muted">(${t('scenario.version')} ${s.version} · ${num(s.edit_count)} ${t('scenario.editCount')})${state.scenario?.id === s.id ? ' · ' + t('scenario.current') : ''}</span></span>
      <span class="actions"><button type="button" class="btn" data-act="load">${t('scenario.load')}</button>
      <button type="button" class="btn quiet" data-act="rename" ${ro ? 'disabled' : ''}>${t('scenario.rename')}</button>
      <button type="button" class="btn danger" data-act="delete" ${ro ? 'disabled' : ''}>${t('scenario.delete')}</button></span></li>`).join('')}</ul>`;
  box.querySelectorAll('button').forEach(b => b.addEventListener('click', () => {
    const id = b.closest('li').dataset.id;
    ({ load, rename, remove })[b.dataset.act === 'delete' ? 'remove' : b.dataset.act](ctx, saved.find(s => s.id === id));
  }));
}

async function refreshSaved(ctx) {
  savedLoadedFor = state.region.code;
  try {
    saved = await api.get(`/api/regions/${state.region.code}/scenarios`);
    ctx.rerender();
  } catch (e) { ctx.showError(e); }
}

/** Runs a write; on 401 asks for the token once and retries. */
async function write(ctx, fn) {
  return withToken(fn, t('scenario.tokenPrompt'));
}

async function save(ctx, asNew) {
  const name = document.getElementById('scenario-name').value.trim();
  try {
    const body = { name, edits: state.edits };
    const s = state.scenario && !asNew
      ? await write(ctx, () => api.put(`/api/scenarios/${state.scenario.id}`, { ...body, version: state.scenario.version }))
      : await write(ctx, () => api.post(`/api/regions/${state.region.code}/scenarios`, body));
    set({ scenario: { id: s.id, name: s.name, version: s.version } });
    ctx.showMessage(`${t('scenario.saved')}: ${s.name} (${t('scenario.version')} ${s.version})`);
    await refreshSaved(ctx);
  } catch (e) { ctx.showError(e); }
}

async function load(ctx, s) {
  try {
    const full = await api.get(`/api/scenarios/${s.id}`);
    set({ scenario: { id: full.id, name: full.name, version: full.version } });
    ctx.setEdits(full.edits.map(e => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== null))));
    ctx.showMessage(`${t('scenario.loaded')}: ${full.name}`);
  } catch (e) { ctx.showError(e); }
}

/** Renames a centre the scenario added (its name shows in the edit list, on the map and in exports). */
function renameCentre(ctx, i) {
  const e = state.edits[i];
  const name = window.prompt(t('scenario.centreName'), e.name || '');
  if (!name || !name.trim()) return;
  const edits = state.edits.slice();
  edits[i] = { ...e, name: name.trim() };
  ctx.setEdits(edits);
}

async function rename(ctx, s) {
  const name = window.prompt(t('scenario.newName'), s.name);
  if (!name) return;
  try {
    const full = await api.get(`/api/scenarios/${s.id}`);
    const version = state.scenario?.id === s.id ? state.scenario.version : full.version;
    const updated = await write(ctx, () => api.put(`/api/scenarios/${s.id}`, { name, edits: full.edits, version }));
    if (state.scenario?.id === s.id) set({ scenario: { id: updated.id, name: updated.name, version: updated.version } });
    await refreshSaved(ctx);
  } catch (e) { ctx.showError(e); }
}

async function remove(ctx, s) {
  if (!window.confirm(`${t('scenario.confirmDelete')} „${s.name}“?`)) return;
  try {
    const version = state.scenario?.id === s.id ? state.scenario.version : s.version;
    await write(ctx, () => api.del(`/api/scenarios/${s.id}?version=${version}`));
    if (state.scenario?.id === s.id) set({ scenario: null });
    ctx.showMessage(t('scenario.deleted'));
    await refreshSaved(ctx);
  } catch (e) { ctx.showError(e); }
}

registerPanel({ id: 'scenario', titleKey: 'tab.scenario', render });
