package org.dostap.web.http.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.engine.catchment.Catchment;
import org.dostap.engine.catchment.CatchmentResult;
import org.dostap.engine.region.RegionData;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.data.output.GeoJsonNodes;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.work.Answer;
import org.dostap.web.http.work.Async;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.http.work.WorkCost;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Coverage, comparisons, catchments and settlement detail. POST takes scenario edits in the body; GET (query
 * parameters) answers for the baseline. Nothing here changes the baseline.
 */
public final class CoverageController {
    private final AccessAnalysis analysis;
    private final CoverageRequests requests;
    private final GeoJsonNodes geoJson;
    private final ObjectMapper mapper;
    private final ResponseCache cache;
    private final HeavyWork work;

    public CoverageController(AccessAnalysis analysis, JsonBodies bodies, GeoJsonNodes geoJson, ObjectMapper mapper,
                              HeavyWork work, ResponseCache cache) {
        this.analysis = analysis;
        this.work = work;
        this.cache = cache;
        this.requests = new CoverageRequests(analysis, bodies);
        this.geoJson = geoJson;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/regions/{code}/coverage", this::coverage);
        routes.post("/api/regions/{code}/coverage", this::coverage);
        routes.post("/api/regions/{code}/comparison", this::comparison);
        routes.post("/api/regions/{code}/population-comparison", this::populationComparison);
        routes.get("/api/regions/{code}/catchments", this::catchments);
        routes.post("/api/regions/{code}/catchments", this::catchments);
        routes.get("/api/regions/{code}/settlements/{id}/access", this::detail);
        routes.post("/api/regions/{code}/settlements/{id}/access", this::detail);
    }

    /** Parses and validates the request of {@code ctx} (shared with the export controller). */
    public CoverageQuery query(Context ctx) {
        return requests.query(ctx.pathParam("code"), requests.read(ctx));
    }

    /** Validates a coverage request of region {@code code} given as a record (for requests that embed one). */
    public CoverageQuery query(String code, CoverageRequestJson r) {
        return requests.query(code, r);
    }

    private void coverage(Context ctx) {
        String code = ctx.pathParam("code");
        CoverageRequestJson r = requests.read(ctx);
        CoverageQuery q;
        org.dostap.engine.common.ProblemCollector problems = new org.dostap.engine.common.ProblemCollector();
        try {
            q = requests.query(code, r);
        } catch (org.dostap.engine.common.PlanningException e) {
            if (e.code() != org.dostap.engine.common.ErrorCode.INVALID_INPUT) throw e;
            problems.addAll(e);
            requests.capacity(code, r, null, problems); // every problem at once
            problems.throwIfAny();
            throw e;
        }
        CoverageRequests.Capacity capacity = requests.capacity(code, r, q.edits(), problems);
        problems.throwIfAny();
        if (capacity == null) {
            cached(ctx, "coverage " + q, q, () -> {
                var view = analysis.coverage(q);
                return CoverageJson.from(view, analysis.provenance(view));
            });
            return;
        }
        // coverage with the existing centres' places and the users assigned to them
        cached(ctx, "coverage " + q + " " + capacity, q, () -> {
            var view = analysis.coverage(q);
            return CoverageJson.from(view, analysis.provenance(view), analysis.capacity(q, capacity.demand(), capacity.singleSource()));
        });
    }

    private void comparison(Context ctx) {
        CoverageQuery q = query(ctx);
        cached(ctx, "comparison " + q, q, () -> {
            var c = analysis.compareWithBaseline(q);
            return ComparisonJson.from(c, analysis.provenance(c.after(), java.util.Map.of("compared_with", "baseline")));
        });
    }

    /** Answers from the cache, or computes (on the heavy-work executor), serializes and keeps the answer. */
    private void cached(Context ctx, String key, CoverageQuery q, Supplier<Object> answer) {
        Answer hit = cache.peek(key);
        if (hit != null) {
            hit.send(ctx, "application/json"); // the bytes and their tag as cached: no serialising or hashing here
            return;
        }
        Async.answer(ctx, "application/json", work.submit(what(q), cost(q), () -> cache.get(key, () -> json(answer.get()))));
    }

