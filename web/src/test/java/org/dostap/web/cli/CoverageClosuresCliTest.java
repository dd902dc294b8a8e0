package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dostap coverage --osm andorra.osm.pbf --closures FILE}: the engine's Andorra closures through the command line
 * (fixtures in {@code andorra/}). Canillo reaches the centre in Andorra la Vella in 669 s on the open network, 1817 s
 * over the Coll d'Ordino with the CG-2 closed above Encamp, and not at all with both closed.
 */
class CoverageClosuresCliTest {
    static final Path OSM = Path.of("../engine/src/test/resources/osm/andorra.osm.pbf");
    static final Path CACHE = Path.of("target/CoverageClosuresCliTest-gh");
    @TempDir Path tmp;

    @BeforeAll
    @AfterAll
    static void wipeCache() throws IOException {
        GraphCaches.wipe(CACHE);
    }

    private CliRun coverage(Path out, String... closures) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("coverage", "--settlements", fixture("settlements-andorra.csv"),
                "--facilities", fixture("facilities-andorra.csv"), "--service", "community-support", "--threshold-min", "30",
                "--osm", OSM.toString(), "--cache-dir", CACHE.toString(), "--out", out.toString()));
        for (String c : closures) args.addAll(List.of("--closures", fixture(c)));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void closingTheCg2TakesCanilloBeyondThirtyMinutesAndRecordsTheClosure() throws Exception {
        Path open = tmp.resolve("open"), closed = tmp.resolve("closed");
        CliRun a = coverage(open);
        assertThat(a.exitCode()).as(a.err()).isZero();
        CliRun b = coverage(closed, "cg2-above-encamp.geojson");
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.err()).contains("Roads closed (cg2-above-encamp.geojson): 'CG-2 above Encamp' (winter): 4 road segments");

        assertThat(minutes(open)).containsEntry("canillo", "11.2").containsEntry("encamp", "7.3");
        assertThat(minutes(closed)).containsEntry("canillo", "30.3").containsEntry("encamp", "7.3");
        JsonNode s = new ObjectMapper().readTree(closed.resolve("summary.json").toFile());
        assertThat(s.get("covered_settlements").asInt()).isEqualTo(3); // alv, encamp, ordino; canillo and soldeu beyond
        assertThat(s.get("provenance").get("travel_time_model").asText())
                .contains("roads closed: 'CG-2 above Encamp' (winter): 4 road segments");
        JsonNode o = new ObjectMapper().readTree(open.resolve("summary.json").toFile());
        assertThat(o.get("covered_settlements").asInt()).isEqualTo(5);
        assertThat(o.get("provenance").get("travel_time_model").asText()).doesNotContain("roads closed");
    }

    @Test
    void withTheCollDOrdinoClosedTooCanillosSideIsNotReachable() throws Exception {
        Path out = tmp.resolve("winter");
        CliRun run = coverage(out, "cg2-and-coll-d-ordino.geojson");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(minutes(out)).containsEntry("canillo", "").containsEntry("soldeu", "").containsEntry("ordino", "8");
    }

    @Test
    void aClosureOutsideTheNetworkIsRefusedNamingTheFeatureAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("bad");
        CliRun run = coverage(out, "closure-outside-the-network.geojson");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("closure-outside-the-network.geojson, feature 2, column geometry: "
                + "closure 'Pamporovo pass' lies outside the road network: no road near it");
        assertThat(out).doesNotExist();
    }

    @Test
    void closuresWithoutARoadNetworkAreRefused() throws Exception {
        Path out = tmp.resolve("estimated");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "community-support", "--closures",
                fixture("cg2-above-encamp.geojson"), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--closures").contains("road closures need road travel times: add --osm FILE");
        assertThat(out).doesNotExist();
    }

    /** settlement id -> travel_time_min text from settlements.csv. */
    private static Map<String, String> minutes(Path out) throws IOException {
        List<String> csv = CsvFiles.lines(out.resolve("settlements.csv"));
        List<String> header = List.of(csv.get(0).replace("\uFEFF", "").split(",", -1));
        int col = header.indexOf("travel_time_min");
        Map<String, String> m = new HashMap<>();
        for (String row : csv.subList(1, csv.size())) {
            String[] c = row.split(",", -1);
            m.put(c[0], c[col]);
        }
        return m;
    }

    private static String fixture(String name) throws Exception {
        return Path.of(CoverageClosuresCliTest.class.getResource("andorra-closures/" + name).toURI()).toString();
    }
}
