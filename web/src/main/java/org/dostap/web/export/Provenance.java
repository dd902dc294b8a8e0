package org.dostap.web.export;

import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The provenance sheet: what the tables were computed from, one labelled row each, in the sheet's language. */
final class Provenance {
    private final SheetLanguage lang;
    private final List<List<Object>> rows = new ArrayList<>();

    Provenance(SheetLanguage lang) { this.lang = lang; }

    Provenance add(String bg, String en, Object value) {
        rows.add(Arrays.asList(lang == SheetLanguage.BG ? bg : en, value));
        return this;
    }

    /** Estimated or road travel times, with the model's description. */
    Provenance travelTimes(String source, String description) {
        boolean estimated = "estimated".equals(source);
        add("Време за път", "Travel times", lang == SheetLanguage.BG
                ? (estimated ? "оценено (разстояние по права × коефициент / скорост), не по пътната мрежа" : "по пътната мрежа (OpenStreetMap)")
                : (estimated ? "estimated (great-circle distance x detour factor / speed), not over the road network" : "over the road network (OpenStreetMap)"));
        return add("Модел на времето", "Travel-time model", description);
    }

    private static final java.util.Map<String, String[]> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("git_commit", new String[] {"Комит на софтуера", "Git commit"}),
            java.util.Map.entry("run_at", new String[] {"Време на изчислението", "Time of run"}),
            java.util.Map.entry("region", new String[] {"Код на областта", "Region code"}),
            java.util.Map.entry("data", new String[] {"Данни и версия", "Data and version"}),
            java.util.Map.entry("population_column", new String[] {"Колона население", "Population column"}),
            java.util.Map.entry("travel_time_source", new String[] {"Източник на времената", "Travel-time source"}),
            java.util.Map.entry("travel_time_model", new String[] {"Модел на времената", "Travel-time model"}),
            java.util.Map.entry("travel_mode", new String[] {"Придвижване", "Travel mode"}),
            java.util.Map.entry("network_file", new String[] {"Файл на пътната мрежа", "Road network file"}),
            java.util.Map.entry("network_sha256", new String[] {"SHA-256 на пътната мрежа", "Road network sha256"}),
            java.util.Map.entry("osm_data_date", new String[] {"Дата на данните OSM", "OSM data date"}),
            java.util.Map.entry("closures", new String[] {"Затворени пътища", "Road closures"}),
            java.util.Map.entry("facilities_illustrative", new String[] {"Илюстративни центрове", "Illustrative facilities"}),
            java.util.Map.entry("inputs", new String[] {"Входен файл", "Input file"}),
            java.util.Map.entry("parameters", new String[] {"Параметър", "Parameter"}));

    /**
     * Every field of a run's provenance (the API's {@code provenance} object), one row each: input files, closures and
     * parameters one row per item. The software version is the sheet's own last rows.
     */
    Provenance run(org.dostap.web.analysis.RunProvenance run) {
        if (run == null) return this;
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> all = org.dostap.data.output.JsonOutput.mapper().convertValue(run, java.util.LinkedHashMap.class);
        return run(all);
    }

    /** The same rows from a provenance as a JSON result holds it (snake_case fields; null or not an object: none). */
    Provenance run(Object provenance) {
        if (!(provenance instanceof java.util.Map<?, ?> all)) return this;
        all.forEach((name, value) -> {
            String key = String.valueOf(name);
            String[] label = LABELS.get(key);
            if (label == null || value == null) return;
            if (value instanceof java.util.Map<?, ?> m)
                m.forEach((k, v) -> add(label[0] + ": " + k, label[1] + ": " + k, text(v)));
            else if (value instanceof List<?> l)
                for (Object item : l) add(label[0], label[1], text(item));
            else add(label[0], label[1], value instanceof Boolean || value instanceof Number ? value : String.valueOf(value));
        });
        return this;
    }

    /** A nested value as one cell: numbers and booleans as they are, objects as compact JSON. */
    private static Object text(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) return v;
        try {
            return org.dostap.data.output.JsonOutput.mapper().writeValueAsString(v);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(v);
        }
    }

    Provenance illustrative(boolean illustrative) {
        add("Илюстративни центрове", "Illustrative facilities", illustrative);
        if (illustrative) add("Бележка", "Note", lang == SheetLanguage.BG
                ? "Центровете на Смолян са илюстративна база, изведена по правило (ЦОП във всеки общински център), а не реален регистър."
                : "The Smolyan facilities are an illustrative baseline derived by a rule (a Community Support Centre in each municipal seat), not a real register.");
        return this;
    }

    Sheet sheet(String softwareVersion) {
        List<List<Object>> all = new ArrayList<>(rows);
        all.add(Arrays.asList(lang == SheetLanguage.BG ? "Версия на софтуера" : "Software version", softwareVersion));
        all.add(Arrays.asList(lang == SheetLanguage.BG ? "Данни" : "Data", lang == SheetLanguage.BG
                ? "Население: НСИ, ГРАО; координати и граници: © OpenStreetMap contributors, ODbL"
                : "Population: NSI, GRAO; coordinates and boundaries: © OpenStreetMap contributors, ODbL"));
        return new Sheet(Headers.of("provenance", lang), List.of(Headers.of("field", lang), Headers.of("value", lang)), all);
    }
}
