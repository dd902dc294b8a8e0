package org.dostap.web.http.coverage;

import io.javalin.http.Context;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.http.json.EditJson;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.json.QueryParameters;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request (JSON body for POST, query parameters for GET) into a validated {@link CoverageQuery},
 * reporting every problem at once (minutes at this edge, seconds inside).
 */
final class CoverageRequests {
    private final AccessAnalysis analysis;
    private final JsonBodies bodies;

    CoverageRequests(AccessAnalysis analysis, JsonBodies bodies) {
        this.analysis = analysis;
        this.bodies = bodies;
    }

    /** The body (POST) or the query parameters (GET) as a request record. */
    CoverageRequestJson read(Context ctx) {
        if (!"GET".equals(ctx.method().name())) return bodies.read(ctx, CoverageRequestJson.class, CoverageRequestJson.EMPTY);
        List<Integer> thresholds = null;
        String list = ctx.queryParam("thresholds_min");
        ProblemCollector problems = new ProblemCollector();
        if (list != null && !list.isBlank()) {
            thresholds = new ArrayList<>();
            for (String part : list.split(",")) thresholds.add(QueryParameters.wholeMinutes(part.trim(), "thresholds_min", problems));
        }
        Integer threshold = QueryParameters.wholeMinutes(ctx, "threshold_min", problems);
        problems.throwIfAny();
        return new CoverageRequestJson(ctx.queryParam("service"), threshold, ctx.queryParam("population"),
                ctx.queryParam("from"), thresholds, null, ctx.queryParam("mode"));
    }

    /** Validates everything; the edits are also checked against the region (unknown facility ids, ...). */
    CoverageQuery query(String regionCode, CoverageRequestJson r) {
        RegionData region = analysis.region(regionCode);
        ProblemCollector problems = new ProblemCollector();
        ServiceType service = service(region, r.service(), problems);
        TravelMode requestedMode = r.mode() == null || r.mode().isBlank() ? null : TravelMode.parse(r.mode()).orElse(null);
        int thresholdMin = r.thresholdMin() == null ? (service == null ? 30 : service.standardSeconds(requestedMode) / 60) // the mode's standard
                : threshold(r.thresholdMin(), "threshold_min", problems);
        String population = column(region, r.population(), "population", problems);
        List<ScenarioEdit> edits = EditJson.applyTo(analysis, regionCode, r.edits(), problems).edits();
        TravelMode mode = r.mode() == null || r.mode().isBlank() ? null : TravelMode.parse(r.mode()).orElse(null);
        if (r.mode() != null && !r.mode().isBlank() && mode == null)
            problems.field("mode", "unknown travel mode '" + r.mode() + "'; one of: car, foot");
        if (mode != null && !analysis.modes().contains(mode))
            problems.field("mode", "travel mode " + mode.label() + " is not available: the road network was imported without"
                    + " the " + mode.label() + " profile");
        problems.throwIfAny();
        return new CoverageQuery(region.code(), service.id(), thresholdMin * 60, population, edits, mode);
    }

    /** The capacitated-coverage options of a coverage request: the demand in service users and whether single source. */
    record Capacity(org.dostap.engine.coverage.ServiceDemand demand, boolean singleSource) { }

