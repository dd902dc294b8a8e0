// Extra legend sections from panels (optimization stars, mobile routes, bases and rings). A part is a function that
// returns the section's HTML, or '' while its layer is not on the map; panels call refreshLegend() after drawing.
const parts = [];
let redraw = () => {};

export function registerLegendPart(fn) { parts.push(fn); }

export function legendPartsHtml() { return parts.map(fn => fn()).filter(Boolean).join(''); }

export function onLegendRefresh(fn) { redraw = fn; }

export function refreshLegend() { redraw(); }
