package org.dostap.engine.traveltime;

/**
 * One measured trip between two sample places: great-circle metres, road seconds, and road metres
 * ({@code NaN} when only the time was measured).
 */
public record TripSample(TravelMode mode, double crowMetres, int roadSeconds, double roadMetres) {
    public TripSample {
        if (!(crowMetres >= 0) || roadSeconds < 0) throw new IllegalArgumentException("distance and time must not be negative");
    }
}
