package org.dostap.engine.traveltime;

import java.util.Locale;
import java.util.Optional;

/** How people (or mobile teams) travel. */
public enum TravelMode {
    CAR, FOOT;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<TravelMode> parse(String s) {
        for (TravelMode m : values()) if (m.label().equalsIgnoreCase(s == null ? "" : s.trim())) return Optional.of(m);
        return Optional.empty();
    }
}
