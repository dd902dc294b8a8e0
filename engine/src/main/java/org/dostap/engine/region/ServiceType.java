package org.dostap.engine.region;

import java.util.Objects;

/**
 * A kind of social service (data, not an enum): id such as {@code community-support}, names in
 * Bulgarian and English, and the access standard in seconds (e.g. 30 min = 1800 s).
 * {@code everySettlementMustReach} marks standards like the Crisis Centre's.
 */
public record ServiceType(String id, String nameBg, String nameEn, int standardSeconds,
                          boolean everySettlementMustReach, boolean mobile) {
    public ServiceType {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("service type id is blank");
        if (standardSeconds <= 0) throw new IllegalArgumentException("standard must be positive: " + standardSeconds);
    }
}
