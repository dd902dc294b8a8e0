package org.dostap.engine.region;

import java.util.Locale;
import java.util.Optional;

/** Whether a facility exists, is planned, or is only a candidate site for optimization. */
public enum FacilityStatus {
    EXISTING, PLANNED, CANDIDATE;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<FacilityStatus> parse(String s) {
        for (FacilityStatus f : values()) if (f.label().equalsIgnoreCase(s.trim())) return Optional.of(f);
        return Optional.empty();
    }
}
