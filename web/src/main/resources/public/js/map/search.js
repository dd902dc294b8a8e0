// Settlement search on the map: type part of a name in Cyrillic or Latin (the official Bulgarian transliteration,
// so "Smolyan", "smolian" and "Смолян" all find Смолян); Enter or a click opens the settlement.
import { state } from '../state.js';
import { t, nameOf } from '../i18n.js';
import { esc } from '../format.js';

// Bulgarian streamlined transliteration (the law of 2009), lower case
const LATIN = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya' };

export function transliterate(text) {
  return [...String(text).toLowerCase()].map(c => LATIN[c] ?? c).join('');
}

/** A search key: lower case, Latin, without accents or punctuation, and with ia/iu folded into ya/yu (common spellings). */
export function searchKey(text) {
  return transliterate(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
    .replace(/i(?=[aou])/g, 'y').replace(/j/g, 'y');
}

/** The settlements matching a query, best first (name starts with it, then a word starts with it, then contains it). */
export function findSettlements(query, limit = 8) {
  const q = searchKey(query);
  if (!q) return [];
  const hits = [];
  for (const f of state.settlements?.features || []) {
    const p = f.properties;
    const keys = [searchKey(p.name), searchKey(p.name_en)];
    let rank = 9;
    for (const k of keys) {
      if (k.startsWith(q)) rank = Math.min(rank, 0);
      else if (k.split(' ').some(w => w.startsWith(q))) rank = Math.min(rank, 1);
      else if (k.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank < 9) hits.push({ f, rank });
  }
  const pop = f => f.properties.population?.[state.population] ?? 0;
  return hits.sort((a, b) => a.rank - b.rank || pop(b.f) - pop(a.f)).slice(0, limit).map(h => h.f);
}

export function createSearch(map, onPick) {
  const control = L.control({ position: 'topright' });
  control.onAdd = () => {
    const div = L.DomUtil.create('div', 'search-box');
    div.id = 'search';
    div.innerHTML = `<input type="search" id="search-input" autocomplete="off" data-i18n-placeholder="search.placeholder" data-i18n-title="search.label"
      placeholder="${esc(t('search.placeholder'))}" title="${esc(t('search.label'))}" aria-label="${esc(t('search.label'))}"><ul id="search-results" role="listbox"></ul>`;
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    const input = div.querySelector('input'), list = div.querySelector('ul');
    let hits = [], active = 0;
    const muni = code => { const m = state.region?.municipalities.find(x => x.code === code); return m ? nameOf(m.name_bg, m.name_en) : ''; };
    const draw = () => {
      if (!input.value.trim()) { list.innerHTML = ''; return; }
      list.innerHTML = hits.length ? hits.map((f, i) => `<li role="option" data-id="${esc(f.properties.id)}" class="${i === active ? 'active' : ''}">
          ${esc(nameOf(f.properties.name, f.properties.name_en))} <span class="muted">${esc(muni(f.properties.municipality))}</span></li>`).join('')
        : `<li class="none">${esc(t('search.none'))}</li>`;
    };
    // the list closes: drawn again with no hits it would say "no such settlement" under the name just found
    const pick = f => { if (!f) return; input.value = nameOf(f.properties.name, f.properties.name_en); hits = []; list.innerHTML = ''; input.blur(); onPick(f.properties.id); };
    input.addEventListener('input', () => { hits = findSettlements(input.value); active = 0; draw(); });
    input.addEventListener('keydown', e => {
      if (e.key === 'ArrowDown') { active = Math.min(active + 1, hits.length - 1); draw(); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); draw(); e.preventDefault(); }
      else if (e.key === 'Enter') pick(hits[active]);
      else if (e.key === 'Escape') { input.value = ''; hits = []; draw(); }
    });
    list.addEventListener('click', e => { const li = e.target.closest('li[data-id]'); if (li) pick(hits.find(f => f.properties.id === li.dataset.id)); });
    return div;
  };
  control.addTo(map);
  return control;
}
