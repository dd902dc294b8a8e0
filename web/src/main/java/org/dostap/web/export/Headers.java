package org.dostap.web.export;

import org.dostap.data.output.SheetLanguage;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Column and sheet titles in Bulgarian and English, by key; an unknown key reads as itself with spaces. */
final class Headers {
    private static final Map<String, String[]> TITLES = new HashMap<>();

    static {
        t("settlements", "Селища", "Settlements");
        t("municipalities", "Общини", "Municipalities");
        t("provenance", "Произход", "Provenance");
        t("comparison", "Сценарий спрямо база", "Scenario vs baseline");
        t("changed", "Променени селища", "Changed settlements");
        t("summary", "Обобщение", "Summary");
        t("sites", "Места", "Sites");
        t("assignment", "Разпределение", "Assignment");
        t("cost_sharing", "Поделяне на разходите", "Cost sharing");
        t("why_chosen", "Защо тези места", "Why these sites");
        t("schedule", "График", "Schedule");
        t("served", "Обслужени", "Served");
        t("unserved", "Необслужени", "Unserved");
        t("teams", "Екипи", "Teams");
        t("base_options", "Възможни бази", "Candidate bases");
        t("id", "Код", "Code");
        t("ekatte", "ЕКАТТЕ", "EKATTE");
        t("settlement_id", "ЕКАТТЕ", "EKATTE");
        t("name", "Име", "Name");
        t("name_en", "Име (латиница)", "Name (Latin)");
        t("code", "Код", "Code");
        t("municipality", "Община (код)", "Municipality (code)");
        t("municipality_name", "Община", "Municipality");
        t("population", "Население", "Population");
        t("nearest_facility", "Най-близък център (код)", "Nearest centre (id)");
        t("nearest_facility_name", "Най-близък център", "Nearest centre");
        t("travel_time_min", "Време за път (мин)", "Travel time (min)");
        t("travel_time_min_estimated", "Време за път (мин, оценено)", "Travel time (min, estimated)");
        t("travel_time_min_low", "Време: долна граница (мин)", "Time: low end (min)");
        t("travel_time_min_high", "Време: горна граница (мин)", "Time: high end (min)");
        t("covered_population_low", "Население в стандарта: най-малко", "Population within the standard: at least");
        t("covered_population_high", "Население в стандарта: най-много", "Population within the standard: at most");
        t("covered_settlements_low", "Селища в стандарта: най-малко", "Settlements within the standard: at least");
        t("covered_settlements_high", "Селища в стандарта: най-много", "Settlements within the standard: at most");
        t("covered", "В стандарта", "Within the standard");
        t("connected", "Свързано с пътната мрежа", "Connected to the road network");
        t("settlements_count", "Селища", "Settlements");
        t("covered_settlements", "Селища в стандарта", "Settlements within the standard");
        t("covered_population", "Население в стандарта", "Population within the standard");
        t("covered_share", "Дял в стандарта (%)", "Share within the standard (%)");
        t("uncovered_settlements", "Селища извън стандарта", "Settlements beyond the standard");
        t("uncovered_population", "Население извън стандарта", "Population beyond the standard");
        t("mean_min", "Средно време (мин, претеглено)", "Mean time (min, weighted)");
        t("median_min", "Медиана (мин)", "Median (min)");
        t("p90_min", "90-и перцентил (мин)", "90th percentile (min)");
        t("gini", "Джини", "Gini");
        t("covered_population_before", "Население в стандарта преди", "Population within the standard before");
        t("covered_population_after", "Население в стандарта след", "Population within the standard after");
        t("settlements_gained", "Селища с нов достъп", "Settlements gaining access");
        t("settlements_lost", "Селища без достъп", "Settlements losing access");
        t("population_gained", "Население с нов достъп", "Population gaining access");
        t("population_lost", "Население, загубило достъп", "Population losing access");
        t("travel_time_min_before", "Време преди (мин)", "Time before (min)");
        t("travel_time_min_after", "Време след (мин)", "Time after (min)");
        t("covered_before", "В стандарта преди", "Within the standard before");
        t("covered_after", "В стандарта след", "Within the standard after");
        t("nearest_facility_after", "Най-близък център след", "Nearest centre after");
        t("existing", "Съществуващ", "Existing");
        t("lon", "Дължина", "Longitude");
        t("lat", "Ширина", "Latitude");
        t("site_id", "Място (код)", "Site (id)");
        t("site_name", "Място", "Site");
        t("within_standard", "В стандарта", "Within the standard");
        t("population_within_standard", "Население в стандарта", "Population within the standard");
        t("share_within_standard", "Дял в стандарта (%)", "Share within the standard (%)");
        t("hosts", "Домакин на центрове", "Centres hosted");
        t("cost_share", "Дял от разхода (%)", "Cost share (%)");
        t("cost_eur", "Разход (EUR)", "Cost (EUR)");
        t("rank", "Ред", "Rank");
        t("population_added", "Добавено население", "Population added");
        t("settlements_newly_covered", "Новообхванати селища", "Settlements newly covered");
        t("population_assigned", "Разпределено население", "Population assigned");
        t("week", "Седмица", "Week");
        t("day", "Ден", "Day");
        t("team", "Екип", "Team");
        t("order", "Ред", "Order");
        t("arrival", "Пристигане", "Arrival");
        t("start", "Начало", "Start");
        t("departure", "Тръгване", "Departure");
        t("frequency_weeks", "Посещение през (седмици)", "Visit every (weeks)");
        t("visits", "Посещения", "Visits");
        t("first_week", "Първа седмица", "First week");
        t("time_window", "Часови прозорец", "Time window");
        t("on_site_min", "Време на място (мин)", "Time on site (min)");
        t("reason", "Причина (код)", "Reason (code)");
        t("message", "Обяснение", "Explanation");
        t("team_days", "Работни дни", "Team-days");
        t("team_hours", "Часове", "Hours");
        t("driving_hours", "Часове шофиране", "Driving hours");
        t("distance_km", "Км", "Km");
        t("longest_day_hours", "Най-дълъг ден (ч)", "Longest day (h)");
        t("base_id", "База (код)", "Base (id)");
        t("base_name", "База", "Base");
        t("settlements_reached", "Достигнати селища", "Settlements reached");
        t("round_trip_hours_total", "Отиване и връщане общо (ч)", "Round trips in all (h)");
        t("mean_one_way_min", "Средно в едната посока (мин)", "Mean one way (min)");
        t("indicators", "Показатели", "Indicators");
        t("level", "Ниво", "Level");
        t("phase", "Етап", "Phase");
        t("population_column", "Колона население", "Population column");
        t("covered_population_low", "В стандарта (долна граница)", "Within the standard (low)");
        t("covered_population_high", "В стандарта (горна граница)", "Within the standard (high)");
        t("places_per_1000", "Места на 1000 (E2SFCA)", "Places per 1,000 (E2SFCA)");
        t("target_share", "Цел: дял в стандарта (%)", "Target: share within the standard (%)");
        t("meets_target", "Целта е постигната", "Target met");
        t("target_status", "Целта е постигната (в обхвата на оценката)", "Target met (within the estimate's range)");
        t("people_to_target", "Още хора до целта", "People still to reach the target");
        t("occupancy", "Заетост", "Occupancy");
        t("users_by_settlement", "Потребители по селища", "Users by settlement");
        t("capacity_places", "Места", "Places");
        t("assigned_users", "Разпределени потребители", "Users assigned");
        t("free_places", "Свободни места", "Free places");
        t("users", "Потребители", "Users");
        t("unserved_users", "Необслужени потребители", "Users not served");
        t("parts", "Потребители по места", "Users by site");
        t("field", "Поле", "Field");
        t("value", "Стойност", "Value");
    }

    private Headers() { }

    private static void t(String key, String bg, String en) { TITLES.put(key, new String[]{bg, en}); }

    static String of(String key, SheetLanguage lang) {
        String[] t = TITLES.get(key);
        if (t != null) return t[lang == SheetLanguage.BG ? 0 : 1];
        String s = key.replace('_', ' ');
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
