// The help panel: how to read the map and the glossary of docs/glossary.md, in Bulgarian and English.
import { t, lang } from './i18n.js';
import { esc } from './format.js';

const HOW = {
  bg: [
    ['Картата', 'Кръгчетата са селищата: размерът е населението, цветът е времето до най-близката услуга от избрания вид. Тъмночервен пръстен: извън избрания праг. Кликнете селище за времето до всяка услуга.'],
    ['Праг', 'Изберете 15/30/45/60 мин. или въведете друг праг (1–240 мин.). Цветовете на картата следват прага.'],
    ['Сценарий', '„Добави център“ и клик върху картата; плъзнете център, за да го преместите; кликнете център, за да го закриете или да смените капацитета (места). Базовата линия не се променя.'],
    ['Мобилни екипи и Оптимизация', 'Мобилен екип посещава селищата извън прага по график. Оптимизацията предлага къде да се открият нови центрове и колко далеч е предложението от доказания оптимум. И двете следват избраното придвижване: пеша достъпът се преценява с времената и стандарта пеша (екипите пак пътуват с кола).'],
    ['Експорт', 'CSV (Excel), GeoJSON (QGIS) и страница за печат с текущия изглед, включително промените от сценария.'],
  ],
  en: [
    ['The map', 'Circles are settlements: size is population, colour is the time to the nearest service of the chosen type. A dark red ring: beyond the chosen threshold. Click a settlement for its time to every service.'],
    ['Threshold', 'Choose 15/30/45/60 min or type another threshold (1–240 min). The map colours follow the threshold.'],
    ['Scenario', '"Add centre", then click the map; drag a centre to move it; click a centre to close it or change its capacity (places). The baseline is never changed.'],
    ['Mobile teams and Optimize', 'A mobile team visits the settlements beyond the threshold on a schedule. Optimization proposes where to open new centres and how far the proposal is from the proven optimum. Both follow the chosen travel mode: on foot, access is judged by walking times and the walking standard (the teams still drive).'],
    ['Export', 'CSV (Excel), GeoJSON (QGIS) and a printable page of the current view, scenario changes included.'],
  ],
};

