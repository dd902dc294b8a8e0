// Visit settings of the Mobile teams tab: interval for all or by population class (an editable table of classes),
// the default visit time window, time per resident, per-settlement overrides; the API's field problems shown next to
// the fields (Bulgarian wording for the known messages, the server's English otherwise).
import { settlementName } from '../names.js';
import { t, lang } from '../i18n.js';
import { esc } from '../format.js';
import { inPageLanguage } from '../errors.js';

export const visits = {
  mode: 'all', // 'all': form.frequency_weeks for every settlement; 'classes': by population class
  classes: [{ from: 0, to: 99, weeks: 4 }, { from: 100, to: 499, weeks: 2 }, { from: 500, to: null, weeks: 1 }],
  windowFrom: '', windowTo: '', perResidentSec: 0,
  overrides: [], // {settlementId, name, frequencyWeeks, windowFrom, windowTo, onSiteMin}; null/'' keeps the default
};
let problems = []; // the last 400's problems: [{field, message}]

export function setProblems(list) { problems = list || []; }

/** "every K weeks" in the current language. */
export function every(k) {
  const key = 'mobile.every' + k;
  return t(key) !== key ? t(key) : t('mobile.everyK').replace('{k}', k);
}

/** The settings as request fields (minutes, clock times; classes as "0-99:4,100-499:2,500-:1"). */
export function visitRequest() {
  const body = { on_site_sec_per_resident: +visits.perResidentSec || 0 };
  if (visits.mode === 'classes')
    body.frequency_by_population = visits.classes.map(c => `${c.from ?? ''}-${c.to ?? ''}:${c.weeks ?? ''}`).join(',');
  const w = windowText(visits.windowFrom, visits.windowTo);
  if (w) body.time_window = w;
  if (visits.overrides.length) body.visits = visits.overrides.map(o => ({ settlement_id: o.settlement_id,
    frequency_weeks: o.frequency_weeks === '' || o.frequency_weeks === null ? null : +o.frequency_weeks,
    time_window: windowText(o.windowFrom, o.windowTo), on_site_min: o.on_site_min === '' || o.on_site_min === null ? null : +o.on_site_min }));
  return body;
}

function windowText(from, to) { return from || to ? `${from || ''}-${to || ''}` : null; }

/** Adds (or keeps) a per-settlement override, prefilled with what the plan gave the settlement. */
export function addOverride(s) {
  if (visits.overrides.some(o => o.settlement_id === s.settlement_id)) return;
  const [from, to] = (s.time_window || '-').split('-');
  visits.overrides.push({ settlement_id: s.settlement_id, name: s.name, frequency_weeks: s.frequency_weeks ?? '',
    windowFrom: from || '', windowTo: to || '', on_site_min: s.on_site_min ?? '' });
}

/** The problems of one request field, as a small error line (empty when none). */
export function fieldErrors(field, id = null) {
  const own = problems.filter(p => p.field === field);
  if (!own.length) return '';
  return `<div class="field-error" data-field="${esc(field)}" ${id ? `id="${id}"` : ''}>${own.map(p => esc(translate(p.message))).join('<br>')}</div>`;
}

/** Problems of fields that have no place of their own in the panel. */
export function otherErrors(shown) {
  const rest = problems.filter(p => !shown.includes(p.field) && !/^visits\[\d+\]\./.test(p.field || ''));
  if (!rest.length) return '';
  return `<div class="message error" id="mobile-errors"><strong>${t('error.title')}</strong><ul>${rest.map(p =>
    `<li>${esc(p.field ? (t('mobile.field.' + p.field) !== 'mobile.field.' + p.field ? t('mobile.field.' + p.field) : p.field) + ': ' : '')}${esc(translate(p.message))}</li>`).join('')}</ul></div>`;
}

