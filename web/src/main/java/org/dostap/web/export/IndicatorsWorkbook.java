package org.dostap.web.export;

import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.engine.common.SoftwareVersion;
import org.dostap.web.indicators.AccessIndicators;
import org.dostap.web.indicators.MonitoringIndicators;

import java.util.List;

/**
 * Monitoring indicators as sheets: one row per area and phase (baseline, review) with the target and whether it is
 * met over the estimate's range (met, not met, uncertain: {@link org.dostap.web.indicators.TargetStatus}), then the provenance (baseline and review population columns and facility sets, travel times, illustrative).
 */
public final class IndicatorsWorkbook {
    private IndicatorsWorkbook() { }

    public static List<Sheet> sheets(MonitoringIndicators m, SheetLanguage lang) {
        boolean bg = lang == SheetLanguage.BG;
        Table t = new Table("indicators", lang, "code", "name", "level", "phase", "population_column", "population", "settlements_count",
                "covered_population", "covered_population_low", "covered_population_high", "covered_share", "uncovered_settlements",
                "uncovered_population", "mean_min", "p90_min", "gini", "places_per_1000", "target_share", "target_status", "people_to_target");
        for (MonitoringIndicators.Row r : m.areas()) {
            String name = bg ? nonBlank(r.nameBg(), r.nameEn(), r.code()) : nonBlank(r.nameEn(), r.nameBg(), r.code());
            String level = "region".equals(r.level()) ? (bg ? "област" : "region") : (bg ? "община" : "municipality");
            row(t, r.code(), name, level, bg ? "база" : "baseline", m.baselinePopulation(), r.baseline(), r.targetShare(),
                    r.baselineTargetStatus(), bg, r.review() == null ? r.peopleToTarget() : null);
            if (r.review() != null)
                row(t, r.code(), name, level, bg ? "преглед" : "review", m.reviewPopulation(), r.review(), r.targetShare(),
                        r.reviewTargetStatus(), bg, r.peopleToTarget());
        }
        Provenance p = new Provenance(lang)
                .add("Област", "Region", m.region() + " " + (bg ? m.regionNameBg() : m.regionNameEn()))
                .add("Услуга", "Service", bg ? m.serviceNameBg() : m.serviceNameEn())
                .add("Стандарт (мин)", "Standard (min)", m.thresholdMin())
                .add("База: колона население", "Baseline: population column", m.baselinePopulation())
                .add("База: промени в центровете", "Baseline: facility edits", m.baselineEdits())
                .add("Преглед: колона население", "Review: population column", m.reviewPopulation())
                .add("Преглед: сценарий", "Review: scenario", m.reviewScenario())
                .add("Преглед: промени в центровете", "Review: facility edits", m.reviewEdits())
                .travelTimes(m.travelTimeSource(), m.travelTimeDescription())
                .illustrative(m.facilitiesIllustrative())
                .run(m.provenance());
        return List.of(t.sheet(), p.sheet(SoftwareVersion.current().label()));
    }

    private static void row(Table t, String code, String name, String level, String phase, String column, AccessIndicators a, Double target,
                            org.dostap.web.indicators.TargetStatus status, boolean bg, Long toTarget) {
        t.row(code, name, level, phase, column, a.population(), a.settlements(), a.populationWithin(), a.populationWithinLow(),
                a.populationWithinHigh(), CoverageWorkbook.percent(a.shareWithin()), a.settlementsBeyond(), a.populationBeyond(),
                a.meanMinutes() == null ? null : CoverageWorkbook.round(a.meanMinutes(), 1),
                a.p90Minutes() == null ? null : CoverageWorkbook.round(a.p90Minutes(), 1),
                a.gini() == null ? null : CoverageWorkbook.round(a.gini(), 3),
                a.placesPer1000() == null ? null : CoverageWorkbook.round(a.placesPer1000(), 2),
                target == null ? null : CoverageWorkbook.percent(target), status == null ? null : status.label(bg), toTarget);
    }

    private static String nonBlank(String... s) {
        for (String x : s) if (x != null && !x.isBlank()) return x;
        return "";
    }
}
