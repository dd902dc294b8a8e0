// A small SVG bar chart: population by travel-time band (the map's bands, which follow the threshold), with the
// people without any reachable service as a grey bar. Plain SVG: no library needed for five bars.
import { t } from '../i18n.js';
import { num, esc, decimal } from '../format.js';
import { classes, NO_TIME } from '../map/style.js';

/** rows: [{minutes (null: none reachable), population}] */
export function bandChart(rows, thresholdMin) {
  const bands = classes(thresholdMin);
  const totals = bands.map(() => 0);
  let none = 0;
  for (const r of rows) {
    if (r.minutes === null || r.minutes === undefined) { none += r.population; continue; }
    totals[bands.findIndex(b => r.minutes <= b.maxMin)] += r.population;
  }
  let lo = 0;
  const bars = bands.map((b, i) => {
    const label = b.maxMin === Infinity ? `> ${fmt(lo)}` : `${fmt(lo)}–${fmt(b.maxMin)}`;
    lo = b.maxMin;
    return { label, value: totals[i], color: b.color };
  });
  if (none) bars.push({ label: t('chart.none'), value: none, color: NO_TIME });
  const w = 420, h = 150, left = 6, top = 16, bottom = 30, gap = 8;
  const bw = (w - left * 2 - gap * (bars.length - 1)) / bars.length;
  const max = Math.max(1, ...bars.map(b => b.value));
  const plotH = h - top - bottom;
  const x = i => left + i * (bw + gap);
  const svgBars = bars.map((b, i) => {
    const bh = b.value ? Math.max(1.5, plotH * b.value / max) : 0;
    const y = top + plotH - bh;
    return `<g class="band" data-band="${i}"><rect x="${x(i).toFixed(1)}" y="${y.toFixed(1)}" width="${bw.toFixed(1)}" height="${bh.toFixed(1)}" fill="${b.color}" stroke="#0003"><title>${esc(b.label)} ${esc(t('min'))}: ${num(b.value)}</title></rect>
      <text class="v" x="${(x(i) + bw / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${num(b.value)}</text>
      <text x="${(x(i) + bw / 2).toFixed(1)}" y="${h - bottom + 14}" text-anchor="middle">${esc(b.label)}</text></g>`;
  }).join('');
  // the threshold sits between the second and the third band
  const tx = x(2) - gap / 2;
  return `<svg class="band-chart" id="band-chart" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(t('chart.title'))}">
    ${svgBars}<line x1="${tx}" x2="${tx}" y1="${top - 6}" y2="${h - bottom + 2}" stroke="#7a0019" stroke-width="1.5" stroke-dasharray="4 2"/>
    <text x="${w / 2}" y="${h - 4}" text-anchor="middle">${esc(t('min'))} · ${esc(t('chart.help'))}</text></svg>`;
}

function fmt(v) { return decimal(v, 1); }
