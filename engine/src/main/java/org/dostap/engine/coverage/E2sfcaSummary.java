package org.dostap.engine.coverage;

import java.util.List;

/**
 * The capacity-aware accessibility index (E2SFCA) of an area: places per 1,000 residents, population-weighted
 * mean over its settlements (not-connected settlements count with 0), minimum and maximum, and the settlements
 * and population with an index of 0 (no facility with capacity within the catchment). Catchment size and
 * zone weights as in {@link E2sfca}.
 */
public record E2sfcaSummary(int catchmentSeconds, List<Double> zoneWeights, int facilitiesWithCapacity,
                            long totalCapacity, Double meanPer1000, Double minPer1000, Double maxPer1000,
                            int settlementsWithoutAccess, long populationWithoutAccess) {
    public E2sfcaSummary {
        zoneWeights = List.copyOf(zoneWeights);
    }
}
