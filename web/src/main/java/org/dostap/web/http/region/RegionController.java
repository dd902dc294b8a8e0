package org.dostap.web.http.region;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.data.output.GeoJsonNodes;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.http.work.Answer;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Regions and their layers: settlements, facilities (baseline) and boundaries, as RFC 7946 GeoJSON. Each answer is
 * serialised once per region as loaded (and per travel times in use) and sent as those bytes with their entity tag
 * afterwards: the map and everyone else asking for the same layer cost no serialising.
 */
public final class RegionController {
    private final AccessAnalysis analysis;
    private final GeoJsonNodes geoJson;
    private final ObjectMapper mapper;
    /** Per region code and answer: the answer's bytes and what they were made from (a new import or network: again). */
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

    private record Prepared(RegionData region, TravelTimeProvider travelTimes, Answer answer) { }

    public RegionController(AccessAnalysis analysis, GeoJsonNodes geoJson, ObjectMapper mapper) {
        this.analysis = analysis;
        this.geoJson = geoJson;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/regions", ctx -> ctx.json(analysis.regions().listRegions().stream().map(RegionJson.InfoJson::from).toList()));
        routes.get("/api/regions/{code}", ctx -> send(ctx, "description", "application/json",
                (r, travelTimes) -> RegionJson.from(r, travelTimes)));
        routes.get("/api/regions/{code}/settlements", ctx -> send(ctx, "settlements", "application/json", (r, t) -> settlements(r)));
        routes.get("/api/regions/{code}/facilities", ctx -> send(ctx, "facilities", "application/json", (r, t) -> facilities(r)));
        routes.get("/api/regions/{code}/boundaries", ctx -> send(ctx, "boundaries", "application/geo+json; charset=utf-8",
                (r, t) -> boundaries(r)));
    }

    private RegionData region(Context ctx) { return analysis.region(ctx.pathParam("code")); }

    /** Sends answer {@code what} of the request's region, serialised by {@code build} the first time for this region. */
    private void send(Context ctx, String what, String contentType, BiFunction<RegionData, TravelTimeProvider, Object> build) {
        RegionData r = region(ctx);
        TravelTimeProvider travelTimes = analysis.travelTimes();
        String key = r.code() + "|" + what;
        Prepared p = prepared.get(key);
        if (p == null || p.region() != r || p.travelTimes() != travelTimes) {
            try {
                p = new Prepared(r, travelTimes, Answer.of(mapper.writeValueAsBytes(build.apply(r, travelTimes))));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not write JSON", e);
            }
            prepared.put(key, p);
        }
        p.answer().send(ctx, contentType);
    }

    private ObjectNode settlements(RegionData r) {
        var fc = geoJson.featureCollection();
        for (Settlement s : r.settlements())
            geoJson.addFeature(fc, geoJson.point(s.location()), new SettlementProperties(s.id(), s.name(), s.nameEn(),
                    s.municipality(), s.kind(), new TreeMap<>(s.populationByColumn())));
        return fc;
    }

    private ObjectNode facilities(RegionData r) {
        var fc = geoJson.featureCollection();
        for (Facility f : r.facilities()) {
            FacilityJson j = FacilityJson.from(f);
            geoJson.addFeature(fc, geoJson.point(f.location()), new FacilityProperties(j.id(), j.name(), j.serviceType(),
                    j.capacity(), j.municipality(), j.status(), j.illustrative()));
        }
        return fc;
    }

    /** Municipality and province boundaries (the offline base layer). */
    private ObjectNode boundaries(RegionData r) {
        var fc = geoJson.featureCollection();
        r.province().ifPresent(p -> addArea(fc, p, "province"));
        r.municipalities().forEach(m -> addArea(fc, m, "municipality"));
        return fc;
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
