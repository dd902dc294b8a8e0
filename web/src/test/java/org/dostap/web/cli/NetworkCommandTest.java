package org.dostap.web.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkCommandTest {
    Path cacheDir = Path.of("target", "NetworkCommandTest-gh");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    @AfterEach
    void wipe() throws IOException {
        if (!Files.exists(cacheDir)) return;
        try (Stream<Path> walk = Files.walk(cacheDir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static String fixture(String name) throws URISyntaxException {
        return Path.of(NetworkCommandTest.class.getResource("/osm/" + name).toURI()).toString();
    }

    int run(String... args) {
        CommandLine cli = DostapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private long cachedGraphs() throws IOException {
        if (!Files.exists(cacheDir)) return 0;
        try (Stream<Path> dirs = Files.list(cacheDir)) {
            return dirs.count();
        }
    }

    @Test
    void importsThenFindsTheCachedGraph() throws Exception {
        String file = fixture("tiny-network.osm");
        assertThat(run("network", "import", file, "--cache-dir", cacheDir.toString(), "--profiles", "car")).isEqualTo(0);
        assertThat(out.toString()).contains("Road network imported in", "tiny-network.osm", "profiles:      car",
                "5 nodes, 4 edges", "GraphHopper 11.0", cacheDir.toAbsolutePath().toString());
        out.getBuffer().setLength(0);
        assertThat(run("network", "import", file, "--cache-dir", cacheDir.toString(), "--profiles", "car")).isEqualTo(0);
        assertThat(out.toString()).contains("Road network loaded from the graph cache", "5 nodes, 4 edges");
        assertThat(cachedGraphs()).isEqualTo(1);
    }

    @Test
    void missingFileExitsWithTwoAndWritesNothing() throws IOException {
        assertThat(run("network", "import", "no-such-extract.osm.pbf", "--cache-dir", cacheDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-extract.osm.pbf: file not found");
        assertThat(cachedGraphs()).isZero();
    }

    @Test
    void notOsmExitsWithTwoAndWritesNothing() throws Exception {
        assertThat(run("network", "import", fixture("not-osm-plain-text.osm"), "--cache-dir", cacheDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not-osm-plain-text.osm: not OpenStreetMap XML");
        assertThat(cachedGraphs()).isZero();
    }

    @Test
    void allBadOptionsAreListedTogether() throws Exception {
        assertThat(run("network", "import", "no-such.osm.bz2", "--profiles", "car,bus", "--cache-dir", cacheDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("3 problems found", "unknown profile 'bus'", "bunzip2", "file not found");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(run("network", "import", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("FILE", "--cache-dir", "--profiles", "graph-cache");
        assertThat(run("network", "import")).isEqualTo(2); // FILE is required
    }
}
