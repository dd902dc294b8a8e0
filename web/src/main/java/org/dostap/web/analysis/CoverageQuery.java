package org.dostap.web.analysis;

import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.TravelMode;

import java.util.List;
import java.util.Objects;

/**
 * One coverage question: region, service type, threshold (seconds), population column, the scenario
 * edits to apply to a copy of the baseline (empty = baseline), and how people travel ({@code mode}; null = the
 * analysis's own mode, car on the map). Validated by the HTTP layer beforehand.
 */
public record CoverageQuery(String regionCode, String serviceType, int thresholdSeconds, String populationColumn,
                            List<ScenarioEdit> edits, TravelMode mode) {
    /** The analysis's own travel mode. */
    public CoverageQuery(String regionCode, String serviceType, int thresholdSeconds, String populationColumn,
                         List<ScenarioEdit> edits) {
        this(regionCode, serviceType, thresholdSeconds, populationColumn, edits, null);
    }

    public CoverageQuery {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(populationColumn, "populationColumn");
        if (thresholdSeconds <= 0) throw new IllegalArgumentException("threshold must be positive: " + thresholdSeconds);
        edits = List.copyOf(edits);
    }

    public boolean isBaseline() { return edits.isEmpty(); }

    public CoverageQuery baseline() {
        return new CoverageQuery(regionCode, serviceType, thresholdSeconds, populationColumn, List.of(), mode);
    }

    public CoverageQuery withPopulationColumn(String column) {
        return new CoverageQuery(regionCode, serviceType, thresholdSeconds, column, edits, mode);
    }
}
