package org.dostap.web.http.optimize;

import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * The body of {@code POST /api/regions/{code}/optimize/jobs}: problem (p-median, mclp, lscp, p-center), new sites p,
 * threshold (minutes; default the service's standard), keep the existing centres open, candidates
 * ({@code municipal-seats} or {@code settlements}), population column, solver time limit (seconds, default 20) and
 * the scenario edits the run starts from.
 */
public record OptimizeRequestJson(String service, String problem, Integer sites, Double thresholdMin, Boolean keepExisting,
                                  String candidates, String population, Double timeLimitSec, List<EditJson> edits) {
    static final OptimizeRequestJson EMPTY = new OptimizeRequestJson(null, null, null, null, null, null, null, null, null);
}
