package org.dostap.web.http.indicators;

import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * Body of the indicators request. The baseline: {@code service}, {@code thresholdMin}, {@code population} and
 * {@code edits} as for coverage. The review (optional): {@code reviewPopulation} and the facilities of a saved scenario
 * ({@code reviewScenario}, an id) or unsaved {@code reviewEdits}. Targets: {@code targets} when given, else those stored
 * with {@code reviewScenario}.
 */
public record IndicatorsRequestJson(String service, Integer thresholdMin, String population, List<EditJson> edits, String mode,
                                    String reviewPopulation, String reviewScenario, List<EditJson> reviewEdits, List<TargetJson> targets) {
    static final IndicatorsRequestJson EMPTY = new IndicatorsRequestJson(null, null, null, null, null, null, null, null, null);

    /** A target share within the standard for an area (the region's code or a municipality's code). */
    public record TargetJson(String area, Double shareWithin) { }
}
