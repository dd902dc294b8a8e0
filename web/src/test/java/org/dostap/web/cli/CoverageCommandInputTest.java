package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dostap coverage} with user files, and every bad-input case: exit 2, every problem on stderr, nothing written.
 * Fixtures in {@code src/test/resources/org/dostap/web/cli/input/} (README there).
 */
class CoverageCommandInputTest {
    @TempDir Path tmp;

    static String mostar(String name) {
        try {
            return Path.of(CoverageCommandInputTest.class.getResource("mostar/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String name) {
        try {
            return Path.of(CoverageCommandInputTest.class.getResource("input/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * settlements-valid.csv: Смолян 27,851, Борино 2,262, Гълъбово 440; one community-support centre at Девин
     * (24.391539, 41.742911) and a candidate at Борино (not a service). Estimated: great-circle x 1.4 / 50 km/h:
     * Борино 10,473.7 m -> 1056 s (17.6 min), Смолян 32,427.9 m -> 3269 s (54.5 min), Гълъбово 57,944.8 m -> 5841 s.
     */
    @Test
    void userFilesWithEstimatedTimesByHand() throws Exception {
        Path out = tmp.resolve("files");
        CliRun run = CliRun.run("coverage", "--settlements", fixture("settlements-valid.csv"),
                "--facilities", fixture("facilities-valid.csv"), "--service", "community-support",
                "--threshold-min", "30", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("settlements").asInt()).isEqualTo(3);
        assertThat(s.get("population").asLong()).isEqualTo(27_851 + 2_262 + 440);
        assertThat(s.get("covered_settlements").asInt()).isEqualTo(1);
        assertThat(s.get("covered_population").asLong()).isEqualTo(2_262);
        assertThat(s.get("population_column").asText()).isEqualTo("population");
        assertThat(s.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(s.get("by_municipality")).hasSize(3);
        assertThat(s.get("by_municipality").findValuesAsText("code")).containsExactly("SML02", "SML05", "SML31");
        assertThat(s.get("by_municipality").get(2).get("name_en").asText()).isEqualTo("Smolyan");
        assertThat(s.get("thresholds").get(2).get("covered_settlements").asInt()).isEqualTo(1); // 45 min
        assertThat(s.get("thresholds").get(3).get("covered_settlements").asInt()).isEqualTo(2); // 60 min
        List<String> csv = CsvFiles.lines(out.resolve("settlements.csv"));
        assertThat(csv).hasSize(4);
        // the shipped estimate by hand (engine/src/main/resources/org/dostap/engine/traveltime/estimate-model.json, car):
        // Smolyan - Devin 32.44 km, beyond the last knot (20.64 km): 32,440 m x 1.428 / (59.044 / 3.6) = 2,824 s = 47.1 min,
        // band x 0.89 .. x 1.239 = 41.9 .. 58.3 min; Borino - Devin 10.48 km, between the knots 7.60 km (919 s) and
        // 12.53 km (1,271 s): 1,124 s = 18.7 min, band ends interpolated the same way: 14.9 .. 24.9 min
        assertThat(csv.get(1)).startsWith("67653,Смолян,SML31,27851,csc-devin,47.1,41.9,58.3,false,0,");
        assertThat(csv.get(2)).startsWith("05462,Борино,SML05,2262,csc-devin,18.7,14.9,24.9,true,0,");
        JsonNode catchmentsFile = new ObjectMapper().readTree(out.resolve("catchments.geojson").toFile());
        assertThat(catchmentsFile.get("features")).hasSize(4);
        assertThat(catchmentsFile.get("provenance").get("inputs")).as("the run's provenance, as settlements.geojson").isNotEmpty();

        CliRun older = CliRun.run("coverage", "--settlements", fixture("settlements-valid.csv"),
                "--facilities", fixture("facilities-valid.csv"), "--service", "community-support",
                "--population", "pop_2011", "--out", tmp.resolve("files-2011").toString());
        assertThat(older.exitCode()).as(older.err()).isZero();
        JsonNode s2011 = new ObjectMapper().readTree(tmp.resolve("files-2011").resolve("summary.json").toFile());
        assertThat(s2011.get("population").asLong()).isEqualTo(30_313 + 2_480);
    }

    @Test
    void bundledRegionWithTheUsersFacilities() throws Exception {
        Path out = tmp.resolve("sml-own");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--facilities", fixture("facilities-valid.csv"),
                "--service", "community-support", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("settlements").asInt()).isEqualTo(240);
        assertThat(s.get("facilities").findValuesAsText("id")).containsExactly("csc-devin", "candidate-borino");
        assertThat(s.get("provenance").get("data").asText()).contains("facilities-valid.csv");
        List<String> csv = CsvFiles.lines(out.resolve("settlements.csv"));
        assertThat(csv.subList(1, csv.size())).allMatch(r -> r.contains(",csc-devin,")); // the candidate is not a service
    }

    @Test
    void unknownRegion() {
        assertBadInput(List.of("Unknown region 'XXX'", "SML"),
                "coverage", "--region", "XXX", "--service", "community-support");
    }

    @Test
    void unknownServiceAndPopulationColumnTogether() {
        assertBadInput(List.of("unknown service type 'day-care'", "community-support, crisis",
                        "unknown population column 'pop_1900'", "pop_2017"),
                "coverage", "--region", "SML", "--service", "day-care", "--population", "pop_1900");
    }

    @Test
    void missingFiles() {
        assertBadInput(List.of("nope-settlements.csv: file not found", "nope-facilities.csv: file not found"),
                "coverage", "--settlements", tmp.resolve("nope-settlements.csv").toString(),
                "--facilities", tmp.resolve("nope-facilities.csv").toString(), "--service", "community-support");
    }

    @Test
    void ownDataOutsideBulgariaGetsAnEstimate() throws Exception {
        Path out = tmp.resolve("mostar");
        CliRun run = CliRun.run("coverage", "--settlements", mostar("settlements-mostar-quarters.csv"),
                "--facilities", mostar("facilities-mostar.csv"), "--service", "community-support",
                "--threshold-min", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(s.get("settlements").asInt()).isEqualTo(9);
        assertThat(s.get("covered_settlements_low").asInt()).isLessThanOrEqualTo(s.get("covered_settlements").asInt());
        assertThat(s.get("covered_settlements_high").asInt()).isGreaterThan(s.get("covered_settlements_low").asInt());
    }

    @Test
    void swappedCoordinatesOutsideBulgariaAreRefusedByTheSanityRules() {
        assertBadInput(List.of("settlements-swapped-lon-lat-mostar.csv", "row 8", "lon and lat look swapped"),
                "coverage", "--settlements", fixture("settlements-swapped-lon-lat-mostar.csv"),
                "--facilities", mostar("facilities-mostar.csv"), "--service", "community-support");
    }

    @Test
    void badFilesReportEveryProblemOfBoth() {
        assertBadInput(List.of("settlements-missing-population-column.csv", "population",
                        "facilities-unknown-service.csv", "day-care"),
                "coverage", "--settlements", fixture("settlements-missing-population-column.csv"),
                "--facilities", fixture("facilities-unknown-service.csv"), "--service", "community-support");
    }

    @Test
    void swappedLonLatAndWrongEncoding() {
        assertBadInput(List.of("settlements-swapped-lon-lat.csv", "row 2"),
                "coverage", "--settlements", fixture("settlements-swapped-lon-lat.csv"),
                "--facilities", fixture("facilities-valid.csv"), "--service", "community-support");
        assertBadInput(List.of("settlements-cp1251-encoding.csv"),
                "coverage", "--settlements", fixture("settlements-cp1251-encoding.csv"),
                "--facilities", fixture("facilities-valid.csv"), "--service", "community-support");
    }

    @Test
    void badThresholdsWithAnUnknownRegionAreReportedTogether() {
        assertBadInput(List.of("--threshold-min", "got 0", "--thresholds-min", "got -15", "Unknown region 'XXX'"),
                "coverage", "--region", "XXX", "--service", "community-support", "--threshold-min", "0",
                "--thresholds-min", "15,-15");
        assertBadInput(List.of("got 0", "unknown service type 'foo'", "unknown population column 'pop_1900'"),
                "coverage", "--region", "SML", "--service", "foo", "--threshold-min", "0", "--population", "pop_1900");
        assertBadInput(List.of("--threshold-min", "abc"),
                "coverage", "--region", "SML", "--service", "community-support", "--threshold-min", "abc");
    }

    @Test
    void regionAndFilesTogetherOrNeither() {
        assertBadInput(List.of("either --region (optionally with --facilities) or --settlements"), "coverage", "--region", "SML",
                "--settlements", fixture("settlements-valid.csv"), "--facilities", fixture("facilities-valid.csv"),
                "--service", "community-support");
        assertBadInput(List.of("give --region CODE, or --settlements FILE with --facilities FILE"),
                "coverage", "--service", "community-support");
        assertBadInput(List.of("--settlements and --facilities go together"),
                "coverage", "--settlements", fixture("settlements-valid.csv"), "--service", "community-support");
    }

    @Test
    void missingOsmFile() {
        assertBadInput(List.of("no-such-extract.osm.pbf"), "coverage", "--region", "SML", "--service", "crisis",
                "--osm", tmp.resolve("no-such-extract.osm.pbf").toString());
    }

    @Test
    void anExistingOutputFolderIsLeftUnchangedOnBadInput() throws Exception {
        Path out = tmp.resolve("previous");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.json"), "previous run");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "day-care", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("summary.json");
        }
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("previous run");
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).toList()).containsExactly("previous");
        }
    }

    /**
     * --capacitated on the hand-checked files at 10 users per 1,000: Борино (2,262: 22.62 users) is the only settlement
     * within 30 min of ЦОП Девин (23 places): 22.62 served there, Смолян's 278.51 and Гълъбово's 4.4 unserved.
     */
    @Test
    void capacitatedAssignsUsersToPlaces() throws Exception {
        Path out = tmp.resolve("cap");
        CliRun run = CliRun.run("coverage", "--settlements", fixture("settlements-valid.csv"),
                "--facilities", fixture("facilities-valid.csv"), "--service", "community-support",
                "--threshold-min", "30", "--capacitated", "--uptake-per-1000", "10", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("22.6 of 305.5 users served").contains("282.9 unserved");
        JsonNode c = new ObjectMapper().readTree(out.resolve("capacity.json").toFile());
        assertThat(c.get("demand_unit").asText()).isEqualTo("users");
        assertThat(c.get("single_source").asBoolean()).isFalse();
        assertThat(c.get("optimality").get("status").asText()).isEqualTo("exact");
        assertThat(c.get("facilities_illustrative").asBoolean()).isTrue(); // the fixture flags ЦОП Девин illustrative
        assertThat(c.get("e2sfca").get("mean_places_per1000_users").isNumber()).isTrue();
        assertThat(c.get("capacity_unit").asText()).isEqualTo("places");
        assertThat(c.get("demand").get("source").asText()).isEqualTo("given by the user");
        assertThat(c.get("served_users").asDouble()).isEqualTo(22.62);
        assertThat(c.get("unserved_users").asDouble()).isEqualTo(282.91);
        assertThat(c.get("centres").get(0).get("capacity_places").asInt()).isEqualTo(23);
        assertThat(c.get("centres").get(0).get("assigned_users").asDouble()).isEqualTo(22.62);
        assertThat(c.get("provenance").get("software_version").asText()).isNotBlank();
        assertThat(c.get("provenance").get("inputs")).as("input files with sha256").isNotEmpty();
        List<String> csv = CsvFiles.lines(out.resolve("capacity-settlements.csv"));
        assertThat(csv.get(0)).startsWith("id,name,municipality,users,served_users,unserved_users,centres,demand_unit");
        assertThat(csv).anyMatch(l -> l.startsWith("05462,Борино,SML05,22.62,22.62,0.0,csc-devin:22.62,users,false"));
        assertThat(csv).anyMatch(l -> l.startsWith("67653,Смолян,SML31,278.51,0.0,278.51,,users"));
    }

    /** --single-source on the same files: Борино (22.62 users) fits ЦОП Девин's 23 places whole; the bound agrees: optimal. */
    @Test
    void capacitatedSingleSourceSaysHowGoodItIs() throws Exception {
        Path out = tmp.resolve("cap1");
        CliRun run = CliRun.run("coverage", "--settlements", fixture("settlements-valid.csv"),
                "--facilities", fixture("facilities-valid.csv"), "--service", "community-support",
                "--threshold-min", "30", "--capacitated", "--single-source", "--uptake-per-1000", "10", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("single source").contains("22.6 of 305.5 users served");
        JsonNode c = new ObjectMapper().readTree(out.resolve("capacity.json").toFile());
        assertThat(c.get("single_source").asBoolean()).isTrue();
        assertThat(c.get("optimality").get("status").asText()).isEqualTo("optimal");
        assertThat(c.get("optimality").get("bound_served_users").asDouble()).isEqualTo(22.62);
        assertThat(c.get("rule").asText()).contains("one centre");
    }

    @Test
    void capacitatedBadRateColumnAndZeroCapacityTogether() {
        assertBadInput(List.of("--uptake-per-1000", "not a number: 'abc'", "--target-group", "unknown population column 'pop_0_17'",
                        "centre csc-devin", "capacity"),
                "coverage", "--settlements", fixture("settlements-valid.csv"), "--facilities", fixture("facilities-zero-capacity.csv"),
                "--service", "community-support", "--capacitated", "--uptake-per-1000", "abc", "--target-group", "pop_0_17");
        assertBadInput(List.of("--uptake-per-1000", "must be a number >= 0", "-2"),
                "coverage", "--settlements", fixture("settlements-valid.csv"), "--facilities", fixture("facilities-valid.csv"),
                "--service", "community-support", "--capacitated", "--uptake-per-1000=-2");
        assertBadInput(List.of("--uptake-per-1000", "must be a number >= 0", "NaN"),
                "coverage", "--settlements", fixture("settlements-valid.csv"), "--facilities", fixture("facilities-valid.csv"),
                "--service", "community-support", "--capacitated", "--uptake-per-1000=NaN");
        assertBadInput(List.of("--single-source", "only with --capacitated"),
                "coverage", "--settlements", fixture("settlements-valid.csv"), "--facilities", fixture("facilities-valid.csv"),
                "--service", "community-support", "--single-source");
        assertBadInput(List.of("--target-group", "only with --capacitated"),
                "coverage", "--settlements", fixture("settlements-valid.csv"), "--facilities", fixture("facilities-valid.csv"),
                "--service", "community-support", "--target-group", "population");
    }

    /** Exit 2, every fragment on stderr, no stack trace, and nothing at all written under the temp folder. */
    private void assertBadInput(List<String> fragments, String... args) {
        Path out = tmp.resolve("out-" + System.nanoTime());
        String[] withOut = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--out", out.toString()))
                .toArray(String[]::new);
        CliRun run = CliRun.run(withOut);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        for (String f : fragments) assertThat(run.err()).contains(f);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList()).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
