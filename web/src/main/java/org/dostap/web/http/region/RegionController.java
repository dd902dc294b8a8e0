package org.dostap.web.http.region;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.http.json.GeoJson;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Regions and their layers: settlements, facilities (baseline) and boundaries, as RFC 7946 GeoJSON. */
public final class RegionController {
    private final AccessAnalysis analysis;
    private final GeoJson geoJson;
    private final Map<String, String> boundariesCache = new ConcurrentHashMap<>();

    public RegionController(AccessAnalysis analysis, GeoJson geoJson) {
        this.analysis = analysis;
        this.geoJson = geoJson;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/regions", ctx -> ctx.json(analysis.regions().listRegions().stream().map(RegionJson.InfoJson::from).toList()));
        routes.get("/api/regions/{code}", ctx -> ctx.json(RegionJson.from(region(ctx), analysis.travelTimes())));
        routes.get("/api/regions/{code}/settlements", this::settlements);
        routes.get("/api/regions/{code}/facilities", this::facilities);
        routes.get("/api/regions/{code}/boundaries", this::boundaries);
    }

    private RegionData region(Context ctx) { return analysis.region(ctx.pathParam("code")); }

    private void settlements(Context ctx) {
        RegionData r = region(ctx);
        ObjectNode fc = geoJson.featureCollection();
        for (Settlement s : r.settlements()) {
            ObjectNode p = geoJson.addFeature(fc, geoJson.point(s.location()));
            p.put("id", s.id()).put("name", s.name()).put("name_en", s.nameEn()).put("municipality", s.municipality())
                    .put("kind", s.kind());
            ObjectNode pop = p.putObject("population");
            new TreeMap<>(s.populationByColumn()).forEach(pop::put);
        }
        ctx.json(fc);
    }

    private void facilities(Context ctx) {
        RegionData r = region(ctx);
        ObjectNode fc = geoJson.featureCollection();
        for (Facility f : r.facilities()) {
            ObjectNode p = geoJson.addFeature(fc, geoJson.point(f.location()));
            FacilityJson j = FacilityJson.from(f);
            p.put("id", j.id()).put("name", j.name()).put("service_type", j.serviceType()).put("capacity", j.capacity())
                    .put("municipality", j.municipality()).put("status", j.status()).put("illustrative", j.illustrative());
        }
        ctx.json(fc);
    }

    /** Municipality and province boundaries (the offline base layer); built once per region. */
    private void boundaries(Context ctx) {
        RegionData r = region(ctx);
        String json = boundariesCache.computeIfAbsent(r.code(), c -> {
            ObjectNode fc = geoJson.featureCollection();
            r.province().ifPresent(p -> addArea(fc, p, "province"));
            r.municipalities().forEach(m -> addArea(fc, m, "municipality"));
            return fc.toString();
        });
        ctx.contentType("application/geo+json; charset=utf-8").result(json);
    }

    private void addArea(ObjectNode fc, AdminArea a, String level) {
        if (a.boundary() == null) return;
        geoJson.addFeature(fc, geoJson.geometry(a.boundary()))
                .put("code", a.code()).put("name_bg", a.nameBg()).put("name_en", a.nameEn()).put("level", level);
    }
}
