// Settlement names in the page's language: the answers of some endpoints (places, mobile plans) carry only the Cyrillic
// name; the region's settlements layer has the Latin one too (Smolyan for Смолян), as the Coverage tab shows it.
import { state } from './state.js';
import { nameOf } from './i18n.js';

let byId = null, builtFor = null;

/** The settlement's name in the page's language, by its EKATTE code; {@code fallback} for an unknown code. */
export function settlementName(id, fallback) {
  if (builtFor !== state.settlements) {
    byId = new Map((state.settlements?.features || []).map(f => [f.properties.id, f.properties]));
    builtFor = state.settlements;
  }
  const p = byId.get(id);
  return p ? nameOf(p.name, p.name_en) : fallback;
}
