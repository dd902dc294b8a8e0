package org.dostap.web.analysis;

import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.Objects;

/**
 * A settlement's access to the nearest service of one type: travel time in seconds
 * ({@link TravelTimeMatrix#UNREACHABLE} when none is reachable or the settlement is not connected),
 * the facility id ("" when none), and whether it is covered within the threshold.
 */
public record SettlementAccess(Settlement settlement, int population, int travelTimeSeconds, String nearestFacilityId,
                               boolean connected, boolean covered) {
    public SettlementAccess {
        Objects.requireNonNull(settlement, "settlement");
        nearestFacilityId = nearestFacilityId == null ? "" : nearestFacilityId;
    }

    public boolean reachable() { return travelTimeSeconds != TravelTimeMatrix.UNREACHABLE; }
}
