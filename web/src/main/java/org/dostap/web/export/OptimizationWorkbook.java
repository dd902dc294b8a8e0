package org.dostap.web.export;

import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.engine.region.RegionData;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An optimization result (the map of {@code RegionOptimization}): a summary sheet of its single values, one sheet per
 * table (sites; for capacitated runs the occupancy per site and the users by settlement; cost sharing, why chosen,
 * municipalities, assignment) with names beside the municipality and site codes, and provenance.
 */
public final class OptimizationWorkbook {
    private static final List<String> TABLES = List.of("sites", "cost_sharing", "why_chosen", "municipalities", "assignment");

    private OptimizationWorkbook() { }

    @SuppressWarnings("unchecked")
    public static List<Sheet> sheets(Map<String, Object> result, RegionData region, SheetLanguage lang, String softwareVersion) {
        Names names = new Names(region, lang);
        List<Sheet> out = new ArrayList<>();
        Table summary = new Table("summary", lang, "field", "value");
        flatten("", result, summary, lang);
        out.add(summary.sheet());
        for (String key : TABLES) {
            Object v = result.get(key);
            if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) out.add(table(key, (List<Map<String, Object>>) list, names, lang));
            if (key.equals("sites") && result.get("capacity") instanceof Map<?, ?> capacity) out.addAll(capacitySheets((Map<String, Object>) capacity, names, lang));
        }
        Provenance p = new Provenance(lang)
                .add("Област", "Region", result.get("region"))
                .add("Услуга", "Service", result.get("service"))
                .add("Стандарт (мин)", "Standard (min)", result.get("threshold_min"))
                .add("Колона население", "Population column", result.get("population_column"))
                .travelTimes(String.valueOf(result.get("travel_time_source")), (String) result.get("travel_time_description"))
                .illustrative(Boolean.TRUE.equals(result.get("facilities_illustrative")))
                .run(result.get("provenance"));
        if (result.containsKey("currency")) p.add("Валута", "Currency", "EUR");
        out.add(p.sheet(softwareVersion));
        return out;
    }

    /**
     * Capacitated runs: the occupancy of every chosen site (places, users assigned, occupancy, free places) and every
     * settlement's users, those not served and the sites they go to ("site: users; ...").
     */
    @SuppressWarnings("unchecked")
    static List<Sheet> capacitySheets(Map<String, Object> capacity, Names names, SheetLanguage lang) {
        List<Sheet> out = new ArrayList<>();
        if (capacity.get("sites") instanceof List<?> sites && !sites.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object o : sites) {
                Map<String, Object> r = new java.util.LinkedHashMap<>();
                ((Map<String, Object>) o).forEach((k, v) -> r.put(k.equals("name") ? "site_name" : k, v));
                rows.add(r);
            }
            out.add(table("occupancy", rows, names, lang));
        }
        if (capacity.get("settlements") instanceof List<?> settlements && !settlements.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object o : settlements) {
                Map<String, Object> r = new java.util.LinkedHashMap<>((Map<String, Object>) o);
                List<String> parts = new ArrayList<>();
                if (r.get("parts") instanceof List<?> ps)
                    for (Object p : ps) if (p instanceof Map<?, ?> part) parts.add(part.get("site_id") + ": " + part.get("users"));
                r.put("parts", String.join("; ", parts));
                rows.add(r);
            }
            out.add(table("users_by_settlement", rows, names, lang));
        }
        return out;
    }

    /** Single values (numbers, text, booleans) as field/value rows; nested maps with dotted keys; lists are tables. */
    @SuppressWarnings("unchecked")
    /** The summary's fields a planner reads, in Bulgarian and English (the result's own key for the rest). */
    private static final Map<String, String[]> SUMMARY = Map.ofEntries(
            Map.entry("problem", new String[] {"Задача", "Problem"}),
            Map.entry("sense", new String[] {"Посока", "Sense"}),
            Map.entry("objective", new String[] {"Целева функция", "Objective"}),
            Map.entry("lower_bound", new String[] {"Долна граница", "Lower bound"}),
            Map.entry("upper_bound", new String[] {"Горна граница", "Upper bound"}),
            Map.entry("gap", new String[] {"Разлика до оптимума (дял)", "Gap to the optimum (fraction)"}),
            Map.entry("proven_optimal", new String[] {"Доказано оптимално", "Proven optimal"}),
            Map.entry("seconds", new String[] {"Време за решаване (s)", "Solving time (s)"}),
            Map.entry("method", new String[] {"Метод", "Method"}),
            Map.entry("notes", new String[] {"Бележки", "Notes"}),
            Map.entry("objective_unit", new String[] {"Единица на целевата функция", "Objective unit"}),
            Map.entry("region", new String[] {"Област", "Region"}),
            Map.entry("service", new String[] {"Услуга", "Service"}),
            Map.entry("threshold_min", new String[] {"Стандарт (мин)", "Standard (min)"}),
            Map.entry("travel_mode", new String[] {"Придвижване", "Travel mode"}),
            Map.entry("new_sites", new String[] {"Нови места", "New sites"}),
            Map.entry("population_column", new String[] {"Колона население", "Population column"}),
            Map.entry("travel_time_source", new String[] {"Източник на времената", "Travel-time source"}),
            Map.entry("travel_time_description", new String[] {"Модел на времената", "Travel-time model"}),
            Map.entry("facilities_illustrative", new String[] {"Илюстративни центрове", "Illustrative facilities"}),
            Map.entry("gain.population", new String[] {"Население", "Population"}),
            Map.entry("gain.population_within_standard_before", new String[] {"В стандарта преди", "Within the standard before"}),
            Map.entry("gain.population_within_standard_after", new String[] {"В стандарта след", "Within the standard after"}),
            Map.entry("gain.population_gained", new String[] {"Прираст на хората в стандарта", "Gain of people within the standard"}),
            Map.entry("gain.population_within_standard_before_low", new String[] {"В стандарта преди (долна граница)", "Within the standard before (low)"}),
            Map.entry("gain.population_within_standard_before_high", new String[] {"В стандарта преди (горна граница)", "Within the standard before (high)"}),
            Map.entry("gain.population_within_standard_after_low", new String[] {"В стандарта след (долна граница)", "Within the standard after (low)"}),
            Map.entry("gain.population_within_standard_after_high", new String[] {"В стандарта след (горна граница)", "Within the standard after (high)"}),
            Map.entry("gain.population_gained_low", new String[] {"Прираст (долна граница)", "Gain (low)"}),
            Map.entry("gain.population_gained_high", new String[] {"Прираст (горна граница)", "Gain (high)"}),
            Map.entry("gain.mean_travel_time_min_before", new String[] {"Средно време преди (мин)", "Mean time before (min)"}),
            Map.entry("gain.mean_travel_time_min_after", new String[] {"Средно време след (мин)", "Mean time after (min)"}));

    private static void flatten(String prefix, Map<String, Object> m, Table t, SheetLanguage lang) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object v = e.getValue();
            String key = prefix + e.getKey();
            if (v instanceof Map<?, ?> nested) { flatten(key + ".", (Map<String, Object>) nested, t, lang); continue; }
            if (key.equals("travel_mode") && v != null) v = "foot".equals(v) ? (lang == SheetLanguage.BG ? "пеша" : "on foot")
                    : "car".equals(v) ? (lang == SheetLanguage.BG ? "с автомобил" : "by car") : v;
            String[] label = SUMMARY.get(key);
            if (label != null) key = label[lang == SheetLanguage.BG ? 0 : 1];
            if (v instanceof List<?> list) { if (list.isEmpty() || !(list.get(0) instanceof Map)) t.row(key, list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList())); }
            else t.row(key, v);
        }
    }

    /** Shares that the result holds as fractions and the sheet shows as percentages under a header with (%) (0.9392 had no unit). */
    private static final Set<String> PERCENT = Set.of("share_within_standard", "cost_share");

    /** A list of rows as a sheet; after a municipality or site code its name; shares as percentages. */
    static Sheet table(String key, List<Map<String, Object>> rows, Names names, SheetLanguage lang) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, Object> r : rows) keys.addAll(r.keySet());
        List<String> columns = new ArrayList<>();
        for (String k : keys) {
            columns.add(k);
            if (k.equals("municipality") && !keys.contains("municipality_name")) columns.add("municipality_name");
            if (k.equals("site_id") && !keys.contains("site_name")) columns.add("site_name");
        }
        Table t = new Table(key, lang, columns);
        for (Map<String, Object> r : rows) {
            Object[] cells = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String k = columns.get(c);
                Object v = r.get(k);
                if (k.equals("municipality_name") && !r.containsKey(k)) v = names.municipality((String) r.get("municipality"));
                else if (k.equals("site_name") && !r.containsKey(k)) v = names.site((String) r.get("site_id"));
                else if (v instanceof List<?> list) v = String.join(", ", list.stream().map(String::valueOf).toList());
                else if (v instanceof Map<?, ?>) v = String.valueOf(v);
                else if (PERCENT.contains(k) && v instanceof Number n) v = CoverageWorkbook.percent(n.doubleValue());
                cells[c] = v;
            }
            t.row(cells);
        }
        return t.sheet();
    }
}
