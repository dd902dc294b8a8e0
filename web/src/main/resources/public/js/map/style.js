// Colours and sizes shared by the map and its legend.
export const CLASSES = [
  { maxMin: 15, color: '#1a9850' },
  { maxMin: 30, color: '#91cf60' },
  { maxMin: 45, color: '#fee08b' },
  { maxMin: 60, color: '#fc8d59' },
  { maxMin: Infinity, color: '#d73027' },
];
export const NO_TIME = '#8c8c8c';
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

export function classColor(minutes) {
  if (minutes === null || minutes === undefined) return NO_TIME;
  return CLASSES.find(c => minutes <= c.maxMin).color;
}

/** Circle radius in pixels: area grows with population, readable for hamlets and towns alike. */
export function radius(population) {
  return Math.min(22, 3 + Math.sqrt(Math.max(0, population)) / 7);
}
