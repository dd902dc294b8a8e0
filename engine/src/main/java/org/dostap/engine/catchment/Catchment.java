package org.dostap.engine.catchment;

import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Objects;

/**
 * The area from which one facility is reached within {@code thresholdSeconds} (EPSG:4326 polygon, empty when
 * nothing is reachable), and the settlements whose travel time to it is at most the threshold (ids in
 * region order) with their population in the request's column. {@code illustrative} is the facility's flag. With
 * estimated times the reached population has the estimate's range as coverage counts it: {@code reachedPopulationLow}
 * the settlements whose error band's high end is within the threshold (roads slow), {@code reachedPopulationHigh} those
 * whose low end is (roads fast); with road times both equal {@code reachedPopulation}.
 */
public record Catchment(String facilityId, String serviceTypeId, int thresholdSeconds, Geometry polygon,
                        List<String> reachedSettlementIds, long reachedPopulation, boolean illustrative,
                        long reachedPopulationLow, long reachedPopulationHigh) {
    public Catchment {
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(polygon, "polygon");
        reachedSettlementIds = List.copyOf(reachedSettlementIds);
    }
}
