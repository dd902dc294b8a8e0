package org.dostap.engine.mobile;

/**
 * A settlement the plan visits: every {@code frequencyWeeks} weeks on the same working day
 * ({@code day}, 1-based) by the same team, first in {@code firstWeek} (1-based), {@code visits} times in all.
 */
public record ServedSettlement(String settlementId, String name, int population, int frequencyWeeks, int visits,
                               int team, int day, int firstWeek) {
    /** Visits per four weeks, the unit coverage is re-scored in. */
    public double visitsPer4Weeks() { return 4.0 / frequencyWeeks; }
}
