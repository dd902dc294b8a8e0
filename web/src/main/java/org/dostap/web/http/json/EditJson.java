package org.dostap.web.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.data.input.ClosureFileReader;
import org.dostap.data.output.GeoJsonNodes;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProblemLocation;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.RoadClosure;
import org.dostap.web.analysis.AccessAnalysis;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scenario edit as JSON: {@code {"kind":"add","facility_id":"new-1","service_type":"crisis","lon":24.7,"lat":41.6}},
 * {@code {"kind":"move","facility_id":"F1","lon":..,"lat":..}}, {@code {"kind":"close","facility_id":"F1"}},
 * {@code {"kind":"capacity","facility_id":"F1","capacity":40}},
 * {@code {"kind":"close-roads","name":"CG-2","season":"winter","geometry":{GeoJSON Polygon or LineString},
 * "road_classes":["track","unclassified"]}} (road travel times only; no facility id).
 */
public record EditJson(String kind, String facilityId, String name, String serviceType, Double lon, Double lat,
                       Integer capacity, String municipality, String status, JsonNode geometry, String season,
                       List<String> roadClasses) {
    public static final int MAX_EDITS = (int) Limits.EDITS_PER_REQUEST.max();

    public static EditJson from(ScenarioEdit edit) {
        if (edit instanceof ScenarioEdit.AddFacility a)
            return new EditJson("add", a.facilityId(), a.name(), a.serviceType(), a.location().lon(), a.location().lat(),
                    a.capacity(), a.municipality(), a.status() == null ? null : a.status().label(), null, null, null);
        if (edit instanceof ScenarioEdit.MoveFacility m)
            return new EditJson("move", m.facilityId(), null, null, m.location().lon(), m.location().lat(), null, null, null,
                    null, null, null);
        if (edit instanceof ScenarioEdit.SetCapacity c)
            return new EditJson("capacity", c.facilityId(), null, null, null, null, c.capacity(), null, null, null, null, null);
        if (edit instanceof ScenarioEdit.CloseRoads r)
            return new EditJson("close-roads", null, r.closure().name(), null, null, null, null, null, null,
                    GeoJsonNodes.exactGeometry(r.closure().geometry()), r.closure().season(), r.closure().roadClasses());
        return new EditJson("close", edit.facilityId(), null, null, null, null, null, null, null, null, null, null);
    }

    /** The edits of a request, and the region they make when they apply (see {@link #applyTo}). */
    public record Applied(List<ScenarioEdit> edits, Optional<RegionData> edited) { }

    /**
     * Parses every edit ({@link #toEdits}) and, when all of them parse, applies them once to region {@code code}, so
     * that an edit that cannot apply (an unknown facility, a point outside the region) is named with the others. The
     * edited region is there when there are edits and they apply.
     */
    public static Applied applyTo(AccessAnalysis analysis, String code, List<EditJson> edits, ProblemCollector problems) {
        long before = problems.total();
        List<ScenarioEdit> parsed = toEdits(edits, problems);
        if (problems.total() > before || parsed.isEmpty()) return new Applied(parsed, Optional.empty());
        try {
            return new Applied(parsed, Optional.of(analysis.edited(code, parsed)));
        } catch (PlanningException e) {
            problems.addAll(e);
            return new Applied(parsed, Optional.empty());
        }
    }

    /** Parses every edit, collecting every problem (fields named {@code edits[i].field}). */
    public static List<ScenarioEdit> toEdits(List<EditJson> edits, ProblemCollector problems) {
        List<ScenarioEdit> out = new ArrayList<>();
        if (edits == null) return out;
        if (edits.size() > MAX_EDITS) {
            Limits.EDITS_PER_REQUEST.check(edits.size(), "edits", problems);
            return out;
        }
        for (int i = 0; i < edits.size(); i++) {
            EditJson e = edits.get(i);
            String where = "edits[" + i + "]";
            if (e == null) { problems.field(where, "edit is null"); continue; }
            ScenarioEdit parsed = e.toEdit(where, problems);
            if (parsed != null) out.add(parsed);
        }
        return out;
    }

    private ScenarioEdit toEdit(String where, ProblemCollector problems) {
        long before = problems.total();
        if ("close-roads".equals(kind)) return closeRoads(where, problems);
        if (facilityId == null || facilityId.isBlank()) problems.field(where + ".facility_id", "facility id is missing");
        else Limits.ID_LENGTH.check(facilityId.length(), where + ".facility_id", problems);
        if (name != null && name.length() > 200) problems.field(where + ".name", "the name is longer than 200 characters");
        if (municipality != null && municipality.length() > 100) problems.field(where + ".municipality", "the municipality is longer than 100 characters");
        String k = kind == null ? "" : kind;
        ScenarioEdit edit = switch (k) {
            case "add" -> {
                if (serviceType == null || serviceType.isBlank()) problems.field(where + ".service_type", "service type is missing");
                GeoPoint p = point(where, problems);
                FacilityStatus st = FacilityStatus.PLANNED;
                if (status != null && !status.isBlank()) {
                    st = FacilityStatus.parse(status).orElse(null);
                    if (st == null) problems.field(where + ".status", "status must be existing, planned or candidate, got '" + status + "'");
                }
                int cap = capacity(where, problems);
                yield p == null ? null : new ScenarioEdit.AddFacility(facilityId, name, serviceType, p, cap, municipality, st);
            }
            case "move" -> {
                GeoPoint p = point(where, problems);
                yield p == null ? null : new ScenarioEdit.MoveFacility(facilityId, p);
            }
            case "close" -> new ScenarioEdit.CloseFacility(facilityId);
            case "capacity" -> {
                if (capacity == null) problems.field(where + ".capacity", "capacity is missing");
                yield new ScenarioEdit.SetCapacity(facilityId, capacity(where, problems));
            }
            default -> {
                problems.field(where + ".kind", "kind must be add, move, close, capacity or close-roads, got '" + k + "'");
                yield null;
            }
        };
        return problems.total() == before ? edit : null;
    }

    private ScenarioEdit closeRoads(String where, ProblemCollector problems) {
        if (name != null && name.length() > 200) problems.field(where + ".name", "name is longer than 200 characters");
        Geometry g = ClosureFileReader.geometry(geometry, new ProblemLocation.Field(where), problems);
        List<String> classes = roadClasses == null ? List.of() : roadClasses;
        if (g == null || !RoadClosure.check(new ProblemLocation.Field(where), g, classes, problems)) return null;
        return new ScenarioEdit.CloseRoads(new RoadClosure(name, season, g, classes));
    }

    private int capacity(String where, ProblemCollector problems) {
        if (capacity == null) return 0;
        if (capacity < 0) problems.field(where + ".capacity", "capacity must not be negative, got " + capacity);
        return Math.max(0, capacity);
    }

    private GeoPoint point(String where, ProblemCollector problems) {
        boolean ok = true;
        if (lon == null) { problems.field(where + ".lon", "longitude is missing"); ok = false; }
        else if (!(lon >= -180 && lon <= 180)) { problems.field(where + ".lon", "longitude must be between -180 and 180, got " + lon); ok = false; }
        if (lat == null) { problems.field(where + ".lat", "latitude is missing"); ok = false; }
        else if (!(lat >= -90 && lat <= 90)) { problems.field(where + ".lat", "latitude must be between -90 and 90, got " + lat); ok = false; }
        return ok ? new GeoPoint(lon, lat) : null;
    }
}
