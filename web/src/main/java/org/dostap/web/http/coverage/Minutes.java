package org.dostap.web.http.coverage;

import org.dostap.engine.traveltime.TravelTimeMatrix;

/** Seconds to minutes at the API edge: one decimal; null for no time. */
public final class Minutes {
    private Minutes() {}

    public static Double of(Integer seconds) {
        return seconds == null || seconds == TravelTimeMatrix.UNREACHABLE ? null : Math.round(seconds / 6.0) / 10.0;
    }

    public static Double of(Double seconds) {
        return seconds == null || seconds.isNaN() ? null : Math.round(seconds / 6.0) / 10.0;
    }
}
