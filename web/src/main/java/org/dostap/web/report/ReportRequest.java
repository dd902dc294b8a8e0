package org.dostap.web.report;

import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.web.indicators.IndicatorsRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a report covers: a region of the analysis' store, one service type at a threshold (seconds), a population
 * column, optional scenario edits (named {@code scenarioName}) on top of the baseline, the language ({@code bg} or
 * {@code en}) and the date printed on it; for the monitoring table a review population column (null: the same) and
 * targets per area (the scenario's edits are the review's facilities); optionally an optimization result and a mobile
 * plan to tabulate; {@code mode}, how people travel (null: the analysis's own mode). {@code monitoring}, when given, is the monitoring question as the map's M&E tab asks it (its own
 * baseline and review; the review population and targets above are then not used). Validated by the caller (command
 * line or HTTP) beforehand.
 */
public record ReportRequest(String regionCode, String serviceType, int thresholdSeconds, String populationColumn,
                            List<ScenarioEdit> edits, String scenarioName, String lang, LocalDate date, String reviewPopulation,
                            Map<String, Double> targets, ReportResults.Optimization optimization, ReportResults.MobilePlan mobilePlan,
                            IndicatorsRequest monitoring, org.dostap.engine.traveltime.TravelMode mode) {
    public static final int PROJECTION_HORIZON_YEAR = 2030;

    /** With the monitoring question made of the report's own view, review population and targets. */
    public ReportRequest(String regionCode, String serviceType, int thresholdSeconds, String populationColumn,
                         List<ScenarioEdit> edits, String scenarioName, String lang, LocalDate date, String reviewPopulation,
                         Map<String, Double> targets, ReportResults.Optimization optimization, ReportResults.MobilePlan mobilePlan) {
        this(regionCode, serviceType, thresholdSeconds, populationColumn, edits, scenarioName, lang, date, reviewPopulation, targets,
                optimization, mobilePlan, null, null);
    }

    /** Without review, targets, optimization or mobile plan. */
    public ReportRequest(String regionCode, String serviceType, int thresholdSeconds, String populationColumn,
                         List<ScenarioEdit> edits, String scenarioName, String lang, LocalDate date) {
        this(regionCode, serviceType, thresholdSeconds, populationColumn, edits, scenarioName, lang, date, null, Map.of(), null, null, null, null);
    }

    public ReportRequest {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(populationColumn, "populationColumn");
        edits = List.copyOf(edits);
        lang = "en".equalsIgnoreCase(lang) ? "en" : "bg";
        Objects.requireNonNull(date, "date");
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }
}
