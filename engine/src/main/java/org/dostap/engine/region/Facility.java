package org.dostap.engine.region;

import org.dostap.engine.common.GeoPoint;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A service site: a centre of one service type at a point. {@code capacity} is a head count (0 = unknown).
 * {@code illustrative} marks sites of a derived baseline that are not real locations.
 */
public record Facility(String id, String name, String serviceType, GeoPoint location, int capacity,
                       String municipality, FacilityStatus status, boolean illustrative) {
    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(location, "location");
        if (capacity < 0) throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        municipality = municipality == null ? "" : municipality;
        status = status == null ? FacilityStatus.EXISTING : status;
    }

    public OptionalInt findCapacity() { return capacity > 0 ? OptionalInt.of(capacity) : OptionalInt.empty(); }

    public Facility withLocation(GeoPoint newLocation) {
        return new Facility(id, name, serviceType, newLocation, capacity, municipality, status, illustrative);
    }

    public Facility withCapacity(int newCapacity) {
        return new Facility(id, name, serviceType, location, newCapacity, municipality, status, illustrative);
    }
}
