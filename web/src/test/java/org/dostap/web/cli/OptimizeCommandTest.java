package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OptimizeCommandTest {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    @TempDir Path tmp;

    static String fixture(String name) throws URISyntaxException {
        return Path.of(OptimizeCommandTest.class.getResource("/optimize/" + name).toURI()).toString();
    }

    int run(String... args) {
        CommandLine cli = DostapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void regionMclpWritesResultJson() throws Exception {
        Path dir = tmp.resolve("out");
        assertThat(run("optimize", "--region", "SML", "--service", "community-support", "--problem", "mclp", "--sites", "3",
                "--threshold-min", "30", "--keep-existing", "--time-limit-s", "20", "--out", dir.toString())).isEqualTo(0);
        JsonNode r = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        assertThat(r.get("problem").asText()).isEqualTo("mclp");
        for (String f : new String[]{"objective", "lower_bound", "gap", "seconds", "method", "sites", "assignment", "municipalities"})
            assertThat(r.has(f)).as(f).isTrue();
        assertThat(r.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(r.get("facilities_illustrative").asBoolean()).isTrue();
        // 10 illustrative existing centres kept + 3 new
        assertThat(r.get("sites")).hasSize(13);
        assertThat(r.get("assignment")).hasSize(240);
        assertThat(r.get("municipalities")).hasSize(10);
        double population = 0;
        for (JsonNode m : r.get("municipalities")) population += m.get("population").asDouble();
        assertThat(population).isEqualTo(107_282);
        assertThat(r.get("objective").asDouble()).isLessThanOrEqualTo(r.get("upper_bound").asDouble());
    }

    /**
     * {@code --mode foot}: walking times and, without --threshold-min, the walking standard; the result and its provenance
     * say foot, and the existing centres cover what {@code coverage --mode foot} says they cover. Before, optimize always
     * planned by car.
     */
    @Test
    void onFootTheRegionRunUsesWalkingTimesAndTheWalkingStandard() throws Exception {
        Path dir = tmp.resolve("out"), coverage = tmp.resolve("coverage");
        assertThat(run("optimize", "--region", "SML", "--problem", "mclp", "--sites", "2", "--keep-existing", "--mode", "foot",
                "--time-limit-s", "20", "--out", dir.toString())).as(err.toString()).isEqualTo(0);
        assertThat(run("coverage", "--region", "SML", "--service", "community-support", "--mode", "foot", "--out", coverage.toString()))
                .as(err.toString()).isEqualTo(0);
        JsonNode r = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        JsonNode summary = new ObjectMapper().readTree(coverage.resolve("summary.json").toFile());
        assertThat(r.get("travel_mode").asText()).isEqualTo("foot");
        assertThat(r.get("provenance").get("travel_mode").asText()).isEqualTo("foot");
        assertThat(r.get("threshold_min").asDouble()).as("community support's walking standard").isEqualTo(summary.get("threshold_min").asDouble());
        assertThat(r.get("threshold_min").asDouble()).isEqualTo(20.0);
        assertThat(r.get("gain").get("population_within_standard_before").asLong()).as("the existing centres, on foot")
                .isEqualTo(summary.get("covered_population").asLong());
        // the estimate's range of the existing centres' coverage is the walking one too (it was computed by car)
        assertThat(r.get("gain").get("population_within_standard_before_low").asLong()).isEqualTo(summary.get("covered_population_low").asLong());
        assertThat(r.get("gain").get("population_within_standard_before_high").asLong()).isEqualTo(summary.get("covered_population_high").asLong());
    }

    @Test
    void ownCapacitiesKeepTheKeptCentresCapacities() throws Exception {
        // the 10 kept illustrative centres hold 10+10+23+17+22+23+12+19+75+14 = 225 places: with their own capacities
        // capacitated coverage serves at most 225 users (5 per 1,000 residents: about 45,000 people); with the uniform
        // 1,000,000 places everyone within 30 min
        String[] args = {"optimize", "--region", "SML", "--problem", "capacitated-coverage", "--sites", "0", "--keep-existing",
                "--capacity", "1000000", "--threshold-min", "30", "--time-limit-s", "20", "--out", "-"};
        assertThat(run(args)).as(err.toString()).isZero();
        double uniform = new ObjectMapper().readTree(out.toString()).get("objective").asDouble();
        out.getBuffer().setLength(0);
        String[] own = java.util.Arrays.copyOf(args, args.length + 1);
        own[args.length] = "--own-capacities";
        assertThat(run(own)).as(err.toString()).isZero();
        JsonNode ownedRun = new ObjectMapper().readTree(out.toString());
        double owned = ownedRun.get("objective").asDouble();
        JsonNode capacity = ownedRun.get("capacity");
        assertThat(capacity.get("demand_unit").asText()).isEqualTo("users");
        assertThat(capacity.get("capacity_unit").asText()).isEqualTo("places");
        assertThat(capacity.get("places").asDouble()).isEqualTo(225);
        double users = 0;
        for (JsonNode site : capacity.get("sites")) users += site.get("assigned_users").asDouble();
        assertThat(users).isPositive().isLessThanOrEqualTo(225);
        assertThat(owned).isPositive().isLessThanOrEqualTo(225 * 1000 / 5.0 * 1.01).isLessThan(uniform);
        assertThat(uniform).isGreaterThan(50_000);
    }

    /**
     * Capacitated coverage on the bundled region as the page's test runs it: the 10 kept centres with their own places (225)
     * and 1 new site of 50, 5 users per 1,000 residents (537 users). Before the Lagrangian bound and the heuristic, SCIP found
     * no bound in the limit and the reported bound was the total population (gap 97.7 % at 20 s); the places, not the
     * distance, limit coverage here, so the bound must say so: gap below 2 %, every place but a few used.
     */
    @Test
    void capacitatedCoverageHasATightBoundOnTheBundledPlaces() throws Exception {
        assertThat(run("optimize", "--region", "SML", "--problem", "capacitated-coverage", "--sites", "1", "--keep-existing",
                "--own-capacities", "--capacity", "50", "--time-limit-s", "10", "--out", "-")).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        double covered = r.get("objective").asDouble(), upper = r.get("upper_bound").asDouble();
        assertThat(upper).isGreaterThanOrEqualTo(covered).isLessThan(107_282);
        assertThat(r.get("gap").asDouble()).isLessThan(0.02).isCloseTo((upper - covered) / covered, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.get("notes").toString()).contains("bound: ");
        JsonNode capacity = r.get("capacity");
        assertThat(capacity.get("places").asDouble()).isEqualTo(275);
        assertThat(capacity.get("served_users").asDouble()).isGreaterThan(270).isLessThanOrEqualTo(275);
    }

    @Test
    void publishedInstanceToStdout() throws Exception {
        assertThat(run("optimize", "--instance", fixture("pmed1.txt"), "--format", "orlib-pmed", "--problem", "p-median", "--out", "-")).isEqualTo(0);
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("objective").asDouble()).isEqualTo(5819);
        assertThat(r.get("lower_bound").asDouble()).isEqualTo(5819);
        assertThat(r.get("gap").asDouble()).isZero();
        assertThat(r.get("sites")).hasSize(5);
    }

    @Test
    void moreSitesThanCandidates() {
        Path dir = tmp.resolve("out");
        assertThat(run("optimize", "--region", "SML", "--problem", "p-median", "--sites", "11", "--candidates", "municipal-seats",
                "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot open 11 sites: only 10 candidate sites may be opened");
        assertThat(dir).doesNotExist();
    }

    /** Defect: the README's example (5 new sites, kept centres, municipal seats) said "cannot open 15 sites" without why. */
    @Test
    void keptCentresOnEveryMunicipalSeatLeaveNoNewSiteAndTheMessageSaysSo() {
        Path dir = tmp.resolve("out");
        assertThat(run("optimize", "--region", "SML", "--service", "community-support", "--problem", "mclp", "--sites", "5",
                "--threshold-min", "30", "--keep-existing", "--candidates", "municipal-seats", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot open 15 sites (10 existing kept open + 5 new)", "10 of them are the existing ones",
                "at most 0 new");
        assertThat(dir).doesNotExist();
    }

    @Test
    void everyArgumentProblemAtOnce() {
        Path dir = tmp.resolve("out");
        assertThat(run("optimize", "--region", "SML", "--problem", "k-means", "--sites", "0", "--capacity", "-5", "--mode", "bike",
                "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown problem 'k-means'", "p-median, mclp, lscp", "--sites", "needs --keep-existing",
                "capacity -5 places", "--mode", "unknown travel mode 'bike': use car or foot");
        assertThat(dir).doesNotExist();
    }

    /**
     * Capacitated p-median on the bundled region with the kept centres' own places (225) and 5 new sites of 70 places:
     * 536.93 users (5 per 1,000 of pop_2017, assumed) fit 575 places. Split (default): every site within its places, every
     * settlement's users in full. Single source needs sites of 150 places: Смолян's 139 users fit no kept centre (75 at most)
     * and 70 places refuse it by name; with 150, each settlement at one site. Both say their units.
     */
    @Test
    void capacitatedMedianOnTheBundledPlaces() throws Exception {
        String[] args = {"optimize", "--region", "SML", "--problem", "capacitated-p-median", "--sites", "5", "--keep-existing",
                "--own-capacities", "--capacity", "70", "--time-limit-s", "12", "--out", "-"};
        for (boolean single : new boolean[]{false, true}) {
            out.getBuffer().setLength(0);
            String[] a = single ? java.util.Arrays.copyOf(args, args.length + 1) : args;
            if (single) {
                a[args.length] = "--single-source";
                assertThat(run(a)).isEqualTo(2);
                assertThat(err.toString()).contains("67653 Смолян: needs more than the largest site capacity (75)");
                a[java.util.Arrays.asList(a).indexOf("70")] = "150";
                out.getBuffer().setLength(0);
            }
            assertThat(run(a)).as(err.toString()).isZero();
            JsonNode r = new ObjectMapper().readTree(out.toString());
            JsonNode c = r.get("capacity");
            assertThat(c.get("demand_unit").asText()).isEqualTo("users");
            assertThat(c.get("capacity_unit").asText()).isEqualTo("places");
            assertThat(c.get("single_source").asBoolean()).isEqualTo(single);
            assertThat(c.get("demand").get("source").asText()).contains("assumption");
            assertThat(c.get("users").asDouble()).isCloseTo(536.93, org.assertj.core.data.Offset.offset(0.05));
            assertThat(c.get("places").asDouble()).isEqualTo(single ? 975 : 575);
            assertThat(r.get("facilities_illustrative").asBoolean()).isTrue();
            for (JsonNode site : c.get("sites")) assertThat(site.get("assigned_users").asDouble()).isLessThanOrEqualTo(site.get("capacity_places").asDouble() + 1e-6);
            for (JsonNode s : c.get("settlements")) {
                double sum = 0;
                for (JsonNode part : s.get("parts")) sum += part.get("users").asDouble();
                if (s.get("users").asDouble() > 0) assertThat(sum).isCloseTo(s.get("users").asDouble(), org.assertj.core.data.Offset.offset(0.011));
                if (single) assertThat(s.get("parts").size()).isLessThanOrEqualTo(1);
            }
            assertThat(r.get("lower_bound").asDouble()).isPositive().isLessThanOrEqualTo(r.get("objective").asDouble());
        }
    }

    /** Capacitated demand options: zero places, a rate that is no number or negative, an unknown target group, all at once. */
    @Test
    void capacitatedDemandOptionsAtOnce() {
        Path dir = tmp.resolve("out");
        assertThat(run("optimize", "--region", "SML", "--problem", "capacitated-p-median", "--sites", "3", "--capacity", "0",
                "--uptake-per-1000", "five", "--target-group", "pop_0_17", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--capacity", "capacity 0 places", "--uptake-per-1000", "not a number: 'five'",
                "--target-group", "unknown population column 'pop_0_17'").doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(run("optimize", "--region", "SML", "--problem", "capacitated-p-median", "--sites", "3", "--capacity", "50",
                "--uptake-per-1000=-1", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--uptake-per-1000", "must be a number >= 0");
        err.getBuffer().setLength(0);
        assertThat(run("optimize", "--region", "SML", "--problem", "p-median", "--sites", "3", "--single-source", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--single-source", "only with a capacitated problem");
        assertThat(dir).doesNotExist();
    }

    @Test
    void malformedInstanceFiles() throws Exception {
        Path dir = tmp.resolve("out");
        assertThat(run("optimize", "--instance", fixture("pmed-truncated.txt"), "--format", "orlib-pmed", "--problem", "p-median",
                "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("pmed-truncated.txt, row 4: the file ends after 3 of 6 edges");
        assertThat(run("optimize", "--instance", fixture("capmed-negative-capacity.txt"), "--format", "capmed",
                "--problem", "capacitated-p-median", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("capmed-negative-capacity.txt, row 2: negative capacity -120");
        assertThat(dir).doesNotExist();
    }

    @Test
    void emptyCandidateFile() throws Exception {
        Path file = tmp.resolve("candidates.csv");
        Files.writeString(file, "id,name,service,lon,lat\nc1,Кризисен,crisis,24.70,41.58\n");
        Path dir = tmp.resolve("out");
        assertThat(run("optimize", "--region", "SML", "--problem", "mclp", "--sites", "1", "--candidates", file.toString(),
                "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("candidates.csv: no candidate of service community-support in the file");
        assertThat(dir).doesNotExist();
    }

    @Test
    void theDefaultRunNeverProposesASiteThatAlreadyHostsACentre() throws Exception {
        // the page's default: MCLP, 2 new sites, keep existing, default candidates (settlements without a centre)
        assertThat(run("optimize", "--region", "SML", "--problem", "mclp", "--sites", "2", "--keep-existing",
                "--time-limit-s", "20", "--out", "-")).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        java.util.List<org.dostap.engine.region.Facility> centres = new org.dostap.data.bundled.BundledRegionStore().getRegion("SML")
                .facilitiesOf("community-support");
        assertThat(centres).hasSize(10);
        int proposed = 0;
        for (JsonNode site : r.get("sites")) {
            if (site.get("existing").asBoolean()) continue;
            proposed++;
            var at = new org.dostap.engine.common.GeoPoint(site.get("lon").asDouble(), site.get("lat").asDouble());
            for (var c : centres)
                assertThat(at.distanceMetresTo(c.location())).as(site.get("name").asText() + " vs " + c.name()).isGreaterThan(2_000);
            assertThat(centres.stream().map(org.dostap.engine.region.Facility::id)).doesNotContain(site.get("id").asText());
        }
        assertThat(proposed).isEqualTo(2);
        assertThat(r.get("gain").get("population_within_standard_after").asLong())
                .isEqualTo(r.get("gain").get("population_within_standard_before").asLong() + r.get("gain").get("population_gained").asLong());
        // with the travel-time model on main everyone may already be within 30 min: then the result must say so and why
        if (r.get("gain").get("population_gained").asLong() > 0) assertThat(r.get("no_gain").isNull()).isTrue();
        else assertThat(r.get("no_gain").get("code").asText()).isIn("all-within-standard", "uncovered-out-of-reach");
    }

    @Test
    void whenEveryoneIsAlreadyWithinTheStandardTheResultSaysSoAndWhy() throws Exception {
        assertThat(run("optimize", "--region", "SML", "--problem", "mclp", "--sites", "1", "--keep-existing", "--threshold-min", "170",
                "--time-limit-s", "20", "--out", "-")).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("gain").get("population_gained").asLong()).isZero();
        assertThat(r.get("no_gain").get("code").asText()).isEqualTo("all-within-standard");
        assertThat(r.get("no_gain").get("message").asText()).contains("already within 170 min of an existing centre");
    }

    @Test
    void withoutKeepAChosenExistingCentreIsReportedAsExistingNotNew() throws Exception {
        assertThat(run("optimize", "--region", "SML", "--problem", "p-median", "--sites", "10", "--candidates", "municipal-seats",
                "--time-limit-s", "20", "--out", "-")).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        // every municipal seat hosts a centre: the only candidates are the 10 centres themselves
        assertThat(r.get("sites")).hasSize(10).allSatisfy(x -> assertThat(x.get("existing").asBoolean()).isTrue());
        assertThat(r.get("no_gain").get("code").asText()).isEqualTo("no-new-sites");
    }

    @Test
    void devinBorinoAndDospatPayOnlyForTheFiveCentresThatServeThem() throws Exception {
        // Issue 13: partners Девин (SML09), Борино (SML05), Доспат (SML10), hosts among partners, existing centres kept, 2 new
        // sites, 120,000 EUR a centre. 12 centres are open (10 existing + 2 new) but only 5 serve the partnership: the 3
        // partners' own and the 2 new ones (hosted by partners), every partner settlement being nearest to one of them.
        // By hand: 5 x 120,000 = 600,000 EUR; everyone of the 8,004 + 11,181 + 3,157 = 22,342 partner residents is within
        // 30 min, so Доспат pays 600,000 x 8,004 / 22,342 = 214,949.42 EUR (not 1,440,000 x ... as before).
        assertThat(run("optimize", "--region", "SML", "--problem", "inter-municipal", "--partners", "SML09,SML05,SML10",
                "--hosts-among-partners", "--keep-existing", "--sites", "2", "--cost-per-centre-eur", "120000",
                "--time-limit-s", "20", "--out", "-")).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("sites")).hasSize(12);
        assertThat(r.get("currency").asText()).isEqualTo("EUR");
        assertThat(r.get("centres_charged").asInt()).isEqualTo(5);
        assertThat(r.get("total_cost_eur").asDouble()).isEqualTo(600_000);
        java.util.Set<String> partners = java.util.Set.of("SML09", "SML05", "SML10"), serving = new java.util.TreeSet<>();
        r.get("sites").forEach(x -> { if (partners.contains(x.get("municipality").asText())) serving.add(x.get("id").asText()); });
        r.get("assignment").forEach(a -> { if (partners.contains(a.get("municipality").asText())) serving.add(a.get("site_id").asText()); });
        java.util.List<String> charged = new java.util.ArrayList<>();
        r.get("centres_charged_ids").forEach(x -> charged.add(x.asText()));
        assertThat(charged).containsExactlyInAnyOrderElementsOf(serving);
        double sum = 0;
        for (JsonNode m : r.get("cost_sharing")) {
            sum += m.get("cost_eur").asDouble();
            if (m.get("municipality").asText().equals("SML10")) {
                assertThat(m.get("municipality_name").asText()).isEqualTo("Доспат");
                assertThat(m.get("population").asDouble()).isEqualTo(8004);
                assertThat(m.get("cost_eur").asDouble()).isCloseTo(600_000.0 * 8004 / 22342, org.assertj.core.data.Offset.offset(0.01));
            }
        }
        assertThat(r.get("cost_sharing")).hasSize(3);
        assertThat(sum).isCloseTo(600_000, org.assertj.core.data.Offset.offset(0.01));
    }
}
