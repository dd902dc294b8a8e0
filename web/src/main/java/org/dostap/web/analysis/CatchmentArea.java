package org.dostap.web.analysis;

import org.dostap.engine.region.Facility;
import org.locationtech.jts.geom.Geometry;

import java.util.Objects;

/** The area from which a facility is reachable within a threshold (seconds), EPSG:4326. */
public record CatchmentArea(Facility facility, int thresholdSeconds, Geometry area) {
    public CatchmentArea {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(area, "area");
    }
}