// docs/glossary.md, term by term
const GLOSSARY = {
  bg: [
    ['Селище', 'населено място от регистъра ЕКАТТЕ (код от 5 цифри, пази водещите нули) или от файла на потребителя; точката на търсенето във всеки анализ.'],
    ['Колона на населението', 'кое население тежи за селището: НСИ към 31 декември на избраната година или регистрациите в ГРАО (юни 2020); по подразбиране последната година на НСИ.'],
    ['Вид услуга', 'вид социална услуга (ЦОП, кризисен център, ЦСРИ, мобилна услуга или собствена на областта) със стандарт за достъп в минути.'],
    ['Център', 'място на услуга от даден вид в точка; състояние съществуващ, планиран или кандидат; може да има капацитет (брой места).'],
    ['Илюстративна базова линия', 'приложените центрове за Смолян са изведени по документирано правило (ЦОП във всеки общински център; кризисен център и ЦСРИ в областния център). Не са реални места и са означени навсякъде.'],
    ['Време за пътуване', 'секундите от селище до център в посоката, в която пътуват хората, с пешеходните отсечки до пътя; по пътната мрежа (OSM) или приблизително (разстояние по права линия × коефициент на заобикаляне ÷ скорост).'],
    ['Отсечка до пътя', 'правата линия от точката до най-близкия път, извървяна с зададената скорост; по-далеч от максималното разстояние точката е несвързана.'],
    ['Несвързано селище', 'селище, което не може да се свърже с пътната мрежа: няма време за пътуване, никога не се изпуска и се брои отделно.'],
    ['Праг', 'граница на времето за пътуване (по подразбиране 15/30/45/60 мин.); селището има достъп до услугата, когато най-близкият ѝ център е в рамките на прага.'],
    ['Зона на достъп', 'областта и селищата, от които центърът се достига в рамките на прага.'],
    ['Покритие', 'за селище, община и област: население и селища в рамките на прага, селищата без достъп, средно, медианно и 90-и перцентил време, коефициент на Джини.'],
    ['E2SFCA', 'подобрен двустъпков индекс на плаващата зона (Luo и Qi 2009): капацитет на жител в достъпните центрове, претеглен по зони на времето.'],
    ['Сценарий', 'именуван списък от промени (добавяне, преместване, закриване на център, смяна на капацитета) върху копие на базовата линия; базовата линия никога не се променя.'],
    ['Разлика до оптимума', '(цел − долна граница) ÷ цел на едно решение за местата; 0 означава доказан оптимум.'],
    ['Мобилен екип', 'екип с база в център, който посещава селища по график (на всеки K седмици) през периода на планиране.'],
    ['Часови интервал', 'часовете, в които започва посещението; екип, пристигнал по-рано, изчаква.'],
    ['Баланс на екипите', 'часовете на най-натоварения екип ÷ часовете на най-малко натоварения за периода (1 = равномерно; няма стойност, когато екип е без посещения).'],
  ],
  en: [
    ['Settlement', 'a populated place of the EKATTE register (a 5-digit code that keeps its leading zeros) or of a user\'s file; the demand point of every analysis.'],
    ['Population column', 'which population figure weights a settlement: NSI on 31 December of the chosen year, or the GRAO registrations (June 2020); the newest NSI year by default.'],
    ['Service type', 'a kind of social service (community support, crisis, rehabilitation, mobile, or a region\'s own) with an access standard in minutes.'],
    ['Facility / centre', 'a site of one service type at a point; status existing, planned or candidate; may have a capacity (places).'],
    ['Illustrative baseline', 'the bundled Smolyan facilities, derived by a documented rule (a Community Support Centre in each municipal seat; crisis and rehabilitation centres in the provincial seat). Not real locations; labelled everywhere.'],
    ['Travel time', 'seconds from a settlement to a facility in the direction people travel, including the walked access legs; over the road network (OSM) or estimated (straight-line distance × detour factor ÷ speed).'],
    ['Access leg / snap distance', 'the straight line from a point to the road it attaches to, walked at the configured speed; beyond the maximum snap distance a point is not connected.'],
    ['Not connected', 'a settlement that cannot be attached to the road network: it has no travel time, is never dropped, and is counted separately.'],
    ['Threshold', 'a travel-time limit (default 15/30/45/60 min); a settlement is covered by a service type when its nearest facility of that type is within the threshold.'],
    ['Catchment', 'the area and the settlements from which a facility is reachable within a threshold.'],
    ['Coverage', 'per settlement, municipality and region: population and settlements within the threshold, settlements not covered, mean / median / 90th percentile time, Gini.'],
    ['E2SFCA', 'the enhanced two-step floating catchment area index (Luo & Qi 2009): capacity per resident reachable, weighted by travel-time zones.'],
    ['Scenario', 'a named list of edits (add, move, close a facility; change a capacity) applied to a copy of the baseline; the baseline is never changed.'],
    ['Optimality gap', '(objective − lower bound) ÷ objective of a location solution; 0 means proven optimal.'],
    ['Mobile team', 'a team based at a facility that visits settlements on a schedule (every K weeks) over a planning horizon.'],
    ['Time window', 'the clock times within which a visit starts; a team that arrives earlier waits.'],
    ['Team balance', 'the busiest team\'s hours over the least busy team\'s over the horizon (1 = even; none when a team has no visits).'],
  ],
};

const HEADINGS = { bg: ['Как се работи', 'Речник'], en: ['How it works', 'Glossary'] };

function render() {
  const l = lang() === 'en' ? 'en' : 'bg';
  const list = rows => `<dl>${rows.map(([term, text]) => `<dt>${esc(term)}</dt><dd>${esc(text)}</dd>`).join('')}</dl>`;
  document.getElementById('help-body').innerHTML = `<h3>${HEADINGS[l][0]}</h3>${list(HOW[l])}<h3 id="help-glossary">${HEADINGS[l][1]}</h3>${list(GLOSSARY[l])}`;
  document.getElementById('help-title').textContent = t('help.title');
}

export function openHelp() {
  render();
  const overlay = document.getElementById('help');
  overlay.hidden = false;
  document.getElementById('help-close').focus();
}

export function closeHelp() {
  const overlay = document.getElementById('help');
  if (overlay.hidden) return;
  overlay.hidden = true;
  document.getElementById('help-open').focus(); // back where the keyboard was
}

/** A modal dialog keeps the keyboard: Tab and Shift+Tab cycle through the dialog's own controls, not the page behind it. */
function keepFocus(e) {
  if (e.key !== 'Tab' || document.getElementById('help').hidden) return;
  const dialog = document.querySelector('#help .help-dialog');
  const items = [...dialog.querySelectorAll('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(x => !x.disabled);
  const first = items[0], last = items[items.length - 1];
  if (!dialog.contains(document.activeElement)) { e.preventDefault(); first.focus(); }
  else if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
  else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
}

export function initHelp() {
  document.getElementById('help-open').addEventListener('click', openHelp);
  document.getElementById('help-close').addEventListener('click', closeHelp);
  document.getElementById('help').addEventListener('click', e => { if (e.target.id === 'help') closeHelp(); });
  document.addEventListener('keydown', e => { if (e.key === 'Escape') closeHelp(); else keepFocus(e); });
}

/** Re-renders an open help panel after a language switch. */
export function relabelHelp() { if (!document.getElementById('help').hidden) render(); }
