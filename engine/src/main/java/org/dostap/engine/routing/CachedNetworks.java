package org.dostap.engine.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The road networks imported into a graph cache folder ({@link GraphCache}): complete imports only (an interrupted one
 * has no metadata file and is never listed), the most recently imported first. A cached network is opened again through
 * the OpenStreetMap file it was imported from (its path is recorded at import): the file's content selects the graph,
 * so a changed file is imported anew, never mistaken for the cached one.
 */
public final class CachedNetworks {
    private CachedNetworks() {}

    /**
     * One cached graph.
     *
     * @param graphDir the folder of the graph ({@code cacheDir/<key>})
     * @param metadata its provenance
     * @param osmFile  the file it was imported from, when recorded (imports before the path was recorded have none)
     */
    public record Entry(Path graphDir, NetworkMetadata metadata, Optional<Path> osmFile) {
        /** Whether it can be opened: its OpenStreetMap file is recorded and still there. */
        public boolean available() { return osmFile.isPresent() && Files.isRegularFile(osmFile.get()); }

        public String cacheKey() { return metadata.cacheKey(); }
    }

    /** Every complete graph under {@code cacheDir}, most recently imported first; empty when the folder does not exist. */
    public static List<Entry> list(Path cacheDir) {
        if (cacheDir == null || !Files.isDirectory(cacheDir)) return List.of();
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(cacheDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().contains(".importing-")).toList())
                GraphCache.readComplete(dir).ifPresent(m -> entries.add(new Entry(dir, m, GraphCache.readOsmFilePath(dir))));
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // an unreadable cache folder lists nothing; opening by file still works
        }
        entries.sort(Comparator.comparing((Entry e) -> e.metadata().importedAt()).reversed()
                .thenComparing(e -> e.metadata().cacheKey()));
        return List.copyOf(entries);
    }

    /** The most recently imported graph that can be opened (its OpenStreetMap file is still there). */
    public static Optional<Entry> mostRecentAvailable(Path cacheDir) {
        return list(cacheDir).stream().filter(Entry::available).findFirst();
    }
}
