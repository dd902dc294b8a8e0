package org.dostap.engine.traveltime;

/**
 * The error band around a travel time: the low and high seconds a trip of that estimated time is likely to take by
 * road (10th and 90th percentiles of road time / estimate where the estimate was fitted). Both are non-decreasing in
 * the time, so the band of the nearest facility is the band of the shortest time. Road times are exact:
 * {@link #EXACT}.
 */
public interface TimeBand {
    TimeBand EXACT = new TimeBand() {
        @Override public int lowSeconds(int seconds) { return seconds; }
        @Override public int highSeconds(int seconds) { return seconds; }
        @Override public boolean exact() { return true; }
    };

    /** Low end for a time ({@link TravelTimeMatrix#UNREACHABLE} stays so). */
    int lowSeconds(int seconds);

    /** High end for a time ({@link TravelTimeMatrix#UNREACHABLE} stays so). */
    int highSeconds(int seconds);

    /** True when low = time = high for every time. */
    boolean exact();
}