/** The class table (shown when visits are by population class). */
export function classesHtml() {
  if (visits.mode !== 'classes') return '';
  const invalid = problems.filter(p => p.field === 'frequency_by_population').map(p => p.message).join(' ');
  const rows = visits.classes.map((c, i) => {
    const label = `${c.from ?? ''}-${c.to ?? ''}:${c.weeks ?? ''}`;
    return `<tr data-i="${i}" class="${invalid.includes(label) ? 'invalid' : ''}">
      <td><input type="number" min="0" step="1" class="cls-from" value="${c.from ?? ''}"></td><td>–</td>
      <td><input type="number" min="0" step="1" class="cls-to" value="${c.to ?? ''}" placeholder="${t('mobile.andMore')}"></td>
      <td>${t('mobile.residents')} :</td>
      <td><input type="number" min="1" step="1" class="cls-weeks" value="${c.weeks ?? ''}"></td><td>${t('weeks')}</td>
      <td><button type="button" class="btn small cls-remove" title="${t('mobile.remove')}" aria-label="${t('mobile.remove')}">×</button></td></tr>`;
  }).join('');
  return `<div class="visit-block"><div class="block-label">${t('mobile.classes')}</div>
    <table class="visit-classes" id="mobile-classes"><tbody>${rows}</tbody></table>
    <button type="button" class="btn small" id="mobile-class-add">${t('mobile.addClass')}</button>
    ${fieldErrors('frequency_by_population', 'mobile-classes-error')}</div>`;
}

/** The per-settlement overrides table. */
export function overridesHtml() {
  const head = `<div class="block-label">${t('mobile.overrides')}</div>`;
  if (!visits.overrides.length) return `<div class="visit-block">${head}<p class="muted" id="mobile-overrides-none">${t('mobile.overridesHelp')}</p></div>`;
  const rows = visits.overrides.map((o, i) => {
    const at = `visits[${i}].`;
    const errors = ['settlement_id', 'frequency_weeks', 'time_window', 'on_site_min'].map(f => fieldErrors(at + f)).join('');
    return `<tr data-i="${i}"><td>${esc(settlementName(o.settlement_id, o.name || o.settlement_id))}</td>
      <td><input type="number" min="1" step="1" class="ov-weeks" value="${o.frequency_weeks ?? ''}" placeholder="–"></td>
      <td class="window">${clockInput('ov-from', o.windowFrom)}–${clockInput('ov-to', o.windowTo)}</td>
      <td><input type="number" min="0" step="5" class="ov-onsite" value="${o.on_site_min ?? ''}" placeholder="–"></td>
      <td><button type="button" class="btn small ov-remove" title="${t('mobile.remove')}" aria-label="${t('mobile.remove')}">×</button></td></tr>
      ${errors ? `<tr class="row-errors"><td colspan="5">${errors}</td></tr>` : ''}`;
  }).join('');
  return `<div class="visit-block">${head}<table class="data overrides" id="mobile-overrides"><thead><tr><th>${t('col.settlement')}</th>
    <th>${t('mobile.everyWeeks')}</th><th>${t('mobile.window')}</th><th>${t('mobile.onSiteShort')}</th><th></th></tr></thead>
    <tbody>${rows}</tbody></table><p class="muted small">${t('mobile.overridesBlank')}</p></div>`;
}

/** A clock time typed as HH:MM (the API checks it). */
export function clockInput(cls, value, id = null) {
  return `<input type="text" class="clock ${cls}" ${id ? `id="${id}"` : ''} inputmode="numeric" maxlength="5" placeholder="${t('mobile.clock')}" value="${esc(value || '')}">`;
}

/** Wires the inputs; structural changes (rows added or removed) call rerender. */
export function bindVisits(body, rerender) {
  const on = (sel, ev, f) => body.querySelectorAll(sel).forEach(el => el.addEventListener(ev, f));
  const row = e => +e.target.closest('tr').dataset.i;
  const n = v => v === '' ? null : +v;
  on('#mobile-classes .cls-from', 'change', e => { visits.classes[row(e)].from = n(e.target.value); });
  on('#mobile-classes .cls-to', 'change', e => { visits.classes[row(e)].to = n(e.target.value); });
  on('#mobile-classes .cls-weeks', 'change', e => { visits.classes[row(e)].weeks = n(e.target.value); });
  on('#mobile-classes .cls-remove', 'click', e => { visits.classes.splice(row(e), 1); rerender(); });
  on('#mobile-class-add', 'click', () => {
    const last = visits.classes[visits.classes.length - 1];
    visits.classes.push({ from: last && last.to !== null ? last.to + 1 : null, to: null, weeks: 1 });
    rerender();
  });
  on('#mobile-window-from', 'change', e => { visits.windowFrom = e.target.value; });
  on('#mobile-window-to', 'change', e => { visits.windowTo = e.target.value; });
  on('#mobile-per-resident', 'change', e => { visits.perResidentSec = n(e.target.value) ?? 0; });
  on('#mobile-overrides .ov-weeks', 'change', e => { visits.overrides[row(e)].frequency_weeks = e.target.value; });
  on('#mobile-overrides .ov-from', 'change', e => { visits.overrides[row(e)].windowFrom = e.target.value; });
  on('#mobile-overrides .ov-to', 'change', e => { visits.overrides[row(e)].windowTo = e.target.value; });
  on('#mobile-overrides .ov-onsite', 'change', e => { visits.overrides[row(e)].on_site_min = e.target.value; });
  on('#mobile-overrides .ov-remove', 'click', e => { visits.overrides.splice(row(e), 1); problems = []; rerender(); });
}

