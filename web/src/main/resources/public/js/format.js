import { lang } from './i18n.js';

export function num(n) {
  if (n === null || n === undefined) return '–';
  return new Intl.NumberFormat(lang() === 'bg' ? 'bg-BG' : 'en-GB').format(n);
}

export function minutes(m) {
  if (m === null || m === undefined) return '–';
  return new Intl.NumberFormat(lang() === 'bg' ? 'bg-BG' : 'en-GB', { maximumFractionDigits: 1 }).format(m);
}

/** A number with up to {@code digits} decimals (e.g. seconds: 0,13). */
export function decimal(n, digits) {
  if (n === null || n === undefined) return '–';
  return new Intl.NumberFormat(lang() === 'bg' ? 'bg-BG' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}

/** A number with exactly {@code digits} decimals in the page's language (1,00 in Bulgarian). */
export function fixed(n, digits) {
  if (n === null || n === undefined) return '–';
  return new Intl.NumberFormat(lang() === 'bg' ? 'bg-BG' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** Money in euro, whole euros: 1 440 000 EUR. */
export function eur(n) {
  if (n === null || n === undefined) return '–';
  return num(Math.round(n)) + ' EUR';
}

/**
 * Two times in minutes shown so that different values look different (27,63 → 27,58 rather than 27,6 → 27,6):
 * one decimal, or two when one decimal would show them equal.
 */
export function minutesPair(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) return [minutes(a), minutes(b)];
  const digits = Math.round(a * 10) === Math.round(b * 10) && a !== b ? 2 : 1;
  return [decimal(a, digits), decimal(b, digits)];
}

export function pct(p) {
  if (p === null || p === undefined) return '–';
  return new Intl.NumberFormat(lang() === 'bg' ? 'bg-BG' : 'en-GB', { maximumFractionDigits: 1 }).format(p) + ' %';
}

export function signed(n) {
  if (!n) return '0';
  return (n > 0 ? '+' : '−') + num(Math.abs(n));
}

export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** A population column as a label: pop_2017 -> 2017, grao_permanent_2020 -> GRAO 2020 (permanent), proj_2030 -> 2030 (projection). */
export function columnLabel(c) {
  let m = /^pop_(\d{4})$/.exec(c);
  if (m) return m[1];
  m = /^grao_(permanent|current)_(\d{4})$/.exec(c);
  if (m) return 'ГРАО/GRAO ' + m[2] + ' (' + (lang() === 'bg' ? (m[1] === 'permanent' ? 'постоянен' : 'настоящ') : m[1]) + ')';
  m = /^proj_(\d{4})$/.exec(c);
  if (m) return m[1] + ' (' + (lang() === 'bg' ? 'прогноза' : 'projection') + ')';
  return c;
}
