package org.dostap.web.http.report;

import org.dostap.web.http.indicators.IndicatorsRequestJson;
import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * Body of the report request: the options of the {@code report} command. The view as for coverage ({@code service},
 * {@code thresholdMin}, {@code population}, {@code mode}, and the scenario as unsaved {@code edits} or a saved
 * {@code scenario} id, whose targets apply too); {@code lang} ({@code bg}, the default, or {@code en}; or {@code ?lang=});
 * the format is the path's extension. Monitoring (as the map's M&E tab asks it): {@code baselinePopulation} (default:
 * {@code population}) and {@code baselineEdits} (default: none, the region's facilities), {@code reviewPopulation},
 * the review's facilities as a saved {@code reviewScenario} or {@code reviewEdits} (default: the report's scenario;
 * {@code []}: the baseline's), {@code targets} per area (default: those kept with the scenario under review). Results
 * to tabulate: {@code optimizationJobId} (a finished job of this region) and {@code mobilePlanId} (a plan the server
 * made for this region, {@code plan_id} of {@code POST /mobile}).
 */
public record ReportRequestJson(String service, Integer thresholdMin, String population, List<EditJson> edits, String mode,
                                String scenario, String lang, String baselinePopulation, List<EditJson> baselineEdits,
                                String reviewPopulation, String reviewScenario, List<EditJson> reviewEdits,
                                List<IndicatorsRequestJson.TargetJson> targets, String optimizationJobId, String mobilePlanId) {
    static final ReportRequestJson EMPTY = new ReportRequestJson(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);
}
