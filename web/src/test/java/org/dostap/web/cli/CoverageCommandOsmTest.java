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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dostap coverage --osm} on the real Mostar extract (routing's test file) with the extract's own quarter and
 * social-facility nodes (fixtures in {@code mostar/}, README there; populations are test weights).
 */
class CoverageCommandOsmTest {
    static final Path OSM = Path.of("../engine/src/test/resources/osm/mostar.osm.gz");
    static final Path CACHE = Path.of("target/CoverageCommandOsmTest-gh");
    @TempDir Path tmp;

    @BeforeAll
    @AfterAll
    static void wipeCache() throws IOException {
        GraphCaches.wipe(CACHE);
    }

    @Test
    void roadTravelTimesFromTheOsmExtract() throws Exception {
        assertThat(OSM).exists();
        Path out = tmp.resolve("mostar");
        CliRun run = CliRun.run("coverage", "--settlements", fixture("settlements-mostar-quarters.csv"),
                "--facilities", fixture("facilities-mostar.csv"), "--service", "community-support",
                "--threshold-min", "2", "--thresholds-min", "2,4,10", "--osm", OSM.toString(),
                "--cache-dir", CACHE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Travel times"); // the progress bar of the road matrix

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("travel_time_source").asText()).isEqualTo("road");
        assertThat(s.get("facilities_illustrative").asBoolean()).isFalse();
        assertThat(s.get("settlements").asInt()).isEqualTo(9);
        assertThat(s.get("population").asInt()).isEqualTo(450);
        assertThat(s.get("not_connected_settlements").asInt()).isZero();
        assertThat(s.get("provenance").get("travel_time_model").asText()).contains("mostar.osm.gz").contains("2025-07-15T04:53:44Z");
        assertThat(s.get("provenance").get("network_file").asText()).endsWith("mostar.osm.gz");
        // the one provenance record: software and commit, time of run, inputs with sha256, network sha256 and OSM date
        JsonNode p = s.get("provenance");
        assertThat(p.get("git_commit").asText()).isNotBlank();
        assertThat(p.get("run_at").asText()).endsWith("Z");
        assertThat(p.get("network_sha256").asText()).isEqualTo("f158618e2486c2f1addb83afec3592b3f746dde211b2c8f3c90e5bbff6c12d05");
        assertThat(p.get("osm_data_date").asText()).startsWith("2025-07-15");
        assertThat(p.get("inputs").findValuesAsText("role")).containsExactly("settlements", "facilities", "network");
        assertThat(p.get("inputs").get(0).get("bytes").asLong()).isEqualTo(Files.size(Path.of(fixture("settlements-mostar-quarters.csv"))));
        assertThat(p.get("parameters").get("thresholds_min").toString()).isEqualTo("[2.0,4.0,10.0]");
        assertThat(p.get("search_limit_min")).isNotNull();

        List<String> csv = CsvFiles.lines(out.resolve("settlements.csv"));
        assertThat(csv).hasSize(10);
        // routing's Mostar test: Bjelušine, Strelčevina and Rondo lie inside SPES's 2-minute car catchment,
        // Konak, Mazoljice, Luka and Sjeverni logor outside it
        assertThat(covered(csv)).containsExactlyInAnyOrder("q-bjelusine", "q-strelcevina", "q-rondo");
        assertThat(s.get("covered_settlements").asInt()).isEqualTo(3);
        assertThat(s.get("covered_population").asInt()).isEqualTo(30 + 40 + 50);
        for (String row : csv.subList(1, csv.size())) assertThat(row).contains(",spes,").contains(",road,");

        JsonNode catchments = new ObjectMapper().readTree(out.resolve("catchments.geojson").toFile());
        assertThat(catchments.get("features")).hasSize(3);
        assertThat(catchments.get("features").get(0).get("properties").get("facility_id").asText()).isEqualTo("spes");
        assertThat(catchments.get("features").get(0).get("properties").get("reached_settlements").asInt()).isEqualTo(3);
    }

    private static List<String> covered(List<String> csv) {
        int covered = List.of(csv.get(0).split(",")).indexOf("covered");
        return csv.subList(1, csv.size()).stream().map(r -> r.split(","))
                .filter(c -> c[covered].equals("true")).map(c -> c[0]).toList();
    }

    private static String fixture(String name) throws Exception {
        return Path.of(CoverageCommandOsmTest.class.getResource("mostar/" + name).toURI()).toString();
    }
}
