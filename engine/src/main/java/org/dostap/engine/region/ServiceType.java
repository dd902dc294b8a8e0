package org.dostap.engine.region;

import org.dostap.engine.traveltime.TravelMode;

import java.util.Objects;

/**
 * A kind of social service (data, not an enum): id such as {@code community-support}, names in
 * Bulgarian and English, and the access standard in seconds (e.g. 30 min = 1800 s) by car and on foot
 * ({@code footStandardSeconds}: the standard when people walk; the same as by car unless the data says otherwise).
 * {@code everySettlementMustReach} marks standards like the Crisis Centre's.
 */
public record ServiceType(String id, String nameBg, String nameEn, int standardSeconds,
                          boolean everySettlementMustReach, boolean mobile, int footStandardSeconds) {
    public ServiceType {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("service type id is blank");
        if (standardSeconds <= 0) throw new IllegalArgumentException("standard must be positive: " + standardSeconds);
        if (footStandardSeconds <= 0) throw new IllegalArgumentException("walking standard must be positive: " + footStandardSeconds);
    }

    /** The same standard by car and on foot. */
    public ServiceType(String id, String nameBg, String nameEn, int standardSeconds, boolean everySettlementMustReach, boolean mobile) {
        this(id, nameBg, nameEn, standardSeconds, everySettlementMustReach, mobile, standardSeconds);
    }

    /** The access standard for people travelling by {@code mode} (null: by car). */
    public int standardSeconds(TravelMode mode) {
        return mode == TravelMode.FOOT ? footStandardSeconds : standardSeconds;
    }
}
