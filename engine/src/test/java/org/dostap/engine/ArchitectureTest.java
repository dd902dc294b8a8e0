package org.dostap.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Module rules: only engine.routing imports GraphHopper; the engine knows nothing of HTTP or SQL; common imports no feature. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/dostap/engine");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> offenders(String importPrefix, String allowedPackageDir) throws IOException {
        return sources().stream()
                .filter(p -> allowedPackageDir == null || !MAIN.relativize(p).toString().startsWith(allowedPackageDir))
                .filter(p -> {
                    try {
                        return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import " + importPrefix)
                                || l.startsWith("import static " + importPrefix));
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                })
                .map(Path::toString).toList();
    }

    @Test
    void onlyRoutingImportsGraphHopper() throws IOException {
        assertThat(sources()).isNotEmpty();
        assertThat(offenders("com.graphhopper", "routing")).isEmpty();
    }

    @Test
    void engineHasNoHttpOrSql() throws IOException {
        assertThat(offenders("java.sql", null)).isEmpty();
        assertThat(offenders("io.javalin", null)).isEmpty();
        assertThat(offenders("jakarta.servlet", null)).isEmpty();
    }

    @Test
    void commonImportsNoFeaturePackage() throws IOException {
        List<String> bad = sources().stream()
                .filter(p -> MAIN.relativize(p).toString().startsWith("common"))
                .filter(p -> {
                    try {
                        return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import org.dostap.engine.")
                                && !l.startsWith("import org.dostap.engine.common."));
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                }).map(Path::toString).toList();
        assertThat(bad).isEmpty();
    }
}
