package org.dostap.engine.coverage;

/**
 * Settlements and population that reach the service within {@code thresholdSeconds} (travel time at most the
 * threshold), and those that do not (not connected included).
 */
public record ThresholdCoverage(int thresholdSeconds, int coveredSettlements, long coveredPopulation,
                                int uncoveredSettlements, long uncoveredPopulation) {
    public ThresholdCoverage {
        if (thresholdSeconds <= 0) throw new IllegalArgumentException("threshold must be positive");
        if (coveredSettlements < 0 || uncoveredSettlements < 0 || coveredPopulation < 0 || uncoveredPopulation < 0)
            throw new IllegalArgumentException("counts must not be negative");
    }
}
