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
        JsonNode firstDay = plan.get("days").get(0);
        assertThat(firstDay.get("route").get("type").asText()).isEqualTo("LineString");
        assertThat(firstDay.get("stops").get(0).get("arrival").asText()).matches("\\d\\d:\\d\\d");

        List<String> lines = CsvFiles.lines(dir.resolve("schedule.csv"));
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

        List<String> access = CsvFiles.lines(dir.resolve("access.csv"));
        assertThat(access.get(0)).isEqualTo("settlement_id,name,municipality,population,access_kind,nearest_fixed_min,visits_per_4_weeks");
        assertThat(access).hasSize(1 + 240);
        assertThat(access.stream().filter(l -> l.contains(",mobile,")).count()).isEqualTo(bySettlement.size());
        assertThat(access.stream().filter(l -> l.contains(",mobile,")).allMatch(l -> l.endsWith(",2.0"))).isTrue();
        assertThat(plan.get("access").get("settlements")).hasSize(240);
        assertThat(plan.get("access").get("total").get("population_mobile").asInt())
                .isEqualTo(plan.get("totals").get("population_served").asInt());

        JsonNode options = new ObjectMapper().readTree(dir.resolve("options.json").toFile());
        assertThat(options.get("mobile_options")).hasSize(2);
        assertThat(options.get("mobile_options").get(0).get("population_served").asInt())
                .isEqualTo(plan.get("totals").get("population_served").asInt());
        assertThat(options.get("one_more_fixed_centre").get("population_newly_covered").asInt()).isPositive();
    }

    @Test
    void badOptionsAreAllReportedAndNothingIsWritten() {
        Path dir = tmp.resolve("never");
        int code = run("mobile", "--region", "SML", "--base", "NOPE", "--teams", "0", "--frequency-weeks", "6",
                "--horizon-weeks", "4", "--out", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no facility with id 'NOPE'").contains("option --teams: must be 1 to 50 teams, got 0")
                .contains("every 6 weeks is longer than the planning horizon").doesNotContain("Exception");
        assertThat(dir).doesNotExist();
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aDayShorterThanTheNearestVisitIsBadInput() {
        Path dir = tmp.resolve("never");
        int code = run("mobile", "--region", "SML", "--base", "community-support-SML31", "--threshold-min", "20",
                "--day-hours", "1", "--on-site-min", "60", "--out", dir.toString());
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
        JsonNode p = plan.get("provenance");
        assertThat(p.get("inputs").get(0).get("role").asText()).isEqualTo("instance");
        assertThat(p.get("inputs").get(0).get("sha256").asText()).hasSize(64);
        assertThat(p.get("parameters").get("time_limit_sec").asInt()).isEqualTo(2);
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

    @Test
    void theSameInputGivesTheSameFilesByteForByte() throws Exception {
        String[] args = {"mobile", "--region", "SML", "--base", "community-support-SML31", "--teams", "3", "--threshold-min", "15",
                "--frequency-by-population", "0-99:4,100-:2", "--out"};
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertThat(run(concat(args, a.toString()))).as(err.toString()).isZero();
        assertThat(run(concat(args, b.toString()))).as(err.toString()).isZero();
        for (String file : List.of("plan.json", "schedule.csv", "access.csv"))
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
    }

    @Test
    void teamsAreReportedWithTheirLoadsAndBalance() throws Exception {
        Path dir = tmp.resolve("teams");
        assertThat(run("mobile", "--region", "SML", "--base", "community-support-SML31", "--teams", "2", "--threshold-min", "15",
                "--out", dir.toString())).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());
        JsonNode teams = plan.get("team_loads"), balance = plan.get("team_balance");
        assertThat(teams).hasSize(2);
        int visits = 0;
        double hours = 0, max = 0, min = Double.MAX_VALUE;
        for (JsonNode t : teams) {
            int stops = 0;
            double dayHours = 0;
            for (JsonNode d : plan.get("days")) {
                if (d.get("team").asInt() != t.get("team").asInt()) continue;
                stops += d.get("stops").size();
                dayHours += d.get("day_length_min").asDouble() / 60;
            }
            assertThat(t.get("visits").asInt()).isEqualTo(stops);
            assertThat(t.get("team_hours").asDouble()).isCloseTo(dayHours, org.assertj.core.data.Offset.offset(0.01));
            visits += stops;
            hours += t.get("team_hours").asDouble();
            max = Math.max(max, t.get("team_hours").asDouble());
            min = Math.min(min, t.get("team_hours").asDouble());
        }
        assertThat(visits).isEqualTo(plan.get("totals").get("visits").asInt());
        assertThat(hours).isCloseTo(plan.get("totals").get("team_hours").asDouble(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(balance.get("max_over_min_team_hours").asDouble()).isCloseTo(max / min, org.assertj.core.data.Offset.offset(0.001))
                .isLessThan(1.05); // balanced: 97.8 and 98.1 h here (before balancing: 107.4 and 89.9 h)
        assertThat(out.toString()).contains("team 1 (base community-support-SML31): ").contains("team 2 (base community-support-SML31): ").contains("balance (busiest / least busy team hours): 1.0");
    }

    @Test
    void windowsPopulationClassesAndAVisitsFileShapeTheSchedule() throws Exception {
        Path dir = tmp.resolve("windows");
        int code = run("mobile", "--region", "SML", "--base", "community-support-SML31", "--teams", "2", "--threshold-min", "15",
                "--frequency-by-population", "0-99:4,100-:2", "--time-window", "09:00-15:00", "--visits",
                resource("visits-smolyan.csv").toString(), "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());
        assertThat(plan.get("parameters").get("time_window").asText()).isEqualTo("09:00-15:00");
        assertThat(plan.get("parameters").get("frequency_by_population").toString())
                .isEqualTo("[{\"min_population\":0,\"frequency_weeks\":4},{\"min_population\":100,\"frequency_weeks\":2}]");
        Map<String, JsonNode> served = new java.util.HashMap<>();
        plan.get("served").forEach(s -> served.put(s.get("settlement_id").asText(), s));
        assertThat(served).containsKeys("06700", "15343");
        served.forEach((id, s) -> {
            int expectedWeeks = id.equals("06700") ? 1 : s.get("population").asInt() >= 100 ? 2 : 4;
            assertThat(s.get("frequency_weeks").asInt()).as(id).isEqualTo(expectedWeeks);
            assertThat(s.get("visits").asInt()).as(id).isEqualTo(4 / expectedWeeks);
        });
        assertThat(served.get("06700").get("time_window").asText()).isEqualTo("13:00-15:00");
        assertThat(served.get("06700").get("on_site_min").asDouble()).isEqualTo(90);
        assertThat(served.get("15343").get("on_site_min").asDouble()).isEqualTo(30);
        int stops = 0;
        for (JsonNode d : plan.get("days"))
            for (JsonNode s : d.get("stops")) {
                String id = s.get("settlement_id").asText(), start = s.get("start").asText();
                assertThat(s.get("arrival").asText()).isLessThanOrEqualTo(start);
                if (id.equals("06700")) assertThat(start).isBetween("13:00", "15:00");
                else assertThat(start).as(id).isBetween("09:00", "15:00");
                double minutes = s.get("departure_min").asDouble() - s.get("arrival_min").asDouble();
                if (id.equals("15343")) assertThat(minutes).as("30 min on site, no wait before 09:00 at this stop").isGreaterThanOrEqualTo(29.99); // minutes to 0.1
                stops++;
            }
        assertThat(stops).isEqualTo(plan.get("totals").get("visits").asInt());
    }

    @Test
    void badVisitSettingsAreAllListedWithTheirFlagOrRowAndNothingIsWritten() throws Exception {
        Path dir = tmp.resolve("never");
        int code = run("mobile", "--region", "SML", "--base", "community-support-SML31", "--teams", "0", "--frequency-weeks", "2",
                "--frequency-by-population", "0-99:4,50-:8", "--time-window", "07:00-09:00", "--per-resident-sec", "-1",
                "--visits", resource("visits-unknown-settlement.csv").toString(), "--out", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("option --frequency-by-population: give either --frequency-weeks or --frequency-by-population, not both")
                .contains("option --frequency-by-population: class 50-:8: a visit every 8 weeks is longer than the planning horizon of 4 weeks")
                .contains("option --frequency-by-population: classes 0-99:4 and 50-:8 overlap (population 50-99)")
                .contains("option --time-window: the window 07:00-09:00 opens before the working day starts (08:00-16:00)")
                .contains("option --per-resident-sec: must be 0 to 600 s, got -1")
                .contains("visits-unknown-settlement.csv, row 2, column settlement_id: no settlement with id '99999' in the region")
                .contains("option --teams: must be 1 to 50 teams, got 0")
                .doesNotContain("Exception");
        assertThat(dir).doesNotExist();
        assertThat(tmp.toFile().list()).isEmpty();
    }

    private static String[] concat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }

    @Test
    void withoutABaseTheCentreWithTheLeastTravelToTheVillagesIsChosenAndTheReasonIsWritten() throws Exception {
        Path dir = tmp.resolve("plan");
        int code = run("mobile", "--region", "SML", "--teams", "2", "--frequency-weeks", "2", "--horizon-weeks", "4",
                "--threshold-min", "15", "--out", dir.toString()); // the fitted estimate covers every settlement within 30 min
        assertThat(code).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());
        JsonNode choice = plan.get("base_choice");
        String chosen = choice.get("base").asText(); // the best single base; the two teams start from two bases
        assertThat(out.toString()).contains("the best single base " + chosen);
        // recompute independently: the settlements to visit are those served or unserved by the plan; the estimated round
        // trip from every centre to them (the same model as the command's); the chosen base has the least total
        java.util.Set<String> visit = new java.util.HashSet<>();
        plan.get("served").forEach(x -> visit.add(x.get("settlement_id").asText()));
        plan.get("unserved").forEach(x -> visit.add(x.get("settlement_id").asText()));
        assertThat(visit).hasSize(choice.get("settlements_to_visit").asInt()).isNotEmpty();
        var region = new org.dostap.data.bundled.BundledRegionStore().getRegion("SML");
        var travel = org.dostap.engine.traveltime.EstimatedTravelTimes.defaults();
        var car = org.dostap.engine.traveltime.TravelMode.CAR;
        Map<String, Long> total = new java.util.TreeMap<>();
        for (var f : region.facilitiesOf("community-support")) {
            long sum = 0;
            for (var s : region.settlements())
                if (visit.contains(s.id()))
                    sum += travel.travelTimeSeconds(f.location(), s.location(), car) + travel.travelTimeSeconds(s.location(), f.location(), car);
            total.put(f.id(), sum);
        }
        long best = java.util.Collections.min(total.values());
        assertThat(total.get(chosen)).isEqualTo(best);
        assertThat(total.get("community-support-SML02")).as("Баните, at the eastern edge").isGreaterThan(best);
        assertThat(chosen).isNotEqualTo("community-support-SML02");
        assertThat(choice.get("options")).hasSize(10);
        assertThat(choice.get("options").get(0).get("id").asText()).isEqualTo(chosen);
        assertThat(choice.get("options").get(0).get("round_trip_hours_total").asDouble())
                .isCloseTo(best / 3600.0, org.assertj.core.data.Offset.offset(0.01));
        // two teams: two different bases with the least travel when each village goes to the nearer one, and the plan uses them
        assertThat(choice.get("team_bases")).hasSize(2);
        assertThat(choice.get("team_bases").get(0).asText()).isNotEqualTo(choice.get("team_bases").get(1).asText());
        // both plans are made, the k-median bases' and all teams at the best base; the one serving more people (then with
        // fewer team hours) is kept, and the plan's teams start where it says
        JsonNode compared = choice.get("compared");
        assertThat(compared).hasSize(2);
        JsonNode kept = compared.get(0).get("chosen").asBoolean() ? compared.get(0) : compared.get(1),
                other = compared.get(0).get("chosen").asBoolean() ? compared.get(1) : compared.get(0);
        assertThat(other.get("chosen").asBoolean()).isFalse();
        assertThat(kept.get("population_served").asInt()).isGreaterThanOrEqualTo(other.get("population_served").asInt());
        if (kept.get("population_served").asInt() == other.get("population_served").asInt())
            assertThat(kept.get("team_hours").asDouble()).isLessThanOrEqualTo(other.get("team_hours").asDouble());
        assertThat(plan.get("totals").get("population_served").asInt()).isEqualTo(kept.get("population_served").asInt());
        assertThat(plan.get("team_bases").get(0).get("id").asText()).isEqualTo(kept.get("bases").get(0).asText());
        assertThat(plan.get("team_bases").get(1).get("id").asText()).isEqualTo(kept.get("bases").get(1).asText());
        assertThat(plan.get("base").get("id").asText()).isEqualTo(kept.get("bases").get(0).asText());
        long sets = 0; // the pair's travel: each village's round trip from the nearer base of the two
        for (var s : region.settlements())
            if (visit.contains(s.id())) {
                long a = 0, b = 0;
                var fa = region.findFacility(choice.get("team_bases").get(0).asText()).orElseThrow().location();
                var fb = region.findFacility(choice.get("team_bases").get(1).asText()).orElseThrow().location();
                a = travel.travelTimeSeconds(fa, s.location(), car) + travel.travelTimeSeconds(s.location(), fa, car);
                b = travel.travelTimeSeconds(fb, s.location(), car) + travel.travelTimeSeconds(s.location(), fb, car);
                sets += Math.min(Math.min(a, b), 8 * 3600);
            }
        assertThat(choice.get("team_bases_round_trip_hours_total").asDouble()).isCloseTo(sets / 3600.0, org.assertj.core.data.Offset.offset(0.01))
                .isLessThan(best / 3600.0);
        assertThat(out.toString()).contains("team 1 (base " + kept.get("bases").get(0).asText() + ")")
                .contains("team 2 (base " + kept.get("bases").get(1).asText() + ")").contains("kept:");
    }

    @Test
    void basesGivenOneByOneOrAsAListRunOneTeamFromEach() throws Exception {
        Path dir = tmp.resolve("bases");
        int code = run("mobile", "--region", "SML", "--base", "community-support-SML31", "--base", "community-support-SML09",
                "--threshold-min", "15", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());
        assertThat(plan.get("parameters").get("teams").asInt()).isEqualTo(2);
        assertThat(plan.get("team_bases").get(0).get("id").asText()).isEqualTo("community-support-SML31");
        assertThat(plan.get("team_bases").get(1).get("id").asText()).isEqualTo("community-support-SML09");
        assertThat(plan.get("base_choice").isNull()).isTrue();
        assertThat(run("mobile", "--region", "SML", "--base", "community-support-SML31,community-support-SML09", "--teams", "3",
                "--out", tmp.resolve("wrong").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("option --base").contains("--teams 3, 2 bases");
    }
}
