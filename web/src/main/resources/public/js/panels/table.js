// A sortable table. columns: [{key, label, num?, cls?, format?(row), sortBy?(row)}] (cls: extra class of the column's cells;
// sortBy: the value sorted on when it is not row[key], e.g. the name as displayed); click a header to sort (state kept per
// table id). Text sorts in the page's language (Latin names on the English page, Cyrillic in Bulgarian).
import { esc } from '../format.js';
import { lang } from '../i18n.js';

const sortState = new Map();

export function sortableTable(id, columns, rows, { footer = null, onRowClick = null, defaultSort = null } = {}) {
  const s = sortState.get(id) || defaultSort || { key: null, dir: 1 };
  const column = s.key ? columns.find(c => c.key === s.key) : null;
  const value = r => column?.sortBy ? column.sortBy(r) : r[s.key];
  const sorted = s.key ? [...rows].sort((a, b) => compare(value(a), value(b)) * s.dir) : rows;
  const table = document.createElement('table');
  table.className = 'data';
  table.id = id;
  const head = columns.map(c => `<th data-key="${c.key}" class="${c.num ? 'num' : ''} ${c.cls || ''}" ${s.key === c.key
    ? `aria-sort="${s.dir > 0 ? 'ascending' : 'descending'}"` : ''}>${esc(c.label)}</th>`).join('');
  const cell = (c, r) => `<td class="${c.num ? 'num' : ''} ${c.cls || ''}">${c.format ? c.format(r) : esc(r[c.key])}</td>`;
  const body = sorted.map((r, i) => `<tr data-i="${rows.indexOf(r)}" class="${onRowClick ? 'clickable' : ''}">${columns.map(c => cell(c, r)).join('')}</tr>`).join('');
  const foot = footer ? `<tfoot><tr>${columns.map(c => cell(c, footer)).join('')}</tr></tfoot>` : '';
  table.innerHTML = `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}`;
  table.querySelectorAll('th').forEach(th => th.addEventListener('click', () => {
    const key = th.dataset.key;
    const cur = sortState.get(id) || s;
    sortState.set(id, { key, dir: cur.key === key ? -cur.dir : (columns.find(c => c.key === key).num ? -1 : 1) });
    table.replaceWith(sortableTable(id, columns, rows, { footer, onRowClick, defaultSort }));
  }));
  if (onRowClick) table.querySelectorAll('tbody tr').forEach(tr => tr.addEventListener('click', () => onRowClick(rows[+tr.dataset.i])));
  return table;
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), lang() === 'bg' ? 'bg' : 'en');
}
