package org.dostap.web.http.coverage;

import org.dostap.engine.traveltime.TravelTimeMatrix;

/** Seconds to minutes at the API edge: one decimal; null for unreachable or unknown. */
public final class Minutes {
    private Minutes() {}

    public static Double of(int seconds) {
        return seconds == TravelTimeMatrix.UNREACHABLE ? null : Math.round(seconds / 6.0) / 10.0;
    }

    public static Double of(double seconds) {
        return Double.isNaN(seconds) ? null : Math.round(seconds / 6.0) / 10.0;
    }
}
