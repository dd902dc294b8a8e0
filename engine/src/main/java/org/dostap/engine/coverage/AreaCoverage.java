package org.dostap.engine.coverage;

import java.util.List;
import java.util.Objects;

/**
 * Coverage of one area (a municipality, or the whole region): its settlements and population, those not
 * connected to the network (no time, never covered), those connected but with no facility within the search
 * limit, one row per threshold, the uncovered settlements at the threshold of interest ranked by population
 * (largest first, then id), travel-time statistics and the E2SFCA summary (null when no facility of the
 * service has a capacity).
 */
public record AreaCoverage(String code, String nameBg, String nameEn, int settlements, long population,
                           int notConnectedSettlements, long notConnectedPopulation,
                           int unreachedSettlements, long unreachedPopulation,
                           List<ThresholdCoverage> thresholds, List<UncoveredSettlement> uncoveredByPopulation,
                           TravelTimeStats travelTime, E2sfcaSummary e2sfca) {
    public AreaCoverage {
        Objects.requireNonNull(code, "code");
        thresholds = List.copyOf(thresholds);
        uncoveredByPopulation = List.copyOf(uncoveredByPopulation);
        Objects.requireNonNull(travelTime, "travelTime");
    }

    /** The row for one threshold of the table. */
    public ThresholdCoverage getThreshold(int thresholdSeconds) {
        for (ThresholdCoverage t : thresholds) if (t.thresholdSeconds() == thresholdSeconds) return t;
        throw new IllegalArgumentException("threshold " + thresholdSeconds + " s is not in the table");
    }
}
