package org.dostap.engine.coverage;

/**
 * Population-weighted travel time to the nearest facility, over the settlements that have a time
 * ({@code settlements}, including those of population 0, which carry no weight; {@code population});
 * settlements without a time are counted in {@link AreaCoverage}.
 * Mean, median and 90th percentile in seconds, Gini in [0, 1]; all null when that population is 0.
 * Definitions in {@link WeightedStats}.
 */
public record TravelTimeStats(int settlements, long population, Double meanSeconds, Double medianSeconds,
                              Double p90Seconds, Double gini) {
    public static final TravelTimeStats EMPTY = new TravelTimeStats(0, 0, null, null, null, null);
}
