package org.dostap.web.http.coverage;

import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * Body of the coverage, comparison, population-comparison, catchment and settlement-access requests.
 * {@code thresholdMin} defaults to the service's standard, {@code population} to the region's newest column;
 * {@code from} is the earlier population column (population comparison only); {@code thresholdsMin} is for
 * catchments (default: the threshold); {@code mode} is how people travel, {@code car} (default) or {@code foot}.
 */
public record CoverageRequestJson(String service, Integer thresholdMin, String population, String from,
                                  List<Integer> thresholdsMin, List<EditJson> edits, String mode) {
    static final CoverageRequestJson EMPTY = new CoverageRequestJson(null, null, null, null, null, null, null);

    public CoverageRequestJson(String service, Integer thresholdMin, String population, String from,
                               List<Integer> thresholdsMin, List<EditJson> edits) {
        this(service, thresholdMin, population, from, thresholdsMin, edits, null);
    }
}
