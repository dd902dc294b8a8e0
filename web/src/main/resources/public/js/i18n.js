// Bulgarian and English labels. Elements with data-i18n="key" get their text from here.
const DICT = {
  bg: {
    'app.subtitle': 'достъп до социални услуги',
    'control.region': 'Област', 'control.service': 'Услуга', 'control.threshold': 'Време за достъп',
    'control.population': 'Население', 'control.catchments': 'Зони на достъп (изохрони)',
    'status.computing': 'Изчисляване…',
    'banner.estimated': 'Приблизителни времена за пътуване:', 'banner.estimated.text': 'по права линия × коефициент на заобикаляне и средна скорост, без пътна мрежа. Заредете OSM пътна мрежа (--osm) за реални пътни времена.',
    'banner.road': 'Пътна мрежа:', 'banner.illustrative': 'Илюстративни услуги:',
    'banner.illustrative.text': 'местата на услугите са изведени по правило (напр. ЦОП във всеки общински център), не са реален регистър. Заменете ги със свои данни.',
    'tab.coverage': 'Покритие', 'tab.scenario': 'Сценарий', 'tab.years': 'Години', 'tab.export': 'Износ',
    'kpi.coveredPopulation': 'население с достъп', 'kpi.coveredSettlements': 'селища с достъп',
    'kpi.uncoveredPopulation': 'население без достъп', 'kpi.meanTime': 'средно време (мин.)', 'kpi.p90Time': '90-и перцентил (мин.)',
    'kpi.of': 'от', 'kpi.notConnected': 'несвързани селища',
    'h.byMunicipality': 'По общини', 'h.uncovered': 'Селища без достъп (по население)', 'h.changes': 'Промени по общини',
    'h.changedSettlements': 'Засегнати селища', 'h.saved': 'Запазени сценарии', 'h.edits': 'Промени в мрежата',
    'col.municipality': 'Община', 'col.population': 'Население', 'col.covered': 'С достъп', 'col.coveredPct': '% с достъп',
    'col.uncovered': 'Без достъп', 'col.mean': 'Ср. мин.', 'col.settlement': 'Селище', 'col.time': 'Мин.',
    'col.before': 'Преди', 'col.after': 'След', 'col.delta': 'Разлика', 'col.gained': '+ селища', 'col.lost': '− селища',
    'total': 'Общо', 'none.uncovered': 'Всички селища имат достъп в този праг.',
    'legend.title': 'Време до най-близката услуга', 'legend.none': 'недостъпна / няма услуга', 'legend.notConnected': 'несвързано с пътната мрежа',
    'legend.uncovered': 'извън прага', 'legend.gained': 'получава достъп (сценарий)', 'legend.lost': 'губи достъп (сценарий)',
    'legend.size': 'размер на кръга = население', 'legend.facilities': 'Услуги', 'legend.illustrative': '(илюстративни)',
    'min': 'мин.', 'people': 'души',
    'scenario.help': 'Кликнете „Добави център“ и после върху картата. Плъзнете център, за да го преместите. Кликнете център, за да го закриете или да промените капацитета. Покритието се преизчислява веднага; базовата линия не се променя.',
    'scenario.add': 'Добави център', 'scenario.adding': 'Кликнете върху картата, за да поставите нов център (Esc за отказ)',
    'scenario.undo': 'Отмени последната', 'scenario.reset': 'Изчисти всички', 'scenario.none': 'Няма промени: показва се базовата линия.',
    'scenario.vsBaseline': 'Сценарий спрямо базовата линия', 'scenario.delta': 'промяна в населението с достъп',
    'scenario.name': 'Име на сценария', 'scenario.save': 'Запази', 'scenario.saveAs': 'Запази като нов', 'scenario.load': 'Отвори',
    'scenario.rename': 'Преименувай', 'scenario.delete': 'Изтрий', 'scenario.noneSaved': 'Няма запазени сценарии.',
    'scenario.saved': 'Сценарият е запазен', 'scenario.loaded': 'Сценарият е отворен', 'scenario.deleted': 'Сценарият е изтрит',
    'scenario.current': 'текущ', 'scenario.version': 'версия', 'scenario.readOnly': 'Сървърът е само за четене: сценарии могат да се запазват само от компютъра, на който работи.',
    'scenario.tokenPrompt': 'Този сървър изисква ключ за запис. Въведете ключа (от администратора):',
    'scenario.confirmDelete': 'Да се изтрие ли сценарият', 'scenario.newName': 'Ново име:',
    'edit.add': 'Нов център', 'edit.move': 'Преместен', 'edit.close': 'Закрит', 'edit.capacity': 'Капацитет',
    'fac.close': 'Закрий този център', 'fac.reopen': 'Върни', 'fac.capacity': 'Капацитет', 'fac.set': 'Задай', 'fac.illustrative': 'илюстративен обект',
    'fac.status.existing': 'съществуващ', 'fac.status.planned': 'планиран', 'fac.status.candidate': 'кандидат',
    'detail.nearest': 'най-близка', 'detail.withinStandard': 'в стандарта', 'detail.outsideStandard': 'извън стандарта', 'detail.noService': 'няма достъпна',
    'detail.notConnected': 'Селището не е свързано с пътната мрежа',
    'detail.estimated': 'Времената са приблизителни (без пътна мрежа).', 'detail.road': 'Времената са по пътната мрежа.', 'detail.standard': 'стандарт',
    'years.help': 'Същата мрежа от услуги, две години на населението (напр. междинен преглед на областна стратегия).',
    'years.from': 'Сравни', 'years.to': 'с', 'years.shrank': 'Най-голямо намаление', 'years.grew': 'Ръст',
    'export.csv': 'Таблица CSV (Excel)', 'export.geojson': 'GeoJSON (QGIS)', 'export.print': 'Страница за печат',
    'export.help': 'Износът съдържа текущия изглед: услуга, праг, година на населението и промените от сценария.',
    'export.printTitle': 'Доклад за достъпа', 'export.generated': 'Създаден',
    'error.title': 'Заявката не е изпълнена', 'error.conflict': 'Конфликт', 'error.network': 'Няма връзка със сървъра.',
    'change.gained': 'получава достъп', 'change.lost': 'губи достъп', 'change.faster': 'по-бързо', 'change.slower': 'по-бавно',
    'change.other-facility': 'друг център', 'change.population': 'население',
  },
  en: {
    'app.subtitle': 'access to social services',
    'control.region': 'Province', 'control.service': 'Service', 'control.threshold': 'Travel time',
    'control.population': 'Population', 'control.catchments': 'Catchment areas',
    'status.computing': 'Computing…',
    'banner.estimated': 'Estimated travel times:', 'banner.estimated.text': 'straight-line distance × detour factor at an average speed, no road network. Load an OSM road network (--osm) for road travel times.',
    'banner.road': 'Road network:', 'banner.illustrative': 'Illustrative services:',
    'banner.illustrative.text': 'facility locations are derived by a rule (e.g. a Community Support Centre in every municipal seat), not a register of real services. Replace them with your own data.',
    'tab.coverage': 'Coverage', 'tab.scenario': 'Scenario', 'tab.years': 'Years', 'tab.export': 'Export',
    'kpi.coveredPopulation': 'people covered', 'kpi.coveredSettlements': 'settlements covered',
    'kpi.uncoveredPopulation': 'people not covered', 'kpi.meanTime': 'mean time (min)', 'kpi.p90Time': '90th percentile (min)',
    'kpi.of': 'of', 'kpi.notConnected': 'not connected settlements',
    'h.byMunicipality': 'By municipality', 'h.uncovered': 'Settlements not covered (by population)', 'h.changes': 'Change by municipality',
    'h.changedSettlements': 'Settlements affected', 'h.saved': 'Saved scenarios', 'h.edits': 'Changes to the network',
    'col.municipality': 'Municipality', 'col.population': 'Population', 'col.covered': 'Covered', 'col.coveredPct': '% covered',
    'col.uncovered': 'Not covered', 'col.mean': 'Mean min', 'col.settlement': 'Settlement', 'col.time': 'Min',
    'col.before': 'Before', 'col.after': 'After', 'col.delta': 'Change', 'col.gained': '+ settl.', 'col.lost': '− settl.',
    'total': 'Total', 'none.uncovered': 'Every settlement is covered at this threshold.',
    'legend.title': 'Time to the nearest service', 'legend.none': 'unreachable / no service', 'legend.notConnected': 'not connected to the road network',
    'legend.uncovered': 'beyond the threshold', 'legend.gained': 'gains access (scenario)', 'legend.lost': 'loses access (scenario)',
    'legend.size': 'circle size = population', 'legend.facilities': 'Services', 'legend.illustrative': '(illustrative)',
    'min': 'min', 'people': 'people',
    'scenario.help': 'Click "Add centre", then click the map. Drag a centre to move it. Click a centre to close it or change its capacity. Coverage is recomputed at once; the baseline is never changed.',
    'scenario.add': 'Add centre', 'scenario.adding': 'Click the map to place the new centre (Esc to cancel)',
    'scenario.undo': 'Undo last', 'scenario.reset': 'Clear all', 'scenario.none': 'No changes: the baseline is shown.',
    'scenario.vsBaseline': 'Scenario against the baseline', 'scenario.delta': 'change in people covered',
    'scenario.name': 'Scenario name', 'scenario.save': 'Save', 'scenario.saveAs': 'Save as new', 'scenario.load': 'Open',
    'scenario.rename': 'Rename', 'scenario.delete': 'Delete', 'scenario.noneSaved': 'No saved scenarios.',
    'scenario.saved': 'Scenario saved', 'scenario.loaded': 'Scenario opened', 'scenario.deleted': 'Scenario deleted',
    'scenario.current': 'current', 'scenario.version': 'version', 'scenario.readOnly': 'This server is read-only: scenarios can only be saved on the computer it runs on.',
    'scenario.tokenPrompt': 'This server needs a write token. Enter the token (ask the operator):',
    'scenario.confirmDelete': 'Delete scenario', 'scenario.newName': 'New name:',
    'edit.add': 'New centre', 'edit.move': 'Moved', 'edit.close': 'Closed', 'edit.capacity': 'Capacity',
    'fac.close': 'Close this centre', 'fac.reopen': 'Reopen', 'fac.capacity': 'Capacity', 'fac.set': 'Set', 'fac.illustrative': 'illustrative site',
    'fac.status.existing': 'existing', 'fac.status.planned': 'planned', 'fac.status.candidate': 'candidate',
    'detail.nearest': 'nearest', 'detail.withinStandard': 'within standard', 'detail.outsideStandard': 'beyond standard', 'detail.noService': 'none reachable',
    'detail.notConnected': 'This settlement is not connected to the road network',
    'detail.estimated': 'Times are estimated (no road network).', 'detail.road': 'Times follow the road network.', 'detail.standard': 'standard',
    'years.help': 'The same network of services, two population years (e.g. the mid-term review of a regional strategy).',
    'years.from': 'Compare', 'years.to': 'with', 'years.shrank': 'Largest decline', 'years.grew': 'Growth',
    'export.csv': 'CSV table (Excel)', 'export.geojson': 'GeoJSON (QGIS)', 'export.print': 'Printable page',
    'export.help': 'Exports hold the current view: service, threshold, population year and the scenario changes.',
    'export.printTitle': 'Access report', 'export.generated': 'Generated',
    'error.title': 'The request failed', 'error.conflict': 'Conflict', 'error.network': 'The server cannot be reached.',
    'change.gained': 'gains access', 'change.lost': 'loses access', 'change.faster': 'faster', 'change.slower': 'slower',
    'change.other-facility': 'other centre', 'change.population': 'population',
  },
};

let current = localStorage.getItem('dostap.lang') === 'en' ? 'en' : 'bg';

export function lang() { return current; }

export function t(key) { return DICT[current][key] ?? DICT.en[key] ?? key; }

export function setLang(l) {
  current = l === 'en' ? 'en' : 'bg';
  localStorage.setItem('dostap.lang', current);
  document.documentElement.lang = current;
  applyTranslations(document);
}

export function applyTranslations(root) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
}

/** A name in the current language: Cyrillic in Bulgarian; English with the Cyrillic alongside. */
export function nameOf(bg, en) {
  if (current === 'bg' || !en) return bg;
  return en;
}
