package org.dostap.engine.scenario;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.traveltime.RoadClosure;

/**
 * One what-if change to a region's facilities. Edits are applied to a copy, never to the baseline.
 * {@code kind()} is the stable name used in JSON and in the database.
 */
public sealed interface ScenarioEdit {
    String kind();

    /** The facility this edit creates or changes; null for an edit of the road network ({@link CloseRoads}). */
    String facilityId();

    /** Open a new facility. {@code capacity} 0 = unknown. */
    record AddFacility(String facilityId, String name, String serviceType, GeoPoint location, int capacity,
                       String municipality, FacilityStatus status) implements ScenarioEdit {
        public String kind() { return "add"; }
    }

    /** Move an existing facility to a new point. */
    record MoveFacility(String facilityId, GeoPoint location) implements ScenarioEdit {
        public String kind() { return "move"; }
    }

    /** Close (remove) an existing facility. */
    record CloseFacility(String facilityId) implements ScenarioEdit {
        public String kind() { return "close"; }
    }

    /** Change the capacity (head count) of an existing facility. */
    record SetCapacity(String facilityId, int capacity) implements ScenarioEdit {
        public String kind() { return "capacity"; }
    }

    /** Close roads (road travel times only): the baseline network stays open, this scenario routes around. */
    record CloseRoads(RoadClosure closure) implements ScenarioEdit {
        public String kind() { return "close-roads"; }

        public String facilityId() { return null; }
    }
}
