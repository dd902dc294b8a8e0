// Occupancy under places, shared by the Places tab (the existing centres) and the Optimize tab (the chosen sites of a
// capacitated run), so that both show the same columns in the same units: the users (demand), places, served and not
// served; per centre or site its municipality, places, users assigned, occupancy and free places; the settlements whose
// users are not (all) served.
import { state } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { num, decimal, pct, esc, columnLabel } from '../format.js';
import { sortableTable } from './table.js';

export function municipalityName(code) {
  const m = (state.region?.municipalities || []).find(x => x.code === code);
  return m ? nameOf(m.name_bg, m.name_en) : (code || '');
}

/** Users, places, served, not served; prefix names the ids (cap-users, opt-cap-users, ...). */
export function capacityKpis(prefix, { users, places, served, unserved }) {
  return `<div class="kpis">
      <div class="kpi"><div class="v" id="${prefix}-users">${decimal(users, 1)}</div><div class="l">${t('cap.users')}</div></div>
      <div class="kpi"><div class="v" id="${prefix}-places">${num(places)}</div><div class="l">${t('cap.places')}</div></div>
      <div class="kpi"><div class="v" id="${prefix}-served">${decimal(served, 1)}</div><div class="l">${t('cap.served')}</div></div>
      <div class="kpi"><div class="v" id="${prefix}-unserved">${decimal(unserved, 1)}</div><div class="l">${t('cap.unserved')}</div></div>
    </div>`;
}

/** The uptake line: rate and column, and whether the rate is an assumption or derived from published figures. */
export function uptakeLine(demand) {
  const assumed = demand.source.startsWith('assumption');
  const published = demand.source.startsWith('published');
  return `${t('cap.rate').replace('{rate}', decimal(demand.users_per1000, demand.users_per1000 < 0.1 ? 3 : 2)).replace('{column}', esc(columnLabel(demand.column)))}
      ${assumed ? `<strong>${t('cap.assumed')}</strong>` : ''}${published ? `<span class="uptake-published" title="${esc(demand.source)}">${t('cap.published')}</span>` : ''}`;
}

/**
 * Rows {name, municipality (code), capacity_places, assigned_users, occupancy (0..1), free_places, existing?}: one table,
 * the first column labelled siteLabel; a full site (occupancy 100 % or more) is marked; free places (places minus users)
 * only where the panel is wide enough (a container query in app.css); in a box that scrolls sideways if still too narrow.
 */
export function occupancyTable(id, siteLabel, rows, onRowClick = null) {
  const data = rows.map(r => ({ ...r, muni: municipalityName(r.municipality) }));
  const box = document.createElement('div');
  box.className = 'table-scroll occupancy';
  box.appendChild(sortableTable(id, [
    { key: 'name', label: siteLabel, cls: 'words', format: r => `${esc(r.name)}${r.existing === true ? ` <span class="site-kind muted">(${t('opt.existing')})</span>`
      : r.existing === false ? ` <strong class="site-kind pos">${t('opt.new')}</strong>` : ''}` },
    { key: 'muni', label: t('col.municipality'), cls: 'words', format: r => esc(r.muni) },
    { key: 'capacity_places', label: t('col.places'), num: true, format: r => num(r.capacity_places) },
    { key: 'assigned_users', label: t('col.users'), num: true, format: r => decimal(r.assigned_users, 1) },
    { key: 'occupancy', label: t('col.occupancy'), num: true, format: r => `<span class="${r.occupancy >= 0.9999 ? 'full' : ''}">${pct(100 * r.occupancy)}</span>` },
    { key: 'free_places', label: t('col.freePlaces'), num: true, cls: 'wide-only', format: r => decimal(r.free_places, 1) },
  ], data, { onRowClick }));
  return box;
}

/** Settlements {name, municipality (code), users, unserved_users}: those with users not served, most first; or a line. */
export function unservedTable(box, id, settlements) {
  const rows = settlements.filter(s => s.unserved_users > 0).map(s => ({ ...s, muni: municipalityName(s.municipality) }));
  if (!rows.length) { box.innerHTML = `<p class="muted">${t('cap.allServed')}</p>`; return; }
  box.appendChild(sortableTable(id, [
    { key: 'name', label: t('col.settlement'), format: r => esc(r.name) },
    { key: 'muni', label: t('col.municipality') },
    { key: 'users', label: t('col.users'), num: true, format: r => decimal(r.users, 1) },
    { key: 'unserved_users', label: t('col.unservedUsers'), num: true, format: r => decimal(r.unserved_users, 1) },
  ], rows, { defaultSort: { key: 'unserved_users', dir: -1 } }));
}
