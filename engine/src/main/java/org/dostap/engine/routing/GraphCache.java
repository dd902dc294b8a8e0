package org.dostap.engine.routing;

import org.dostap.engine.traveltime.TravelMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where imported graphs live: {@code cacheDir/<key>/}, where the key is the first 24 hex digits of
 * sha256(sha256 of the OSM file content, the custom-model JSON of every profile, the encoded values,
 * the minimum network size, the GraphHopper version, {@link #FORMAT}). A changed file, profile or
 * GraphHopper version therefore gets a new folder and a fresh import; an unchanged one loads.
 * <p>
 * A graph is imported into {@code <key>.importing-<nanos>} and renamed to {@code <key>} only after
 * GraphHopper finished and {@link #METADATA_FILE} was written, so an interrupted import is never loaded
 * (a folder without the metadata file is treated as absent and replaced).
 */
final class GraphCache {
    static final String METADATA_FILE = "dostap-network.properties";
    /** Bump when the cache layout or metadata changes. */
    static final String FORMAT = "dostap-graph-1";

    private GraphCache() {}

    static String sha256Hex(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(String osmSha256, Set<TravelMode> modes, int minNetworkSize, String graphhopperVersion) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder(FORMAT).append('\n').append(osmSha256).append('\n')
                    .append(Profiles.ENCODED_VALUES).append('\n').append(minNetworkSize).append('\n')
                    .append(graphhopperVersion).append('\n');
            modes.stream().sorted().forEach(m -> sb.append(m.label()).append('\n').append(Profiles.customModelJson(m)).append('\n'));
            byte[] digest = md.digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The metadata of a complete cached graph, if there is one. */
    static Optional<NetworkMetadata> readComplete(Path graphDir) {
        Path file = graphDir.resolve(METADATA_FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new NetworkMetadata(p.getProperty("osm_file"), Long.parseLong(p.getProperty("osm_file_bytes")),
                    p.getProperty("osm_file_sha256"), Instant.parse(p.getProperty("osm_file_modified")),
                    p.getProperty("osm_data_timestamp", ""), List.of(p.getProperty("profiles").split(",")),
                    Integer.parseInt(p.getProperty("nodes")), Integer.parseInt(p.getProperty("edges")),
                    p.getProperty("graphhopper_version"), p.getProperty("cache_key"),
                    Instant.parse(p.getProperty("imported_at")), Double.parseDouble(p.getProperty("import_seconds"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or partial metadata: treat as not cached
        }
    }

    /** The OSM file a cached graph was imported from (its absolute path when imported), if recorded. */
    static Optional<Path> readOsmFilePath(Path graphDir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(graphDir.resolve(METADATA_FILE), StandardCharsets.UTF_8)) {
            p.load(r);
            String path = p.getProperty("osm_file_path");
            return path == null || path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void writeMetadata(Path graphDir, NetworkMetadata m, Path osmFile) throws IOException {
        Properties p = new Properties();
        p.setProperty("osm_file_path", osmFile.toAbsolutePath().normalize().toString());
        p.setProperty("osm_file", m.osmFileName());
        p.setProperty("osm_file_bytes", Long.toString(m.osmFileBytes()));
        p.setProperty("osm_file_sha256", m.osmFileSha256());
        p.setProperty("osm_file_modified", m.osmFileModified().toString());
        p.setProperty("osm_data_timestamp", m.osmDataTimestamp());
        p.setProperty("profiles", String.join(",", m.profiles()));
        p.setProperty("nodes", Integer.toString(m.nodes()));
        p.setProperty("edges", Integer.toString(m.edges()));
        p.setProperty("graphhopper_version", m.graphhopperVersion());
        p.setProperty("cache_key", m.cacheKey());
        p.setProperty("imported_at", m.importedAt().toString());
        p.setProperty("import_seconds", Double.toString(m.importSeconds()));
        Path tmp = graphDir.resolve(METADATA_FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Dostap road network; this file marks a complete import");
        }
        Files.move(tmp, graphDir.resolve(METADATA_FILE));
    }

    /**
     * Removes leftovers of imports that were interrupted (a crash, a killed process) more than {@code age} ago; younger
     * ones may still be running in another process.
     */
    static void deleteStaleImports(Path cacheDir, java.time.Duration age) {
        if (!Files.isDirectory(cacheDir)) return;
        Instant before = Instant.now().minus(age);
        try (Stream<Path> entries = Files.list(cacheDir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().contains(".importing-")).toList())
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) deleteRecursively(p);
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover folder costs disk space, never correctness
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
