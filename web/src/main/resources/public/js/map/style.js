// Colours and sizes shared by the map and its legend.
// Travel-time bands follow the chosen threshold T: 0–T/2 and T/2–T are within it (greens), then T–1.5T, 1.5T–2T, over 2T.
// At T = 30 min they are 0–15, 15–30, 30–45, 45–60, over 60.
const COLOURS = ['#1a9850', '#91cf60', '#fee08b', '#fc8d59', '#d73027'];

export function classes(thresholdMin = 30) {
  const t = Math.max(1, thresholdMin);
  const edges = [Math.round(t / 2 * 10) / 10, t, Math.round(t * 1.5 * 10) / 10, t * 2, Infinity];
  return edges.map((maxMin, i) => ({ maxMin, color: COLOURS[i] }));
}

/** The bands at the default 30 min (kept for callers that have no threshold). */
export const CLASSES = classes(30);
export const NO_TIME = '#8c8c8c';
/** Mobile routes: one colour per working day. */
export const DAY_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2'];
export const UNCOVERED_RING = '#7a0019';
export const GAINED_RING = '#1c5d99';
export const LOST_RING = '#c51b7d';

export const SERVICE_STYLE = {
  'community-support': { color: '#1c5d99', bg: 'ЦОП', en: 'CSC' },
  'crisis': { color: '#b2182b', bg: 'КЦ', en: 'CC' },
  'rehabilitation': { color: '#6a3d9a', bg: 'ЦСРИ', en: 'CSRI' },
  'mobile': { color: '#e08214', bg: 'МОБ', en: 'MOB' },
};

export function serviceStyle(id) {
  return SERVICE_STYLE[id] || { color: '#35978f', bg: id.slice(0, 3).toUpperCase(), en: id.slice(0, 3).toUpperCase() };
}

export function classColor(minutes, thresholdMin = 30) {
  if (minutes === null || minutes === undefined) return NO_TIME;
  return classes(thresholdMin).find(c => minutes <= c.maxMin).color;
}

/** Circle radius in pixels: area grows with population, readable for hamlets and towns alike. */
export function radius(population) {
  return Math.min(22, 3 + Math.sqrt(Math.max(0, population)) / 7);
}
