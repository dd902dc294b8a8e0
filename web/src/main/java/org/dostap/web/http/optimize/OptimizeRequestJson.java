package org.dostap.web.http.optimize;

import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * The body of {@code POST /api/regions/{code}/optimize/jobs}: problem (p-median, mclp, lscp, p-center,
 * capacitated-p-median, capacitated-coverage, inter-municipal), new sites p, threshold (minutes; default the service's
 * standard), keep the existing centres open, candidates ({@code municipal-seats} or {@code settlements}), population
 * column, solver time limit (seconds, default 20), the scenario edits the run starts from; capacitated problems: the
 * capacity of a centre in places and whether kept centres use their own (scenario) capacity; inter-municipal: partner
 * municipality codes (none: all), the minimum share of each partner's population within the standard (percent), hosts
 * only among the partners, and the yearly cost of one centre in EUR, shared by population served. Capacitated problems: demand in service users, {@code uptake_per_1000} users per 1,000 of
 * {@code target_group} (default: the population column; rate default: the service's, sourced or assumed: docs/uptake.md), {@code single_source}
 * (capacitated p-median; default: a settlement's users may be split across sites). {@code mode}: how people travel to the
 * centres, {@code car} (default) or {@code foot}, as in coverage requests: the travel times and the default threshold (that
 * mode's standard) are the mode's.
 */
public record OptimizeRequestJson(String service, String problem, Integer sites, Double thresholdMin, Boolean keepExisting,
                                  String candidates, String population, Double timeLimitSec, List<EditJson> edits,
                                  Integer capacity, Boolean ownCapacities, List<String> partners, Double minSharePct,
                                  Boolean hostsAmongPartners,
                                  @com.fasterxml.jackson.annotation.JsonAlias({"costPerCentre", "cost_per_centre"}) Double costPerCentreEur,
                                  @com.fasterxml.jackson.annotation.JsonProperty("uptake_per_1000") Double uptakePer1000, String targetGroup,
                                  Boolean singleSource, String mode) {
    static final OptimizeRequestJson EMPTY = new OptimizeRequestJson(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);
}
