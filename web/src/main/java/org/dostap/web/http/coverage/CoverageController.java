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
import org.dostap.web.http.json.GeoJson;
import org.dostap.web.http.json.JsonBodies;

import java.util.Comparator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Coverage, comparisons, catchments and settlement detail. POST takes scenario edits in the body; GET (query
 * parameters) answers for the baseline. Nothing here changes the baseline.
 */
public final class CoverageController {
    private final AccessAnalysis analysis;
    private final CoverageRequests requests;
    private final GeoJson geoJson;
    private final ObjectMapper mapper;
    private final ResponseCache cache = new ResponseCache(512);

    public CoverageController(AccessAnalysis analysis, JsonBodies bodies, GeoJson geoJson, ObjectMapper mapper) {
        this.analysis = analysis;
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

    private void coverage(Context ctx) {
        CoverageQuery q = query(ctx);
        cached(ctx, "coverage " + q, () -> CoverageJson.from(analysis.coverage(q)));
    }

    private void comparison(Context ctx) {
        CoverageQuery q = query(ctx);
        cached(ctx, "comparison " + q, () -> ComparisonJson.from(analysis.compareWithBaseline(q)));
    }

    /** Answers from the cache, or computes, serializes and keeps the answer. */
    private void cached(Context ctx, String key, Supplier<Object> answer) {
        byte[] json = cache.get(key, () -> {
            try {
                return mapper.writeValueAsBytes(answer.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not write JSON", e);
            }
        });
        ctx.contentType("application/json").result(json);
    }

    private void populationComparison(Context ctx) {
        CoverageRequestJson r = requests.read(ctx);
        String code = ctx.pathParam("code");
        CoverageQuery q = requests.query(code, r);
        ctx.json(ComparisonJson.from(analysis.comparePopulation(q, requests.fromColumn(code, r))));
    }

    private void catchments(Context ctx) {
        CoverageRequestJson r = requests.read(ctx);
        CoverageQuery q = requests.query(ctx.pathParam("code"), r);
        List<Integer> thresholds = requests.thresholdsSeconds(q, r);
        byte[] json = cache.get("catchments " + thresholds + " " + q, () -> catchmentsJson(q, thresholds).toString().getBytes(StandardCharsets.UTF_8));
        ctx.contentType("application/json").result(json);
    }

    private ObjectNode catchmentsJson(CoverageQuery q, List<Integer> thresholds) {
        CatchmentResult result = analysis.catchments(q, thresholds);
        RegionData region = analysis.edited(q.regionCode(), q.edits());
        ObjectNode fc = geoJson.featureCollection();
        fc.putObject("dostap").put("travel_time_source", result.travelTimeSource())
                .put("travel_time_description", result.travelTimeDescription())
                .put("facilities_illustrative", result.facilitiesIllustrative());
        List<Catchment> largestFirst = result.catchments().stream()
                .sorted(Comparator.comparingInt(Catchment::thresholdSeconds).reversed()).toList();
        for (Catchment c : largestFirst)
            geoJson.addFeature(fc, geoJson.geometry(c.polygon())).put("facility_id", c.facilityId())
                    .put("facility_name", region.findFacility(c.facilityId()).map(f -> f.name()).orElse(c.facilityId()))
                    .put("service_type", c.serviceTypeId()).put("threshold_min", c.thresholdSeconds() / 60)
                    .put("reached_settlements", c.reachedSettlementIds().size()).put("reached_population", c.reachedPopulation())
                    .put("illustrative", c.illustrative());
        return fc;
    }

    private void detail(Context ctx) {
        CoverageRequestJson r = requests.read(ctx);
        CoverageQuery q = requests.query(ctx.pathParam("code"), r.service() == null
                ? new CoverageRequestJson(firstService(ctx), r.thresholdMin(), r.population(), null, null, r.edits(), r.mode()) : r);
        ctx.json(DetailJson.from(analysis.detail(q, ctx.pathParam("id"))));
    }

    private String firstService(Context ctx) {
        return analysis.region(ctx.pathParam("code")).services().list().get(0).id();
    }
}
