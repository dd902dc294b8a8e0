package org.dostap.web.indicators;

import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageView;

import java.util.ArrayList;
import java.util.List;

/**
 * Monitoring indicators (baseline, review, target) from the same coverage use case the API serves: one public
 * service shared by the {@code indicators} command, the API, the workbook and the report.
 */
public final class MonitoringService {
    private final AccessAnalysis analysis;

    public MonitoringService(AccessAnalysis analysis) { this.analysis = analysis; }

    public MonitoringIndicators indicators(IndicatorsRequest r) {
        CoverageView base = analysis.coverage(r.baseline());
        List<AccessIndicators> b = AccessIndicators.of(base);
        List<AccessIndicators> v = r.hasReview() ? AccessIndicators.of(analysis.coverage(r.reviewQuery())) : null;
        Double regionTarget = r.targets().get(b.get(0).code());
        List<MonitoringIndicators.Row> rows = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            AccessIndicators x = b.get(i), y = v == null ? null : v.get(i);
            Double target = r.targets().getOrDefault(x.code(), regionTarget);
            AccessIndicators latest = y == null ? x : y;
            Long toTarget = target == null ? null : Math.max(0, (long) Math.ceil(target * latest.population() - 1e-9) - latest.populationWithin());
            rows.add(new MonitoringIndicators.Row(x.code(), x.nameBg(), x.nameEn(), i == 0 ? "region" : "municipality", x, y, target,
                    target == null ? null : meets(x, target), target == null || y == null ? null : meets(y, target), toTarget,
                    target == null ? null : TargetStatus.of(x, target), target == null || y == null ? null : TargetStatus.of(y, target)));
        }
        RegionData region = base.region();
        ServiceType service = region.services().get(r.baseline().serviceType());
        var p = base.result().provenance();
        return new MonitoringIndicators(region.code(), region.nameBg(), region.nameEn(), service.id(), service.nameBg(), service.nameEn(),
                r.baseline().thresholdSeconds() / 60, r.baseline().populationColumn(), r.baseline().edits().size(),
                v == null ? null : r.reviewQuery().populationColumn(), r.reviewScenario(), v == null ? 0 : r.reviewQuery().edits().size(),
                p.travelTimeSource(), p.travelTimeDescription(), p.facilitiesIllustrative(), rows, provenance(base, r, v != null));
    }

    /** The baseline's provenance; the review (column, scenario, edits) and the targets among its parameters. */
    private org.dostap.web.analysis.RunProvenance provenance(CoverageView base, IndicatorsRequest r, boolean review) {
        java.util.Map<String, Object> more = new java.util.LinkedHashMap<>();
        if (review) {
            more.put("review_population", r.reviewQuery().populationColumn());
            if (r.reviewScenario() != null) more.put("review_scenario", r.reviewScenario());
            more.put("review_edits", r.reviewQuery().edits().size());
        }
        if (!r.targets().isEmpty()) more.put("targets", new java.util.TreeMap<>(r.targets()));
        return analysis.provenance(base, more);
    }

    /** Meets the target when the people within reach the target share of the population (an empty area meets any). */
    static boolean meets(AccessIndicators a, double target) {
        return a.population() == 0 || a.populationWithin() >= Math.ceil(target * a.population() - 1e-9);
    }
}
