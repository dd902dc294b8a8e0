package org.dostap.engine.catchment;

import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Objects;

/**
 * The area from which one facility is reached within {@code thresholdSeconds} (EPSG:4326 polygon, empty when
 * nothing is reachable), and the settlements whose travel time to it is at most the threshold (ids in
 * region order) with their population in the request's column. {@code illustrative} is the facility's flag.
 */
public record Catchment(String facilityId, String serviceTypeId, int thresholdSeconds, Geometry polygon,
                        List<String> reachedSettlementIds, long reachedPopulation, boolean illustrative) {
    public Catchment {
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(polygon, "polygon");
        reachedSettlementIds = List.copyOf(reachedSettlementIds);
    }
}
