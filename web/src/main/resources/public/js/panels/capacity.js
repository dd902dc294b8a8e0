// Places tab: the existing centres of the service under their places. Service users (residents x uptake rate) are assigned
// to the centres within the standard that have free places (POST /coverage with "capacitated": true): the users served
// and not served, the occupancy per centre, and the settlements with users not served.
import { registerPanel, activeId, renderActive } from './registry.js';
import { state, viewRequest } from '../state.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { decimal, esc } from '../format.js';
import { describeError } from '../errors.js';
import { capacityKpis, uptakeLine, occupancyTable, unservedTable } from './occupancy.js';

const form = { uptake: null, single: false };
let result = null;
let error = null;
let busy = false;

async function run() {
  busy = true;
  error = null;
  rerender();
  const body = { ...viewRequest(), capacitated: true };
  if (form.uptake !== null) body.uptake_per_1000 = form.uptake;
  if (form.single) body.single_source = true;
  try {
    result = (await api.post(`/api/regions/${state.region.code}/coverage`, body)).capacity;
  } catch (e) {
    result = null;
    error = describeError(e).head;
  }
  busy = false;
  rerender();
}

function rerender() { if (activeId() === 'capacity') renderActive(); }

function optimality(c) {
  const o = c.optimality;
  if (o.status === 'exact') return t('cap.exact');
  if (o.status === 'optimal') return t('cap.optimal');
  return t('cap.heuristic').replace('{bound}', decimal(o.bound_served_users, 1)).replace('{gap}', decimal(o.gap_served_pct, 2));
}

function render(body) {
  body.innerHTML = `<p class="muted">${t('cap.help')}</p>
    <div class="form-grid">
      <label>${t('opt.uptake')}<input type="number" id="cap-uptake" min="0" step="0.5" value="${form.uptake ?? ''}"></label>
      <label class="check"><input type="checkbox" id="cap-single" ${form.single ? 'checked' : ''}> ${t('opt.singleSource')}</label>
      <button type="button" class="btn" id="cap-run" ${busy ? 'disabled' : ''}>${busy ? '…' : t('cap.run')}</button>
    </div>
    ${error ? `<p class="message error" id="cap-error">${esc(error)}</p>` : ''}
    <div id="cap-result"></div>`;
  body.querySelector('#cap-uptake').addEventListener('change', e => { form.uptake = e.target.value === '' ? null : +e.target.value; });
  body.querySelector('#cap-single').addEventListener('change', e => { form.single = e.target.checked; });
  body.querySelector('#cap-run').addEventListener('click', run);
  if (!result) return;
  const c = result;
  const out = body.querySelector('#cap-result');
  out.innerHTML = `${capacityKpis('cap', { users: c.users, places: c.places, served: c.served_users, unserved: c.unserved_users })}
    <p class="muted" id="cap-rate">${uptakeLine(c.demand)} · ${t('cap.within').replace('{min}', Math.round(c.threshold_seconds / 60))}
      · <span id="cap-optimality">${optimality(c)}</span>${c.facilities_illustrative ? ` · <strong>${t('cap.illustrative')}</strong>` : ''}</p>
    <h3>${t('cap.occupancy')}</h3><div id="cap-centres"></div>
    <h3>${t('cap.unservedBy')}</h3><div id="cap-settlements"></div>`;
  out.querySelector('#cap-centres').appendChild(occupancyTable('capacity-centres', t('col.centre'), c.centres));
  unservedTable(out.querySelector('#cap-settlements'), 'capacity-settlements', c.settlements);
}

// a new view (service, threshold, edits, population) makes the last answer stale
function onState(keys) { if (keys.includes('coverage') && result && !busy) result = null; }

registerPanel({ id: 'capacity', titleKey: 'tab.capacity', render, onState });
