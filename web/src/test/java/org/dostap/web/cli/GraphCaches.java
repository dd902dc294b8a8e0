package org.dostap.web.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The graph-cache folder of a command-line test on an OSM extract, removed before and after the class runs. */
final class GraphCaches {
    private GraphCaches() { }

    static void wipe(Path cache) throws IOException {
        if (!Files.exists(cache)) return;
        try (Stream<Path> s = Files.walk(cache)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
