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
