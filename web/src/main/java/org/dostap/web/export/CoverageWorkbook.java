package org.dostap.web.export;

import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.ThresholdCoverage;
import org.dostap.engine.region.RegionData;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.analysis.SettlementAccessRow;
import org.dostap.web.analysis.SettlementColumns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Coverage of one service: the settlements, the municipal table and the provenance, as sheets. */
public final class CoverageWorkbook {
    private CoverageWorkbook() { }

    /** Settlements, municipalities, provenance with every field of {@code run} (null: the result's own provenance only). */
    public static List<Sheet> sheets(CoverageView v, SheetLanguage lang, org.dostap.web.analysis.RunProvenance run) {
        return List.of(settlements(v, lang), municipalities(v.region(), v.result(), lang),
                provenance(v.region(), v.result(), v.query().edits().size(), lang, run));
    }

    /**
     * The view's {@link SettlementAccessRow}s in the {@link SettlementColumns#WORKBOOK} layout, titles in {@code lang}
     * (the settlement id reads EKATTE).
     */
    public static Sheet settlements(CoverageView v, SheetLanguage lang) {
        Names names = new Names(v.region(), lang);
        Map<String, String> municipalities = new HashMap<>(), facilities = new HashMap<>();
        v.region().municipalities().forEach(m -> { String n = names.municipality(m.code()); if (n != null) municipalities.put(m.code(), n); });
        // this sheet (and the "CSV (Excel, ;)" made of it) has no provenance beside it: an illustrative centre says so by
        // its name, and an estimated time by its column's title
        String illustrative = lang == SheetLanguage.BG ? " (илюстративен)" : " (illustrative)";
        v.region().facilities().forEach(f -> { String n = names.site(f.id()); if (n != null) facilities.put(f.id(), f.illustrative() ? n + illustrative : n); });
        boolean estimated = "estimated".equals(v.result().provenance().travelTimeSource());
        SettlementColumns.Table table = SettlementColumns.table(SettlementAccessRow.of(v),
                SettlementColumns.Context.of(v).withNames(municipalities, facilities), SettlementColumns.WORKBOOK);
        Table t = new Table("settlements", lang, table.header().stream().map(c -> c.equals("id") ? "settlement_id"
                : estimated && c.equals("travel_time_min") ? "travel_time_min_estimated" : c).toList());
        table.rows().forEach(row -> t.row(row.toArray()));
        return t.sheet();
    }

    public static Sheet municipalities(RegionData region, CoverageResult result, SheetLanguage lang) {
        Names names = new Names(region, lang);
        Table t = new Table("municipalities", lang, "code", "municipality_name", "settlements_count", "population", "covered_settlements",
                "covered_population", "covered_share", "uncovered_settlements", "uncovered_population", "mean_min", "median_min", "p90_min", "gini",
                "covered_population_low", "covered_population_high", "covered_settlements_low", "covered_settlements_high");
        List<AreaCoverage> areas = new ArrayList<>(result.municipalities());
        areas.add(result.region());
        for (AreaCoverage a : areas) {
            ThresholdCoverage c = a.getThreshold(result.thresholdSeconds());
            String name = a == result.region() ? (lang == SheetLanguage.BG ? "Общо " : "Total ") + (lang == SheetLanguage.BG ? region.nameBg() : region.nameEn())
                    : names.municipality(a.code());
            t.row(a.code(), name, a.settlements(), a.population(), c.coveredSettlements(), c.coveredPopulation(),
                    a.population() == 0 ? null : percent((double) c.coveredPopulation() / a.population()), c.uncoveredSettlements(),
                    c.uncoveredPopulation(), minutes(a.travelTime().meanSeconds()), minutes(a.travelTime().medianSeconds()),
                    minutes(a.travelTime().p90Seconds()), a.travelTime().gini() == null ? null : round(a.travelTime().gini(), 4),
                    c.coveredPopulationLow(), c.coveredPopulationHigh(), c.coveredSettlementsLow(), c.coveredSettlementsHigh());
        }
        return t.sheet();
    }

    static Sheet provenance(RegionData region, CoverageResult result, int scenarioEdits, SheetLanguage lang,
                            org.dostap.web.analysis.RunProvenance run) {
        var p = result.provenance();
        var service = region.services().get(result.serviceTypeId());
        return new Provenance(lang)
                .add("Област", "Region", region.code() + " " + (lang == SheetLanguage.BG ? region.nameBg() : region.nameEn()))
                .add("Услуга", "Service", lang == SheetLanguage.BG ? service.nameBg() : service.nameEn())
                .add("Стандарт (мин)", "Standard (min)", result.thresholdSeconds() / 60.0)
                .add("Колона население", "Population column", p.populationColumn())
                .travelTimes(p.travelTimeSource(), p.travelTimeDescription())
                .illustrative(p.facilitiesIllustrative())
                .add("Промени в сценария", "Scenario edits", scenarioEdits)
                .add("Произход на данните", "Data provenance", p.dataProvenance())
                .run(run)
                .sheet(p.softwareVersion());
    }

    static Double minutes(Number seconds) {
        return seconds == null ? null : Math.round(seconds.doubleValue() / 6.0) / 10.0;
    }

    /** A share as a percentage with one decimal (0.93923 -> 93.9), under a header that says (%): as the API's covered_percent. */
    static Double percent(double share) {
        return java.math.BigDecimal.valueOf(100 * share).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static Double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
