package org.dostap.engine.traveltime;

/**
 * One straight-line distance band of a fitted estimate: trips whose great-circle distance lies in
 * [{@code fromMetres}, {@code toMetres}) ({@code toMetres} infinite for the last band).
 *
 * @param pairs            routed sample pairs in the band
 * @param medianCrowMetres median great-circle distance of those pairs: the band's knot (see {@link ModeEstimate})
 * @param detourFactor     median road distance / great-circle distance
 * @param speedKmh         effective speed along the estimated road distance: the median trip of the band takes
 *                         {@code medianCrowMetres x detourFactor / speedKmh}
 * @param ratioP10         10th percentile of road time / estimated time in the band (the low end of the error band)
 * @param ratioP90         90th percentile of road time / estimated time (the high end)
 */
public record DistanceBand(double fromMetres, double toMetres, int pairs, double medianCrowMetres, double detourFactor,
                           double speedKmh, double ratioP10, double ratioP90) {
    public DistanceBand {
        if (!(fromMetres >= 0) || !(toMetres > fromMetres)) throw new IllegalArgumentException("band bounds must increase");
        if (!(medianCrowMetres > 0) || !(detourFactor > 0) || !(speedKmh > 0))
            throw new IllegalArgumentException("band distance, detour factor and speed must be positive");
        if (!(ratioP10 > 0) || !(ratioP10 <= ratioP90)) throw new IllegalArgumentException("need 0 < p10 <= p90");
        if (pairs < 0) throw new IllegalArgumentException("pairs must not be negative");
    }

    /** Estimated seconds of the band's median trip. */
    public double knotSeconds() { return medianCrowMetres * detourFactor / (speedKmh / 3.6); }

    /** Estimated seconds per great-circle metre at the knot. */
    public double secondsPerCrowMetre() { return detourFactor / (speedKmh / 3.6); }
}
