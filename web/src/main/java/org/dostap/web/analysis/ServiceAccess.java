package org.dostap.web.analysis;

import org.dostap.engine.region.Facility;
import org.dostap.engine.region.ServiceType;

import java.util.Objects;
import java.util.Optional;

/** A settlement's access to one service type: the nearest facility (if any is reachable) and the time. */
public record ServiceAccess(ServiceType service, Optional<Facility> nearest, int travelTimeSeconds) {
    public ServiceAccess {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(nearest, "nearest");
    }

    public boolean withinStandard() {
        return nearest.isPresent() && travelTimeSeconds <= service.standardSeconds();
    }
}
