package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.web.support.Api;
import org.dostap.web.support.Jobs;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimization jobs on the six Smolyan settlements (see {@link SmallRegionApiTest}). At 15 min a single site
 * reaches: Smolyan 27851 (no other settlement within 15 min), Devin 6100, Shiroka laka or Gela 416 + 33 = 449,
 * Momchilovtsi 1067 at most with its neighbours... so MCLP p=1 opens Smolyan, 27851. The two existing centres
 * already cover 27851 + 6100 = 33951 of 35609.
 */
class OptimizeApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void mclpWithOneSiteOpensTheSettlementThatCoversMost() throws InterruptedException {
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":15,"
                + "\"candidates\":\"settlements\",\"time_limit_sec\":5}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = Jobs.awaitFinished(api, "SIX", submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("time_fraction").asDouble()).isEqualTo(1.0);
        JsonNode solver = job.get("solver");
        assertThat(solver.get("sense").asText()).isEqualTo("maximize");
        assertThat(solver.get("incumbent").asDouble()).as("the solver's best, reported as it ran").isEqualTo(27851);
        assertThat(job.get("objective").get("unit").asText()).isEqualTo("people");
        assertThat(job.get("objective").get("population").asLong()).isEqualTo(35609);
        JsonNode r = job.get("result");
        assertThat(r.get("objective_unit").asText()).as("one unit, the same in the job and its result").isEqualTo(job.get("objective").get("unit").asText());
        assertThat(solver.has("objective_unit")).as("the unit is said once, in objective").isFalse();
        assertThat(r.get("sites")).hasSize(1);
        // Smolyan (67653) covers most, and it hosts a centre: the site is that centre, reported as existing, not new
        assertThat(r.get("sites").get(0).get("id").asText()).isEqualTo("CS-SML31");
        assertThat(r.get("sites").get(0).get("existing").asBoolean()).isTrue();
        assertThat(r.get("no_gain").get("code").asText()).isEqualTo("no-new-sites");
        assertThat(r.get("objective").asDouble()).isEqualTo(27851);
        assertThat(r.get("gap").asDouble()).isEqualTo(0);
        assertThat(r.get("method").asText()).isNotBlank();
        assertThat(r.get("assignment")).hasSize(6);
        JsonNode c = r.get("comparison");
        assertThat(c.get("population").asLong()).isEqualTo(35609);
        assertThat(c.get("covered_before").asLong()).isEqualTo(33951);
        assertThat(c.get("covered_by_chosen_sites").asLong()).isEqualTo(27851);
        assertThat(c.get("covered_after").asLong()).isEqualTo(33951);
        assertThat(c.get("gain").asLong()).isZero();
    }

    @Test
    void keepingTheExistingCentresKeepsTheScenariosCentresToo() throws InterruptedException {
        // a scenario centre at Shiroka laka covers it and Gela: 33951 + 416 + 33 = 34400 with no new site at all
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":0,\"keep_existing\":true,"
                + "\"threshold_min\":15,\"candidates\":\"settlements\",\"time_limit_sec\":5,\"edits\":[{\"kind\":\"add\",\"facility_id\":\"new-1\","
                + "\"service_type\":\"community-support\",\"lon\":24.580323,\"lat\":41.679818}]}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = Jobs.awaitFinished(api, "SIX", submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode c = job.get("result").get("comparison");
        assertThat(c.get("covered_before").asLong()).isEqualTo(34400);
        assertThat(c.get("covered_by_chosen_sites").asLong()).isEqualTo(34400);
        assertThat(c.get("gain").asLong()).isZero();
    }

    /**
     * On foot the run uses walking times: "covered now" is the coverage on foot (not the car figure under the walking
     * standard), and the result and its provenance say foot. Before, the solver always planned by car.
     */
    @Test
    void onFootTheRunUsesWalkingTimesAndSaysSo() throws InterruptedException {
        long car = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=30").json().get("summary").get("covered_population").asLong();
        long foot = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=30&mode=foot").json().get("summary").get("covered_population").asLong();
        assertThat(foot).as("walking covers fewer people than driving at 30 min").isLessThan(car);
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":30,"
                + "\"keep_existing\":true,\"mode\":\"foot\",\"time_limit_sec\":5}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = Jobs.awaitFinished(api, "SIX", submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode r = job.get("result");
        assertThat(r.get("travel_mode").asText()).isEqualTo("foot");
        assertThat(r.get("provenance").get("travel_mode").asText()).isEqualTo("foot");
        assertThat(r.get("provenance").get("parameters").get("mode").asText()).isEqualTo("foot");
        assertThat(r.get("comparison").get("covered_before").asLong()).as("covered now = the Coverage tab's figure on foot").isEqualTo(foot);
        assertThat(r.get("gain").get("population_within_standard_before").asLong()).as("the existing centres on foot").isEqualTo(foot);

        Api.Reply standard = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"mode\":\"foot\",\"time_limit_sec\":5}");
        JsonNode byDefault = Jobs.awaitFinished(api, "SIX", standard.json().get("id").asText()).get("result");
        JsonNode region = api.get("/api/regions/SIX").json();
        JsonNode service = null;
        for (JsonNode x : region.get("services")) if (x.get("id").asText().equals("community-support")) service = x;
        assertThat(byDefault.get("threshold_min").asDouble()).as("without threshold_min: the walking standard")
                .isEqualTo(service.get("standard_min_foot").asDouble());
    }

    @Test
    void anUnknownModeIsListedWithTheOtherProblems() {
        Api.Reply reply = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"mode\":\"bike\",\"threshold_min\":0}");
        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("mode", "threshold_min");
        assertThat(reply.body()).contains("unknown travel mode 'bike'; one of: car, foot");
    }

    @Test
    void everyBadValueIsListedAtOnce() {
        Api.Reply reply = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"threshold_min\":0,"
                + "\"candidates\":\"/etc/passwd\",\"time_limit_sec\":1000,\"population\":\"pop_1900\"}");
        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("sites", "threshold_min", "candidates", "time_limit_sec", "population");
        assertThat(reply.json().get("message").asText()).as("the summary names request fields, not CSV columns")
                .startsWith("5 problems:\n").contains("\n  - threshold_min: ").doesNotContain("column sites");
        Api.Reply unknown = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"cheapest\",\"sites\":9}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown problem 'cheapest'")
                .contains("p-median, mclp, lscp, p-center, capacitated-p-median, capacitated-coverage, inter-municipal");
        assertThat(api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"p-median\",\"sites\":3,\"candidates\":\"municipal-seats\"}").status())
                .as("only 2 municipal seats").isEqualTo(400);
    }

    @Test
    void theCapacitatedAndNetworkOptionsAreCheckedAllAtOnce() {
        Api.Reply reply = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"inter-municipal\",\"sites\":1,\"capacity\":-3,"
                + "\"partners\":[\"SML31\",\"XXX\"],\"min_share_pct\":150,\"cost_per_centre\":-1}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("capacity", "partners[1]", "min_share_pct", "cost_per_centre_eur");
        assertThat(reply.body()).contains("no municipality 'XXX' in region SIX");
        Api.Reply noCapacity = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"capacitated-coverage\",\"sites\":1}");
        assertThat(fields(noCapacity)).containsExactly("capacity");
        assertThat(noCapacity.body()).contains("needs the capacity of a centre");
        // hosts only in Devin's municipality: its one seat cannot host two centres
        Api.Reply hosts = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"inter-municipal\",\"sites\":2,"
                + "\"partners\":[\"SML09\"],\"hosts_among_partners\":true,\"candidates\":\"municipal-seats\"}");
        assertThat(fields(hosts)).containsExactly("sites");
        assertThat(hosts.body()).contains("only 1 candidates (municipal-seats) in the partner municipalities");
        assertThat(api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"capacitated-p-median\",\"sites\":0,\"keep_existing\":true,"
                + "\"own_capacities\":true}").status()).as("kept centres with their own capacities need no uniform one").isEqualTo(202);
    }

    @Test
    void aCentreAtShirokaLakaServesBothMunicipalitiesAndTheyShareItsCost() throws InterruptedException {
        // at 30 min Shiroka laka reaches Smolyan 26.8, Momchilovtsi 27.4, Gela 6.8, Devin 28.9 (not Sivino, 45.6):
        // 35609 - 142 = 35467 people. Smolyan municipality has 29367 of them within the standard, Devin's 6100:
        // a cost of 1000 is shared 29367 / 35467 and 6100 / 35467.
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"inter-municipal\",\"sites\":1,"
                + "\"threshold_min\":30,\"candidates\":\"settlements\",\"partners\":[\"SML31\",\"SML09\"],\"cost_per_centre_eur\":1000,"
                + "\"time_limit_sec\":10}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = Jobs.awaitFinished(api, "SIX", submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode r = job.get("result");
        assertThat(r.get("sites").get(0).get("id").asText()).isEqualTo("83274");
        assertThat(r.get("objective").asDouble()).isEqualTo(35467);
        assertThat(r.get("gap").asDouble()).isZero();
        JsonNode smolyan = r.get("cost_sharing").get(0), devin = r.get("cost_sharing").get(1);
        assertThat(smolyan.get("municipality").asText()).isEqualTo("SML31");
        assertThat(smolyan.get("population").asDouble()).isEqualTo(29509);
        assertThat(smolyan.get("population_within_standard").asDouble()).isEqualTo(29367);
        assertThat(smolyan.get("hosts").asInt()).isEqualTo(1);
        assertThat(smolyan.get("cost_eur").asDouble()).isCloseTo(1000.0 * 29367 / 35467, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(devin.get("municipality").asText()).isEqualTo("SML09");
        assertThat(devin.get("hosts").asInt()).isZero();
        assertThat(devin.get("cost_eur").asDouble()).isCloseTo(1000.0 * 6100 / 35467, org.assertj.core.data.Offset.offset(1e-6));
        JsonNode why = r.get("why_chosen").get(0);
        assertThat(why.get("site_id").asText()).isEqualTo("83274");
        assertThat(why.get("population_added").asDouble()).isEqualTo(35467);
        assertThat(why.get("settlements_newly_covered")).hasSize(5);
        JsonNode c = r.get("comparison");
        assertThat(c.get("covered_before").asLong()).as("at 30 min the two towns' centres reach everyone").isEqualTo(35609);
        assertThat(c.get("covered_by_chosen_sites").asLong()).isEqualTo(35467);
    }

    @Test
    void aCapacityBelowSmolyansShareMovesTheCheapestVillagesToDevin() throws InterruptedException {
        // Smolyan and Devin stay open (any other pair costs far more); Smolyan's site would serve 29509 > 29000: at least
        // 509 people move to Devin. Cheapest: Shiroka laka (416, +2.1 min) and Sivino (142, +45.5 min) = 7335 person-min;
        // Shiroka laka + Gela is too few (449), Momchilovtsi alone costs 1067 x 37.5 = 40012. Every resident a user (1,000 per
        // 1,000) and single source: the hand solution in people.
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"capacitated-p-median\",\"sites\":2,"
                + "\"candidates\":\"settlements\",\"capacity\":29000,\"time_limit_sec\":10,\"uptake_per_1000\":1000,\"single_source\":true}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = Jobs.awaitFinished(api, "SIX", submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode r = job.get("result");
        List<String> sites = new ArrayList<>();
        r.get("sites").forEach(x -> sites.add(x.get("id").asText()));
        // the two towns host the existing centres: the sites are those centres (not new ones at the same places)
        assertThat(sites).containsExactlyInAnyOrder("CS-SML31", "CS-SML09");
        assertThat(r.get("gap").asDouble()).isZero();
        java.util.Map<String, String> siteOf = new java.util.HashMap<>();
        r.get("assignment").forEach(a -> siteOf.put(a.get("settlement_id").asText(), a.get("site_id").asText()));
        assertThat(siteOf).containsEntry("83274", "CS-SML09").containsEntry("66384", "CS-SML09")
                .containsEntry("49014", "CS-SML31").containsEntry("14605", "CS-SML31").containsEntry("67653", "CS-SML31");
        JsonNode capacity = r.get("capacity");
        assertThat(capacity.get("demand_unit").asText()).isEqualTo("users");
        assertThat(capacity.get("capacity_unit").asText()).isEqualTo("places");
        assertThat(capacity.get("single_source").asBoolean()).isTrue();
        assertThat(capacity.get("demand").get("source").asText()).isEqualTo("given by the user");
    }

    @Test
    void capacitatedDemandOptionsAreChecked() {
        Api.Reply reply = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"capacitated-p-median\",\"sites\":2,"
                + "\"capacity\":0,\"uptake_per_1000\":-2,\"target_group\":\"pop_0_17\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("capacity", "uptake_per_1000", "target_group");
        assertThat(reply.body()).contains("at least 1 place").contains("must be a number >= 0").contains("unknown population column 'pop_0_17'");
        Api.Reply notANumber = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"capacitated-p-median\",\"sites\":2,"
                + "\"capacity\":50,\"uptake_per_1000\":\"abc\"}");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("uptake_per_1000");
    }

    private static List<String> fields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        return fields;
    }

    @Test
    void unknownJobsAndRegionsAreNotFoundAndAJobCanBeCancelled() throws InterruptedException {
        assertThat(api.get("/api/regions/SIX/optimize/jobs/nope").status()).isEqualTo(404);
        assertThat(api.delete("/api/regions/SIX/optimize/jobs/nope").status()).isEqualTo(404);
        assertThat(api.post("/api/regions/XXX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1}").status()).isEqualTo(404);
        String id = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"p-median\",\"sites\":2,\"time_limit_sec\":5}").json().get("id").asText();
        JsonNode cancelled = api.delete("/api/regions/SIX/optimize/jobs/" + id).json();
        String status = cancelled.get("status").asText();
        assertThat(status).isIn("cancelled", "done"); // a tiny run may finish before the DELETE arrives
        if (status.equals("cancelled")) {
            Thread.sleep(300);
            JsonNode later = api.get("/api/regions/SIX/optimize/jobs/" + id).json();
            assertThat(later.get("status").asText()).isEqualTo("cancelled");
            assertThat(later.get("result").isNull()).isTrue();
        }
    }
}
