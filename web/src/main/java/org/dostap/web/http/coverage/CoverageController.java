package org.dostap.web.http.coverage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CatchmentArea;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.http.json.GeoJson;
import org.dostap.web.http.json.JsonBodies;

import java.util.List;

/**
 * Coverage, comparisons, catchments and settlement detail. POST takes scenario edits in the body; GET (query
 * parameters) answers for the baseline. Nothing here changes the baseline.
 */
public final class CoverageController {
    private final AccessAnalysis analysis;
    private final CoverageRequests requests;
    private final GeoJson geoJson;

    public CoverageController(AccessAnalysis analysis, JsonBodies bodies, GeoJson geoJson) {
        this.analysis = analysis;
        this.requests = new CoverageRequests(analysis, bodies);
        this.geoJson = geoJson;
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
        ctx.json(CoverageJson.from(analysis.coverage(query(ctx))));
    }

    private void comparison(Context ctx) {
        ctx.json(ComparisonJson.from(analysis.compareWithBaseline(query(ctx))));
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
        List<CatchmentArea> areas = analysis.catchments(q.regionCode(), q.serviceType(), requests.thresholdsSeconds(q, r), q.edits());
        ObjectNode fc = geoJson.featureCollection();
        for (CatchmentArea a : areas)
            geoJson.addFeature(fc, geoJson.geometry(a.area())).put("facilityId", a.facility().id())
                    .put("facilityName", a.facility().name()).put("serviceType", a.facility().serviceType())
                    .put("thresholdMin", a.thresholdSeconds() / 60)
                    .put("travelTimeSource", analysis.travelTimes().source().label());
        ctx.json(fc);
    }

    private void detail(Context ctx) {
        CoverageRequestJson r = requests.read(ctx);
        CoverageQuery q = requests.query(ctx.pathParam("code"), r.service() == null
                ? new CoverageRequestJson(firstService(ctx), r.thresholdMin(), r.population(), null, null, r.edits()) : r);
        ctx.json(DetailJson.from(analysis.detail(q.regionCode(), ctx.pathParam("id"), q.edits())));
    }

    private String firstService(Context ctx) {
        return analysis.region(ctx.pathParam("code")).services().list().get(0).id();
    }
}
