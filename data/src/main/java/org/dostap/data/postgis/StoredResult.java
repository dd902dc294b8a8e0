package org.dostap.data.postgis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A computed result kept for later comparison, with what it came from: region and scenario (empty = the baseline)
 * at a version, the kind of result ({@code coverage}, {@code optimize}, ...), the population column, how travel
 * times were obtained ({@code road} or {@code estimated}) and over which network, the data provenance and the software
 * version. {@code resultJson} is the result as the API returned it. {@code id} is 0 before it is saved.
 */
public record StoredResult(long id, String regionCode, Optional<String> scenarioId, OptionalLong scenarioVersion,
                           String kind, String populationColumn, String travelTimeSource, OptionalLong networkId,
                           String networkLabel, String dataProvenance, String softwareVersion, Instant createdAt,
                           String resultJson) {
    public StoredResult {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(populationColumn, "populationColumn");
        Objects.requireNonNull(travelTimeSource, "travelTimeSource");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(resultJson, "resultJson");
        scenarioId = scenarioId == null ? Optional.empty() : scenarioId;
        scenarioVersion = scenarioVersion == null ? OptionalLong.empty() : scenarioVersion;
        networkId = networkId == null ? OptionalLong.empty() : networkId;
        networkLabel = networkLabel == null ? "" : networkLabel;
        dataProvenance = dataProvenance == null ? "" : dataProvenance;
        if (!travelTimeSource.equals("road") && !travelTimeSource.equals("estimated"))
            throw new IllegalArgumentException("travelTimeSource must be 'road' or 'estimated', got " + travelTimeSource);
    }
}
