package org.dostap.web.http.region;

import org.dostap.engine.region.Facility;

/** A facility as JSON (also used as GeoJSON properties). */
public record FacilityJson(String id, String name, String serviceType, double lon, double lat, int capacity,
                           String municipality, String status, boolean illustrative) {
    public static FacilityJson from(Facility f) {
        return new FacilityJson(f.id(), f.name(), f.serviceType(), f.location().lon(), f.location().lat(), f.capacity(),
                f.municipality(), f.status().label(), f.illustrative());
    }
}
