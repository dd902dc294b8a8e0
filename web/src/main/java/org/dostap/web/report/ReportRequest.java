package org.dostap.web.report;

import org.dostap.engine.scenario.ScenarioEdit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report covers: a region of the analysis' store, one service type at a threshold (seconds), a population
 * column, optional scenario edits (named {@code scenarioName}) on top of the baseline, the language ({@code bg} or
 * {@code en}) and the date printed on it. Validated by the caller (command line or HTTP) beforehand.
 */
public record ReportRequest(String regionCode, String serviceType, int thresholdSeconds, String populationColumn,
                            List<ScenarioEdit> edits, String scenarioName, String lang, LocalDate date) {
    public static final int PROJECTION_HORIZON_YEAR = 2030;

    public ReportRequest {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(populationColumn, "populationColumn");
        edits = List.copyOf(edits);
        lang = "en".equalsIgnoreCase(lang) ? "en" : "bg";
        Objects.requireNonNull(date, "date");
    }
}
