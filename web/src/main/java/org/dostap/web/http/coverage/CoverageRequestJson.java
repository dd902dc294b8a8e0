package org.dostap.web.http.coverage;

import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * Body of the coverage, comparison, population-comparison, catchment and settlement-access requests.
 * {@code thresholdMin} defaults to the service's standard, {@code population} to the region's newest column;
 * {@code from} is the earlier population column (population comparison only); {@code thresholdsMin} is for
 * catchments (default: the threshold); {@code mode} is how people travel, {@code car} (default) or {@code foot}.
 * Coverage only: {@code capacitated} adds the centres' places and the service users assigned to them ({@code capacity}
 * in the answer): users = population ({@code target_group} column, default {@code population}) x {@code uptake_per_1000}
 * / 1,000 (default: the service's default rate, sourced or assumed: docs/uptake.md); {@code single_source}: each settlement's users at one centre (default:
 * split allowed).
 */
public record CoverageRequestJson(String service, Integer thresholdMin, String population, String from,
                                  List<Integer> thresholdsMin, List<EditJson> edits, String mode, Boolean capacitated,
                                  @com.fasterxml.jackson.annotation.JsonProperty("uptake_per_1000") Double uptakePer1000,
                                  String targetGroup, Boolean singleSource) {
    static final CoverageRequestJson EMPTY = new CoverageRequestJson(null, null, null, null, null, null, null);

    public CoverageRequestJson(String service, Integer thresholdMin, String population, String from,
                               List<Integer> thresholdsMin, List<EditJson> edits, String mode) {
        this(service, thresholdMin, population, from, thresholdsMin, edits, mode, null, null, null, null);
    }

    public CoverageRequestJson(String service, Integer thresholdMin, String population, String from,
                               List<Integer> thresholdsMin, List<EditJson> edits) {
        this(service, thresholdMin, population, from, thresholdsMin, edits, null);
    }
}