// The server's wording of the visit problems (VisitRules, MobileController) and its Bulgarian; anything else as sent.
const BG = [
  [/^class (\S+): (.*)$/, (m, x) => `клас ${m[1]}: ${x(m[2])}`],
  [/^classes (\S+) and (\S+) overlap \(population (.+)\)$/, m => `класовете ${m[1]} и ${m[2]} се застъпват (население ${m[3].replace(' and more', ' и повече')})`],
  [/^populations 0-(\d+) are in no class; the first class must start at 0$/, m => `население 0–${m[1]} не е в нито един клас; първият клас трябва да започва от 0`],
  [/^populations (\d+)-(\d+) are in no class$/, m => `население ${m[1]}–${m[2]} не е в нито един клас`],
  [/^populations above (\d+) are in no class; end with an open class such as (\S+)$/, m => `население над ${m[1]} не е в нито един клас; завършете с отворен клас, напр. ${m[2]}`],
  [/^the upper bound (\d+) is below the lower bound (\d+)$/, m => `горната граница ${m[1]} е под долната ${m[2]}`],
  [/^'(.*)' is not a class LOW-HIGH:WEEKS.*$/, m => `„${m[1]}“ не е клас ОТ-ДО:СЕДМИЦИ (последният отворен: ОТ-:СЕДМИЦИ), напр. 0-99:4,100-499:2,500-:1`],
  [/^no population classes given$/, () => 'не са зададени класове по население'],
  [/^visits must be at least 1 week apart, got (.+)$/, m => `посещенията трябва да са през поне 1 седмица, дадено ${m[1]}`],
  [/^a visit every (\d+) weeks is longer than the planning horizon of (\d+) weeks$/, m => `посещение на ${m[1]} седмици е по-дълго от периода от ${m[2]} седмици`],
  [/^the horizon of (\d+) weeks is not a multiple of (\d+) weeks$/, m => `периодът от ${m[1]} седмици не е кратен на ${m[2]} седмици`],
  [/^'(.*)' is not a time window HH:MM-HH:MM.*$/, m => `„${m[1]}“ не е часови интервал ЧЧ:ММ-ЧЧ:ММ, напр. 09:00-12:30`],
  [/^the window (\S+) closes before it opens$/, m => `интервалът ${m[1]} свършва преди да започне`],
  [/^the window (\S+) opens before the working day starts \((.+)\)$/, m => `интервалът ${m[1]} започва преди работния ден (${m[2]})`],
  [/^the window (\S+) opens after the working day ends \((.+)\)$/, m => `интервалът ${m[1]} започва след края на работния ден (${m[2]})`],
  [/^must be 0 to the length of the working day in minutes, got (.+)$/, m => `трябва да е от 0 до дължината на работния ден в минути, дадено ${m[1]}`],
  [/^must be 0 to 600 seconds, got (.+)$/, m => `трябва да е от 0 до 600 секунди, дадено ${m[1]}`],
  [/^give either frequencyWeeks or frequencyByPopulation, not both$/, () => 'задайте или един интервал, или интервали по клас, не и двете'],
  [/^settlement '(.*)' is already in visits\[(\d+)\]$/, m => `селище ${m[1]} вече е в ред ${+m[2] + 1}`],
  [/^no settlement with id '(.*)' in the region$/, m => `няма селище с код ${m[1]} в областта`],
];

export function translate(message) {
  if (lang() !== 'bg' || !message) return message;
  for (const [re, f] of BG) {
    const m = re.exec(message);
    if (m) return f(m, translate);
  }
  // the server words its messages in the page's language (Accept-Language); an English one is never shown raw
  return inPageLanguage(message) ? message : t('error.invalidValue');
}
