// What the page says about a failed request, always in the page's language: a sentence from the dictionary for the
// HTTP status, then the server's own message and problems only when they are worded in that language (the server
// translates them for Accept-Language); anything else becomes "field: invalid value" with the field's label.
import { t, lang } from './i18n.js';

/** A field path (edits[2].lon) as a label: the known fields by name, the rest as sent (paths are not prose). */
export function fieldLabel(field) {
  if (!field) return '';
  const head = field.replace(/\[.*$/, '').replace(/\..*$/, '');
  const key = 'field.' + head.replace(/_([a-z])/g, (m, c) => c.toUpperCase());
  const label = t(key) !== key ? t(key) : (t('mobile.field.' + head) !== 'mobile.field.' + head ? t('mobile.field.' + head) : null);
  return label ? (field === head ? label : `${label} (${field})`) : field;
}

/** True when a server text is in the page's language (Bulgarian: has Cyrillic; English: has no Cyrillic). */
export function inPageLanguage(text) {
  if (!text) return false;
  const cyr = /[\u0400-\u04FF]/.test(text);
  return lang() === 'bg' ? cyr : !cyr || /[A-Za-z]{3}/.test(text);
}

function clean(text) { return String(text || '').replace(/^[\s:;,.-]+/, '').trim(); }

/**
 * An ApiError (or anything thrown) as {head, details[]} in the page's language.
 * translate: an optional function mapping a known English server sentence to the page's language.
 */
export function describeError(e, translate = x => x) {
  if (!e || e.status === undefined) return { head: t('error.other'), details: [] };
  if (e.status === 0) return { head: t('error.network'), details: [] };
  const body = e.body || {};
  const key = 'error.' + e.status;
  let head = t(key) !== key ? t(key) : `${t('error.other')} (HTTP ${e.status}).`;
  const message = clean(translate(body.message));
  const details = [];
  if (message && inPageLanguage(message) && e.status !== 500) details.push(message);
  if (e.status === 500 && body.reference) head += ` (${t('error.reference')} ${body.reference})`;
  for (const p of body.problems || []) {
    const m = clean(translate(p.message));
    if (m === message && details.length) continue;
    const label = fieldLabel(p.field);
    details.push((label ? label + ': ' : '') + (inPageLanguage(m) ? m : t('error.invalidValue')));
  }
  return { head, details: [...new Set(details)] };
}
