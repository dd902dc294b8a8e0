package org.dostap.engine.routing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Provenance of an imported road network, recorded with the cached graph and shown in every output.
 *
 * @param osmFileName      file name of the OpenStreetMap extract
 * @param osmFileBytes     its size
 * @param osmFileSha256    sha256 of its content (the cache key is derived from it)
 * @param osmFileModified  its last-modified time when imported
 * @param osmDataTimestamp the data timestamp GraphHopper read from the file header ({@code osmosis_replication_timestamp}
 *                         or {@code timestamp}), empty when the file has none
 * @param profiles         imported profiles ({@code car}, {@code foot})
 * @param nodes            graph nodes (junctions and way ends)
 * @param edges            graph edges (road segments between junctions)
 * @param graphhopperVersion GraphHopper version that built the graph
 * @param cacheKey         folder name of the graph under the cache folder
 * @param importedAt       when the graph was built
 * @param importSeconds    how long the import took
 */
public record NetworkMetadata(String osmFileName, long osmFileBytes, String osmFileSha256, Instant osmFileModified,
                              String osmDataTimestamp, List<String> profiles, int nodes, int edges,
                              String graphhopperVersion, String cacheKey, Instant importedAt, double importSeconds) {
    public NetworkMetadata {
        Objects.requireNonNull(osmFileName, "osmFileName");
        Objects.requireNonNull(osmFileSha256, "osmFileSha256");
        Objects.requireNonNull(osmFileModified, "osmFileModified");
        osmDataTimestamp = osmDataTimestamp == null ? "" : osmDataTimestamp;
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(graphhopperVersion, "graphhopperVersion");
        Objects.requireNonNull(cacheKey, "cacheKey");
        Objects.requireNonNull(importedAt, "importedAt");
        if (nodes < 0 || edges < 0 || osmFileBytes < 0) throw new IllegalArgumentException("negative count");
    }

    /** One line for outputs, e.g. {@code road network andorra.osm.pbf (565390 bytes, sha256 70998b72..., OSM data 2013-05-28T...)}. */
    public String describe() {
        return String.format(Locale.ROOT,
                "road network %s (%d bytes, sha256 %s, file date %s, OSM data %s); profiles %s; %d nodes, %d edges; GraphHopper %s",
                osmFileName, osmFileBytes, osmFileSha256.substring(0, Math.min(12, osmFileSha256.length())),
                osmFileModified, osmDataTimestamp.isEmpty() ? "date unknown" : osmDataTimestamp,
                String.join(", ", profiles), nodes, edges, graphhopperVersion);
    }
}
