// Scenario tab: the edits (add / move / close / capacity), the comparison with the baseline, saved scenarios.
import { registerPanel } from './registry.js';
import { state, set } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { num, signed, esc, minutes } from '../format.js';
import { sortableTable } from './table.js';
import { api, withToken } from '../api.js';

let saved = [];
let savedLoadedFor = null;

function editLabel(e) {
  const f = state.baselineFacilities.find(x => x.id === e.facilityId);
  const name = e.kind === 'add' ? (e.name || e.facilityId) : (f ? f.name : e.facilityId);
  const extra = e.kind === 'capacity' ? ': ' + num(e.capacity) : '';
  if (e.kind === 'add') return `<strong>+</strong> ${esc(name)}`;
  return `${t('edit.' + e.kind)} — ${esc(name)}${extra}`;
}

function comparisonHtml() {
  const c = state.comparison;
  if (!state.edits.length) return `<p class="muted">${t('scenario.none')}</p>`;
  if (!c) return '';
  const d = c.total.coveredPopulationDelta;
  return `<h3>${t('scenario.vsBaseline')}</h3>
    <div class="kpis"><div class="kpi wide"><div class="delta-big ${d > 0 ? 'pos' : d < 0 ? 'neg' : ''}" id="scenario-delta">${signed(d)}</div>
      <div class="l">${t('scenario.delta')} (${num(c.total.coveredPopulationBefore)} → ${num(c.total.coveredPopulationAfter)}) · ${c.thresholdMin} ${t('min')}</div></div>
    <div class="kpi"><div class="v pos">+${num(c.total.settlementsGained)}</div><div class="l">${t('change.gained')} (${num(c.total.populationGained)} ${t('people')})</div></div>
    <div class="kpi"><div class="v ${c.total.settlementsLost ? 'neg' : ''}">${c.total.settlementsLost ? '−' : ''}${num(c.total.settlementsLost)}</div><div class="l">${t('change.lost')} (${num(c.total.populationLost)} ${t('people')})</div></div></div>
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
    <h3>${t('h.edits')}</h3>
    <ul class="edits" id="edit-list">${state.edits.map((e, i) => `<li><span>${editLabel(e)}</span><button type="button" data-i="${i}" title="✕">✕</button></li>`).join('')}</ul>
    ${comparisonHtml()}
    <h3>${t('h.saved')}</h3>
    ${write === 'read-only' ? `<p class="muted">${t('scenario.readOnly')}</p>` : ''}
    <div class="row"><input type="text" id="scenario-name" placeholder="${t('scenario.name')}" value="${esc(state.scenario?.name || '')}" ${write === 'read-only' ? 'disabled' : ''}>
      <button type="button" class="btn primary" id="btn-save" ${write === 'read-only' ? 'disabled' : ''}>${t('scenario.save')}</button>
      ${state.scenario ? `<button type="button" class="btn" id="btn-save-as" ${write === 'read-only' ? 'disabled' : ''}>${t('scenario.saveAs')}</button>` : ''}</div>
    <div id="saved-list"></div>`;
  body.querySelector('#btn-add-centre').addEventListener('click', () => ctx.setAddMode(!state.addMode));
  body.querySelector('#btn-undo').addEventListener('click', () => ctx.setEdits(state.edits.slice(0, -1)));
  body.querySelector('#btn-reset').addEventListener('click', () => ctx.setEdits([]));
  body.querySelectorAll('#edit-list button').forEach(b => b.addEventListener('click', () =>
    ctx.setEdits(state.edits.filter((_, i) => i !== +b.dataset.i))));
  body.querySelector('#btn-save').addEventListener('click', () => save(ctx, false));
  body.querySelector('#btn-save-as')?.addEventListener('click', () => save(ctx, true));
  if (state.comparison && state.edits.length) renderComparisonTables(body, ctx);
  renderSaved(body, ctx);
  if (savedLoadedFor !== state.region.code) refreshSaved(ctx);
}

function renderComparisonTables(body, ctx) {
  const c = state.comparison;
  const rows = c.byMunicipality.filter(m => m.coveredPopulationDelta || m.settlementsGained || m.settlementsLost)
    .map(m => ({ ...m, name: nameOf(m.nameBg, m.nameEn) }));
  body.querySelector('#change-table').appendChild(sortableTable('changes', [
    { key: 'name', label: t('col.municipality') },
    { key: 'coveredPopulationBefore', label: t('col.before'), num: true, format: r => num(r.coveredPopulationBefore) },
    { key: 'coveredPopulationAfter', label: t('col.after'), num: true, format: r => num(r.coveredPopulationAfter) },
    { key: 'coveredPopulationDelta', label: t('col.delta'), num: true,
      format: r => `<span class="${r.coveredPopulationDelta > 0 ? 'pos' : r.coveredPopulationDelta < 0 ? 'neg' : ''}">${signed(r.coveredPopulationDelta)}</span>` },
    { key: 'settlementsGained', label: t('col.gained'), num: true, format: r => num(r.settlementsGained) },
    { key: 'settlementsLost', label: t('col.lost'), num: true, format: r => num(r.settlementsLost) },
  ], rows, { onRowClick: r => ctx.zoomToMunicipality(r.code) }));
  const changed = c.changed.filter(s => s.change !== 'population').slice(0, 40)
    .map(s => ({ ...s, label: nameOf(s.name, s.nameEn), what: t('change.' + s.change) }));
  body.querySelector('#changed-list').appendChild(sortableTable('changed', [
    { key: 'label', label: t('col.settlement'), format: r => esc(r.label) },
    { key: 'populationAfter', label: t('col.population'), num: true, format: r => num(r.populationAfter) },
    { key: 'travelTimeMinBefore', label: t('col.before'), num: true, format: r => minutes(r.travelTimeMinBefore) },
    { key: 'travelTimeMinAfter', label: t('col.after'), num: true, format: r => minutes(r.travelTimeMinAfter) },
    { key: 'what', label: '', format: r => `<span class="${r.change === 'gained' || r.change === 'faster' ? 'pos' : 'neg'}">${esc(r.what)}</span>` },
  ], changed, { onRowClick: r => ctx.openSettlement(r.id) }));
}

function renderSaved(body, ctx) {
  const box = body.querySelector('#saved-list');
  if (!saved.length) { box.innerHTML = `<p class="muted">${t('scenario.noneSaved')}</p>`; return; }
  const ro = state.config.write === 'read-only';
  box.innerHTML = `<ul class="edits">${saved.map(s => `<li data-id="${esc(s.id)}"><span>${esc(s.name)}
      <span class="muted">(${t('scenario.version')} ${s.version}, ${s.editCount})${state.scenario?.id === s.id ? ' · ' + t('scenario.current') : ''}</span></span>
      <span><button type="button" class="btn" data-act="load">${t('scenario.load')}</button>
      <button type="button" class="btn" data-act="rename" ${ro ? 'disabled' : ''}>${t('scenario.rename')}</button>
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
