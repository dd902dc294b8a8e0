package org.dostap.engine.scenario;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies scenario edits to a copy of a region: all edits are checked first and every problem is
 * reported at once (nothing applied); only then are they applied in order. The baseline is never mutated.
 */
public final class ScenarioEdits {
    private ScenarioEdits() {}

    /** @throws org.dostap.engine.common.PlanningException INVALID_INPUT listing every bad edit */
    public static RegionData apply(RegionData baseline, List<ScenarioEdit> edits) {
        ProblemCollector problems = new ProblemCollector();
        Map<String, Facility> facilities = new LinkedHashMap<>();
        for (Facility f : baseline.facilities()) facilities.put(f.id(), f);
        for (int i = 0; i < edits.size(); i++) {
            ScenarioEdit edit = edits.get(i);
            String where = "edits[" + i + "]";
            if (edit instanceof ScenarioEdit.CloseRoads) continue; // changes the roads, not the facilities
            String id = edit.facilityId();
            if (id == null || id.isBlank()) {
                problems.field(where + ".facility_id", "facility id is missing");
                continue;
            }
            if (edit instanceof ScenarioEdit.AddFacility add) {
                    if (facilities.containsKey(id)) {
                        problems.field(where + ".facility_id", "a facility with id '" + id + "' already exists");
                    } else if (baseline.services().find(add.serviceType()).isEmpty()) {
                        problems.field(where + ".service_type", "unknown service type '" + add.serviceType() + "'");
                    } else if (add.capacity() < 0) {
                        problems.field(where + ".capacity", "capacity must not be negative, got " + add.capacity());
                    } else if (add.location() == null) {
                        problems.field(where + ".location", "location is missing");
                    } else {
                        facilities.put(id, new Facility(id, add.name() == null || add.name().isBlank() ? id : add.name(),
                                add.serviceType(), add.location(), add.capacity(), add.municipality(), add.status(), false));
                    }
            } else if (edit instanceof ScenarioEdit.MoveFacility move) {
                    Facility f = facilities.get(id);
                    if (f == null) problems.field(where + ".facility_id", "no facility with id '" + id + "'");
                    else if (move.location() == null) problems.field(where + ".location", "location is missing");
                    else facilities.put(id, f.withLocation(move.location()));
            } else if (edit instanceof ScenarioEdit.CloseFacility) {
                    if (facilities.remove(id) == null) problems.field(where + ".facility_id", "no facility with id '" + id + "'");
            } else if (edit instanceof ScenarioEdit.SetCapacity cap) {
                    Facility f = facilities.get(id);
                    if (f == null) problems.field(where + ".facility_id", "no facility with id '" + id + "'");
                    else if (cap.capacity() < 0) problems.field(where + ".capacity", "capacity must not be negative, got " + cap.capacity());
                    else facilities.put(id, f.withCapacity(cap.capacity()));
            }
        }
        problems.throwIfAny();
        return baseline.withFacilities(new ArrayList<>(facilities.values()));
    }

    /** The road closures among the edits, in order. */
    public static List<org.dostap.engine.traveltime.RoadClosure> closures(List<ScenarioEdit> edits) {
        return edits.stream().filter(e -> e instanceof ScenarioEdit.CloseRoads)
                .map(e -> ((ScenarioEdit.CloseRoads) e).closure()).toList();
    }

    /** The edits that change facilities (everything but road closures), in order. */
    public static List<ScenarioEdit> facilityEdits(List<ScenarioEdit> edits) {
        return edits.stream().filter(e -> !(e instanceof ScenarioEdit.CloseRoads)).toList();
    }
}