    /**
     * The capacity options (null when {@code capacitated} is not true), their problems into {@code problems}: a rate
     * that is negative, no default rate for the service, an unknown target group, a centre of the service without places
     * (in the scenario), the options without {@code capacitated}.
     */
    Capacity capacity(String regionCode, CoverageRequestJson r, List<ScenarioEdit> edits, ProblemCollector problems) {
        boolean on = Boolean.TRUE.equals(r.capacitated());
        if (!on) {
            if (r.uptakePer1000() != null) problems.field("uptake_per_1000", "only with \"capacitated\": true");
            if (r.targetGroup() != null) problems.field("target_group", "only with \"capacitated\": true");
            if (r.singleSource() != null) problems.field("single_source", "only with \"capacitated\": true");
            return null;
        }
        RegionData region = analysis.region(regionCode);
        Double rate = r.uptakePer1000();
        if (rate != null && !(rate >= 0 && Double.isFinite(rate)))
            problems.field("uptake_per_1000", "the uptake rate must be a number >= 0 (users per 1,000), got " + rate);
        String service = r.service() == null ? "" : r.service();
        if (rate == null && region.services().find(service).isPresent()
                && !org.dostap.engine.coverage.ServiceDemand.hasDefault(service))
            problems.field("uptake_per_1000", "no default uptake rate for service type '" + service + "': give users per 1,000 residents");
        String column = r.targetGroup() != null && !r.targetGroup().isBlank() ? r.targetGroup()
                : r.population() == null || r.population().isBlank() ? region.defaultPopulationColumn() : r.population();
        if (r.targetGroup() != null && !region.populationColumns().contains(r.targetGroup()))
            problems.field("target_group", "unknown population column '" + r.targetGroup() + "'; available: "
                    + String.join(", ", region.populationColumns()));
        if (edits != null && region.services().find(service).isPresent()) {
            RegionData edited;
            try {
                edited = analysis.edited(regionCode, edits);
            } catch (PlanningException e) {
                edited = null; // the query reports the edits
            }
            if (edited != null)
                for (var f : edited.facilitiesOf(service))
                    if (f.capacity() <= 0 && f.status() != org.dostap.engine.region.FacilityStatus.CANDIDATE)
                        problems.field("capacitated", "centre " + f.id() + " (" + f.name() + ") has no capacity in places (0 or empty):"
                                + " a capacitated assignment needs the places of every centre");
        }
        if (problems.total() > 0 || (rate != null && !(rate >= 0))) return null;
        try {
            return new Capacity(org.dostap.engine.coverage.ServiceDemand.of(service, column, rate), Boolean.TRUE.equals(r.singleSource()));
        } catch (PlanningException e) {
            problems.addAll(e);
            return null;
        }
    }

    /** The earlier population column of a population comparison (required). */
    String fromColumn(String regionCode, CoverageRequestJson r) {
        ProblemCollector problems = new ProblemCollector();
        if (r.from() == null || r.from().isBlank()) problems.field("from", "the earlier population column is missing (e.g. pop_2011)");
        String c = column(analysis.region(regionCode), r.from(), "from", problems);
        problems.throwIfAny();
        return c;
    }

    /** Catchment thresholds in seconds (default: the query's threshold), at most 6. */
    List<Integer> thresholdsSeconds(CoverageQuery q, CoverageRequestJson r) {
        if (r.thresholdsMin() == null || r.thresholdsMin().isEmpty()) return List.of(q.thresholdSeconds());
        ProblemCollector problems = new ProblemCollector();
        Limits.THRESHOLDS_PER_REQUEST.check(r.thresholdsMin().size(), "thresholds_min", problems);
        List<Integer> out = new ArrayList<>();
        for (Integer t : r.thresholdsMin()) out.add(threshold(t, "thresholds_min", problems) * 60);
        problems.throwIfAny();
        return out.stream().distinct().toList();
    }

    private static ServiceType service(RegionData region, String id, ProblemCollector problems) {
        String known = String.join(", ", region.services().list().stream().map(ServiceType::id).toList());
        if (id == null || id.isBlank()) {
            problems.field("service", "service type is missing; one of: " + known);
            return null;
        }
        ServiceType t = region.services().find(id).orElse(null);
        if (t == null) problems.field("service", "unknown service type '" + id + "'; one of: " + known);
        return t;
    }

    private static int threshold(Integer minutes, String field, ProblemCollector problems) {
        if (!Limits.THRESHOLD_MIN.check(minutes, field, problems)) return 1;
        return minutes;
    }

    private static String column(RegionData region, String column, String field, ProblemCollector problems) {
        if (column == null || column.isBlank()) return region.defaultPopulationColumn();
        if (!region.populationColumns().contains(column)) {
            problems.field(field, "unknown population column '" + column + "'; available: "
                    + String.join(", ", region.populationColumns()));
            return region.defaultPopulationColumn();
        }
        return column;
    }

}
