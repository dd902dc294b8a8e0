package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MobileCommandTest {
    @TempDir Path tmp;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = DostapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(MobileCommandTest.class.getResource("/mobile/" + name).toURI());
    }

    @Test
    void plansSmolyanAndWritesPlanAndSchedule() throws Exception {
        Path dir = tmp.resolve("plan");
        int code = run("mobile", "--region", "SML", "--service", "community-support", "--base", "community-support-SML31",
                "--teams", "1", "--days-per-week", "5", "--frequency-weeks", "2", "--horizon-weeks", "4",
                "--threshold-min", "20", "--day-hours", "8", "--compare-teams", "2", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());
        assertThat(plan.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(plan.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(plan.get("totals").get("settlements_served").asInt()).isPositive();
        JsonNode firstDay = plan.get("teams").get(0).get("days").get(0);
        assertThat(firstDay.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(firstDay.get("stops").get(0).get("arrival").asText()).matches("\\d\\d:\\d\\d");

        List<String> lines = Files.readAllLines(dir.resolve("schedule.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("week,day,team,order,settlement_id,name,arrival,departure");
        // every served settlement: 4 / 2 = 2 visits in the schedule, two weeks apart, on the same day
        Map<String, List<String[]>> bySettlement = lines.subList(1, lines.size()).stream().map(l -> l.split(","))
                .collect(Collectors.groupingBy(f -> f[4]));
        assertThat(bySettlement).hasSize(plan.get("totals").get("settlements_served").asInt());
        bySettlement.values().forEach(v -> {
            assertThat(v).hasSize(2);
            assertThat(Integer.parseInt(v.get(1)[0]) - Integer.parseInt(v.get(0)[0])).isEqualTo(2);
            assertThat(v.get(1)[1]).isEqualTo(v.get(0)[1]);
        });
        assertThat(lines.stream().anyMatch(l -> l.matches(".*[А-Яа-я].*"))).as("Cyrillic names in UTF-8").isTrue();

        List<String> access = Files.readAllLines(dir.resolve("access.csv"), StandardCharsets.UTF_8);
        assertThat(access.get(0)).isEqualTo("settlement_id,name,municipality,population,access_kind,nearest_fixed_min,visits_per_4_weeks");
        assertThat(access).hasSize(1 + 240);
        assertThat(access.stream().filter(l -> l.contains(",mobile,")).count()).isEqualTo(bySettlement.size());
        assertThat(access.stream().filter(l -> l.contains(",mobile,")).allMatch(l -> l.endsWith(",2.0"))).isTrue();
        assertThat(plan.get("coverage_with_mobile").get("population_mobile").asInt())
                .isEqualTo(plan.get("totals").get("population_served").asInt());

        JsonNode options = new ObjectMapper().readTree(dir.resolve("options.json").toFile());
        assertThat(options.get("mobile_options")).hasSize(2);
        assertThat(options.get("mobile_options").get(0).get("population_newly_reached").asInt())
                .isEqualTo(plan.get("totals").get("population_served").asInt());
        assertThat(options.get("one_more_fixed_centre").get("population_newly_covered").asInt()).isPositive();
    }

    @Test
    void badOptionsAreAllReportedAndNothingIsWritten() {
        Path dir = tmp.resolve("never");
        int code = run("mobile", "--region", "SML", "--base", "NOPE", "--teams", "0", "--frequency-weeks", "6",
                "--horizon-weeks", "4", "--out", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no facility with id 'NOPE'").contains("number of teams must be at least 1")
                .contains("every 6 weeks is longer than the planning horizon").doesNotContain("Exception");
        assertThat(dir).doesNotExist();
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aDayShorterThanTheNearestVisitIsBadInput() {
        Path dir = tmp.resolve("never");
        int code = run("mobile", "--region", "SML", "--base", "community-support-SML31", "--threshold-min", "20",
                "--day-hours", "0.5", "--out", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("shorter than the nearest visit");
        assertThat(dir).doesNotExist();
    }

    @Test
    void solvesASolomonInstance() throws Exception {
        Path dir = tmp.resolve("c101");
        int code = run("mobile", "--instance", resource("c101.txt").toString(), "--format", "solomon",
                "--time-limit-sec", "2", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        assertThat(plan.get("vehicles").asInt()).isBetween(10, 12);
        assertThat(plan.get("distance").asDouble()).isGreaterThanOrEqualTo(828.9);
        assertThat(plan.get("seconds").asDouble()).isLessThan(10);
        int visited = 0;
        for (JsonNode r : plan.get("routes")) visited += r.size();
        assertThat(visited).isEqualTo(100);
    }

    @Test
    void aMalformedSolomonFileIsBadInput() throws Exception {
        Path dir = tmp.resolve("never");
        int code = run("mobile", "--instance", resource("solomon-row-with-six-numbers.txt").toString(), "--format", "solomon",
                "--out", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("row 13").contains("found 6").contains("row 14, column XCOORD.: not a number: \"4x2\"");
        assertThat(dir).doesNotExist();
    }

    @Test
    void theInstanceNeedsItsFormat() throws Exception {
        int code = run("mobile", "--instance", resource("c101.txt").toString(), "--out", tmp.resolve("x").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }
}
