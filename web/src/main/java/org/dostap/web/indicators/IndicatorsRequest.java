package org.dostap.web.indicators;

import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.web.analysis.CoverageQuery;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A monitoring question: the baseline (a coverage query: population column and facility set, i.e. the region's
 * facilities with the query's edits), an optional review (another population column and/or the edits of a scenario,
 * {@code reviewScenario} naming it; null column = the baseline's) and the planner's targets (area code to share within
 * the standard; the region's target applies to a municipality without its own). Validated by the caller.
 */
public record IndicatorsRequest(CoverageQuery baseline, String reviewPopulation, List<ScenarioEdit> reviewEdits, String reviewScenario,
                                Map<String, Double> targets) {
    public IndicatorsRequest {
        Objects.requireNonNull(baseline, "baseline");
        reviewEdits = reviewEdits == null ? List.of() : List.copyOf(reviewEdits);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** True when a review is asked for (a population column, a scenario, or edits). */
    public boolean hasReview() { return reviewPopulation != null || reviewScenario != null || !reviewEdits.isEmpty(); }

    /** The review's coverage query: the baseline's service and threshold with the review column and edits. */
    public CoverageQuery reviewQuery() {
        CoverageQuery b = baseline;
        return new CoverageQuery(b.regionCode(), b.serviceType(), b.thresholdSeconds(), reviewPopulation == null ? b.populationColumn() : reviewPopulation,
                reviewEdits.isEmpty() ? b.edits() : reviewEdits, b.mode());
    }
}
