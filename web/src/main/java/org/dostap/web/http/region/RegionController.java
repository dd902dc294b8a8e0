package org.dostap.web.http.region;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.data.output.GeoJsonNodes;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Regions and their layers: settlements, facilities (baseline) and boundaries, as RFC 7946 GeoJSON. */
public final class RegionController {
    private final AccessAnalysis analysis;
    private final GeoJsonNodes geoJson;
    private final Map<String, String> boundariesCache = new ConcurrentHashMap<>();

    public RegionController(AccessAnalysis analysis, GeoJsonNodes geoJson) {
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
        var fc = geoJson.featureCollection();
        for (Settlement s : r.settlements())
            geoJson.addFeature(fc, geoJson.point(s.location()), new SettlementProperties(s.id(), s.name(), s.nameEn(),
                    s.municipality(), s.kind(), new TreeMap<>(s.populationByColumn())));
        ctx.json(fc);
    }

    private void facilities(Context ctx) {
        RegionData r = region(ctx);
        var fc = geoJson.featureCollection();
        for (Facility f : r.facilities()) {
            FacilityJson j = FacilityJson.from(f);
            geoJson.addFeature(fc, geoJson.point(f.location()), new FacilityProperties(j.id(), j.name(), j.serviceType(),
                    j.capacity(), j.municipality(), j.status(), j.illustrative()));
        }
        ctx.json(fc);
    }

    /** Municipality and province boundaries (the offline base layer); built once per region. */
    private void boundaries(Context ctx) {
        RegionData r = region(ctx);
        String json = boundariesCache.computeIfAbsent(r.code(), c -> {
            var fc = geoJson.featureCollection();
            r.province().ifPresent(p -> addArea(fc, p, "province"));
            r.municipalities().forEach(m -> addArea(fc, m, "municipality"));
            return fc.toString();
        });
        ctx.contentType("application/geo+json; charset=utf-8").result(json);
    }

    private void addArea(ObjectNode fc, AdminArea a, String level) {
        if (a.boundary() == null) return;
        geoJson.addFeature(fc, geoJson.geometry(a.boundary()),
                new AreaProperties(a.code(), a.nameBg(), a.nameEn(), level));
    }

    /** A settlement on the map: its population in every column, by column name. */
    record SettlementProperties(String id, String name, String nameEn, String municipality, String kind,
                                java.util.Map<String, Integer> population) { }

    record FacilityProperties(String id, String name, String serviceType, int capacity, String municipality, String status,
                              boolean illustrative) { }

    /** A municipality or province boundary: {@code level} is {@code municipality} or {@code province}. */
    record AreaProperties(String code, String nameBg, String nameEn, String level) { }
}
