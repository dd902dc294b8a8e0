package org.dostap.engine.population;

/** Project to {@code horizonYear} fitting only {@code fitFromYear..fitToYear} (both inside the history). */
public record ProjectionRequest(int fitFromYear, int fitToYear, int horizonYear) {
    public static final int MAX_HORIZON_YEAR = 2050;
    /** The fewest fit years: enough to hold some out for the back-test and still fit a trend. */
    public static final int MIN_FIT_YEARS = 4;
}
