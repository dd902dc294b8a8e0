package org.dostap.engine.coverage;

/**
 * Settlements and population that reach the service within {@code thresholdSeconds} (travel time at most the
 * threshold), and those that do not (not connected included). The range of an estimate: {@code ...Low} counts the
 * settlements whose high end of the error band is within the threshold (covered even if the roads are slow),
 * {@code ...High} those whose low end is (covered if the roads are fast); with road times all three are equal.
 */
public record ThresholdCoverage(int thresholdSeconds, int coveredSettlements, long coveredPopulation,
                                int uncoveredSettlements, long uncoveredPopulation,
                                int coveredSettlementsLow, int coveredSettlementsHigh,
                                long coveredPopulationLow, long coveredPopulationHigh) {
    public ThresholdCoverage {
        if (thresholdSeconds <= 0) throw new IllegalArgumentException("threshold must be positive");
        if (coveredSettlements < 0 || uncoveredSettlements < 0 || coveredPopulation < 0 || uncoveredPopulation < 0)
            throw new IllegalArgumentException("counts must not be negative");
        if (coveredSettlementsLow > coveredSettlements || coveredSettlementsHigh < coveredSettlements
                || coveredPopulationLow > coveredPopulation || coveredPopulationHigh < coveredPopulation || coveredSettlementsLow < 0)
            throw new IllegalArgumentException("the range must hold the covered counts");
    }

    /** Exact times (road): the range is the count itself. */
    public ThresholdCoverage(int thresholdSeconds, int coveredSettlements, long coveredPopulation,
                             int uncoveredSettlements, long uncoveredPopulation) {
        this(thresholdSeconds, coveredSettlements, coveredPopulation, uncoveredSettlements, uncoveredPopulation,
                coveredSettlements, coveredSettlements, coveredPopulation, coveredPopulation);
    }
}