    /** Runs {@code answer} on the heavy-work executor and sends it as JSON (not cached). */
    private void computed(Context ctx, CoverageQuery q, long cost, Supplier<Object> answer) {
        Async.bytes(ctx, "application/json", work.submit(what(q), cost, () -> json(answer.get())));
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** Estimated memory of a coverage evaluation of {@code q} (settlements x facilities of its region). */
    public long cost(CoverageQuery q) {
        RegionData region = analysis.region(q.regionCode());
        return WorkCost.coverage(region.settlements().size(), region.facilities().size() + q.edits().size());
    }

    private static String what(CoverageQuery q) { return "coverage of " + q.regionCode(); }

    private void populationComparison(Context ctx) {
        CoverageRequestJson r = requests.read(ctx);
        String code = ctx.pathParam("code");
        CoverageQuery q = requests.query(code, r);
        String from = requests.fromColumn(code, r);
        computed(ctx, q, 2 * cost(q), () -> {
            var c = analysis.comparePopulation(q, from);
            return ComparisonJson.from(c, analysis.provenance(c.after(), java.util.Map.of("population_before", c.before().result().populationColumn())));
        });
    }

    private void catchments(Context ctx) {
        CoverageRequestJson r = requests.read(ctx);
        CoverageQuery q = requests.query(ctx.pathParam("code"), r);
        List<Integer> thresholds = requests.thresholdsSeconds(q, r);
        String key = "catchments " + thresholds + " " + q;
        Answer hit = cache.peek(key);
        if (hit != null) {
            hit.send(ctx, "application/json");
            return;
        }
        RegionData region = analysis.region(q.regionCode());
        long cost = WorkCost.catchments(region.settlements().size(), region.facilities().size() + q.edits().size(), thresholds.size());
        Async.answer(ctx, "application/json", work.submit("catchments of " + q.regionCode(), cost,
                () -> cache.get(key, () -> json(catchmentsJson(q, thresholds))))); // bytes at once, no 5 MB String between
    }

    private ObjectNode catchmentsJson(CoverageQuery q, List<Integer> thresholds) {
        CatchmentResult result = analysis.catchments(q, thresholds);
        RegionData region = analysis.edited(q.regionCode(), q.edits());
        ObjectNode fc = geoJson.featureCollection();
        geoJson.addMember(fc, "dostap", new CatchmentsMade(result.travelTimeSource(), result.travelTimeDescription(),
                result.facilitiesIllustrative()));
        geoJson.addMember(fc, "provenance", analysis.provenance(q, java.util.Map.of("thresholds_min",
                thresholds.stream().map(t -> t / 60.0).toList())));
        List<Catchment> largestFirst = result.catchments().stream()
                .sorted(Comparator.comparingInt(Catchment::thresholdSeconds).reversed()).toList();
        for (Catchment c : largestFirst)
            geoJson.addFeature(fc, geoJson.geometry(c.polygon()), new CatchmentProperties(c.facilityId(),
                    region.findFacility(c.facilityId()).map(f -> f.name()).orElse(c.facilityId()), c.serviceTypeId(),
                    c.thresholdSeconds() / 60, c.reachedSettlementIds().size(), c.reachedPopulation(), c.illustrative(),
                    c.reachedPopulationLow(), c.reachedPopulationHigh()));
        return fc;
    }

    /** The catchments' foreign member {@code dostap}: how they were made. */
    record CatchmentsMade(String travelTimeSource, String travelTimeDescription, boolean facilitiesIllustrative) { }

    /** reachedPopulationLow / High: the estimate's range (roads slow to fast), as coverage gives its counts. */
    record CatchmentProperties(String facilityId, String facilityName, String serviceType, int thresholdMin,
                               int reachedSettlements, long reachedPopulation, boolean illustrative,
                               long reachedPopulationLow, long reachedPopulationHigh) { }

    private void detail(Context ctx) {
        CoverageRequestJson r = requests.read(ctx);
        CoverageQuery q = requests.query(ctx.pathParam("code"), r.service() == null
                ? new CoverageRequestJson(firstService(ctx), r.thresholdMin(), r.population(), null, null, r.edits(), r.mode()) : r);
        String id = ctx.pathParam("id");
        computed(ctx, q, cost(q), () -> {
            var d = analysis.detail(q, id);
            return DetailJson.from(d, analysis.provenance(d.view(), java.util.Map.of("settlement_id", id)));
        });
    }

    private String firstService(Context ctx) {
        return analysis.region(ctx.pathParam("code")).services().list().get(0).id();
    }
}
