package org.dostap.data.postgis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata of an imported road network (the graph itself is in the graph cache): the OSM file's name, its date
 * (empty when unknown), size, SHA-256 and the routing profile. {@code id} is 0 before it is recorded.
 */
public record RoadNetworkRecord(long id, String regionCode, String fileName, Optional<Instant> fileDate, long sizeBytes,
                                String sha256, String profile, Instant importedAt) {
    public RoadNetworkRecord {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(profile, "profile");
        regionCode = regionCode == null ? "" : regionCode;
        fileDate = fileDate == null ? Optional.empty() : fileDate;
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        if (sizeBytes < 0) throw new IllegalArgumentException("sizeBytes must not be negative");
    }
}
