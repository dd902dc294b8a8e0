package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop on a user's own files outside Bulgaria: {@code optimize} and {@code mobile} with
 * {@code --settlements FILE --facilities FILE --osm FILE}, on the Andorra and Mostar test extracts (fixtures in
 * {@code andorra/} and {@code mostar/}, READMEs there; populations are test weights).
 */
class OwnDataLoopTest {
    static final Path ANDORRA = Path.of("../engine/src/test/resources/osm/andorra.osm.pbf");
    static final Path MOSTAR = Path.of("../engine/src/test/resources/osm/mostar.osm.gz");
    static final Path CACHE = Path.of("target/OwnDataLoopTest-gh");
    @TempDir Path tmp;

    @BeforeAll
    @AfterAll
    static void wipeCache() throws IOException {
        GraphCaches.wipe(CACHE);
    }

    @Test
    void optimizeOnOwnFilesWithTheAndorraRoads() throws Exception {
        Path out = tmp.resolve("opt");
        CliRun run = CliRun.run("optimize", "--settlements", fixture("andorra/settlements-andorra-towns.csv"),
                "--facilities", fixture("andorra/facilities-andorra.csv"), "--problem", "mclp", "--sites", "1",
                "--threshold-min", "6", "--osm", ANDORRA.toString(), "--cache-dir", CACHE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertThat(r.get("travel_time_source").asText()).isEqualTo("road");
        assertThat(r.get("facilities_illustrative").asBoolean()).isFalse();
        // weights 100 in Encamp and Canillo (about 4 km apart on the CG-2), 1 elsewhere: the one site is in that valley
        assertThat(r.get("sites")).hasSize(1);
        assertThat(r.get("sites").get(0).get("id").asText()).isIn("encamp", "canillo");
        List<String> within = new ArrayList<>();
        for (JsonNode a : r.get("assignment")) if (a.get("within_standard").asBoolean()) within.add(a.get("settlement_id").asText());
        // Encamp-Canillo is about 5 min by road; Andorra la Vella, Ordino and La Massana are 7-10 min from Encamp
        assertThat(within).as(r.get("assignment").toString()).containsExactlyInAnyOrder("encamp", "canillo");
        assertThat(r.get("gain").get("population_within_standard_after").asLong()).isEqualTo(200);

        JsonNode p = r.get("provenance");
        assertThat(p.get("software_version").asText()).startsWith("dostap ");
        assertThat(p.get("git_commit").asText()).isNotBlank();
        assertThat(p.get("run_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(p.get("travel_time_source").asText()).isEqualTo("road");
        assertThat(p.get("network_file").asText()).isEqualTo("andorra.osm.pbf");
        // the test extract's README gives its sha256 and OSM snapshot date
        assertThat(p.get("network_sha256").asText()).isEqualTo("70998b72b5eed4b6a8565837b3d72c3b592c4dc4f1a7d5e964367d20508f188b");
        assertThat(p.get("osm_data_date").asText()).startsWith("2013-05-28");
        assertThat(p.get("population_column").asText()).isEqualTo("population");
        assertThat(p.get("parameters").get("kind").asText()).isEqualTo("MCLP");
        assertThat(p.get("parameters").get("threshold_minutes").asDouble()).isEqualTo(6.0);
        assertThat(p.get("inputs")).hasSize(3);
        JsonNode settlements = p.get("inputs").get(0);
        assertThat(settlements.get("role").asText()).isEqualTo("settlements");
        assertThat(settlements.get("sha256").asText()).isEqualTo(sha256(Path.of(fixture("andorra/settlements-andorra-towns.csv"))));
        assertThat(p.get("inputs").get(2).get("role").asText()).isEqualTo("network");
    }

    @Test
    void mobileOnOwnFilesWithTheMostarRoads() throws Exception {
        Path out = tmp.resolve("mobile");
        CliRun run = CliRun.of("mobile", "--settlements", fixture("mostar/settlements-mostar-quarters.csv"),
                "--facilities", fixture("mostar/facilities-mostar.csv"), "--base", "spes", "--threshold-min", "2",
                "--frequency-weeks", "1", "--horizon-weeks", "1", "--on-site-min", "30",
                "--osm", MOSTAR.toString(), "--cache-dir", CACHE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(out.resolve("plan.json").toFile());
        assertThat(plan.get("travel_time_source").asText()).isEqualTo("road");
        // coverage on the same files (CoverageCommandOsmTest): within 2 min of SPES are Bjelušine, Strelčevina and
        // Rondo; the team visits the six other quarters
        List<String> served = new ArrayList<>();
        for (JsonNode day : plan.get("days"))
            for (JsonNode stop : day.get("stops")) served.add(stop.get("settlement_id").asText());
        assertThat(served).containsExactlyInAnyOrder("q-centar", "q-sjeverni-logor", "q-konak", "q-mazoljice", "q-luka", "q-pasjak");
        assertThat(plan.get("unserved")).isEmpty();
        List<String> access = CsvFiles.lines(out.resolve("access.csv"));
        assertThat(access.stream().filter(l -> l.startsWith("q-rondo,")).findFirst().orElseThrow()).contains("fixed");
        assertThat(access.stream().filter(l -> l.startsWith("q-luka,")).findFirst().orElseThrow()).contains("mobile");

        JsonNode p = plan.get("provenance");
        assertThat(p.has("run_at")).as("plan.json stays the same for the same input: no time of run").isFalse();
        assertThat(p.get("network_sha256").asText()).isEqualTo("f158618e2486c2f1addb83afec3592b3f746dde211b2c8f3c90e5bbff6c12d05");
        assertThat(p.get("osm_data_date").asText()).startsWith("2025-07-15");
        assertThat(p.get("parameters").get("base").toString()).as("--base is repeatable: a list").isEqualTo("[\"spes\"]");
        assertThat(p.get("parameters").get("threshold_min").asDouble()).isEqualTo(2.0);
        assertThat(p.get("parameters").get("horizon_weeks").asInt()).isEqualTo(1);
        assertThat(p.get("inputs").findValuesAsText("role")).containsExactly("settlements", "facilities", "network");
    }

    @Test
    void ownFilesNeedBothFilesAndNotARegionToo() throws Exception {
        CliRun opt = CliRun.run("optimize", "--settlements", fixture("andorra/settlements-andorra-towns.csv"),
                "--problem", "mclp", "--sites", "1", "--out", tmp.resolve("x").toString());
        assertThat(opt.exitCode()).isEqualTo(2);
        assertThat(opt.err()).contains("--facilities").contains("both files are required");
        CliRun mob = CliRun.of("mobile", "--region", "SML", "--settlements", fixture("andorra/settlements-andorra-towns.csv"),
                "--facilities", fixture("andorra/facilities-andorra.csv"), "--base", "x", "--out", tmp.resolve("y").toString());
        assertThat(mob.exitCode()).isEqualTo(2);
        assertThat(mob.err()).contains("not both");
        assertThat(tmp.resolve("x")).doesNotExist();
        assertThat(tmp.resolve("y")).doesNotExist();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String fixture(String name) throws Exception {
        return Path.of(OwnDataLoopTest.class.getResource(name).toURI()).toString();
    }
}
