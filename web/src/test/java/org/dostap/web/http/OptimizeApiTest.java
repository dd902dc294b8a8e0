package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;



import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    private static WebApp app;
    private static Api api;

    @BeforeAll
    static void start() {
        app = SmallRegion.startApp(WebConfig.localhost(0));
        api = new Api(app.port());
    }

    @AfterAll
    static void stop() { app.close(); }

    private static JsonNode waitFor(String id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode job = api.get("/api/regions/SIX/optimize/jobs/" + id).json();
            if (!job.get("status").asText().equals("queued") && !job.get("status").asText().equals("running")) return job;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish in 30 s");
    }

    @Test
    void mclpWithOneSiteOpensTheSettlementThatCoversMost() throws InterruptedException {
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"thresholdMin\":15,"
                + "\"candidates\":\"settlements\",\"timeLimitSec\":5}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = waitFor(submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        JsonNode r = job.get("result");
        assertThat(r.get("sites")).hasSize(1);
        assertThat(r.get("sites").get(0).get("id").asText()).isEqualTo("67653");
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
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":0,\"keepExisting\":true,"
                + "\"thresholdMin\":15,\"candidates\":\"settlements\",\"timeLimitSec\":5,\"edits\":[{\"kind\":\"add\",\"facilityId\":\"new-1\","
                + "\"serviceType\":\"community-support\",\"lon\":24.580323,\"lat\":41.679818}]}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = waitFor(submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode c = job.get("result").get("comparison");
        assertThat(c.get("covered_before").asLong()).isEqualTo(34400);
        assertThat(c.get("covered_by_chosen_sites").asLong()).isEqualTo(34400);
        assertThat(c.get("gain").asLong()).isZero();
    }

    @Test
    void everyBadValueIsListedAtOnce() {
        Api.Reply reply = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"thresholdMin\":0,"
                + "\"candidates\":\"/etc/passwd\",\"timeLimitSec\":1000,\"population\":\"pop_1900\"}");
        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("sites", "thresholdMin", "candidates", "timeLimitSec", "population");
        Api.Reply unknown = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"cheapest\",\"sites\":9}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown problem 'cheapest'").contains("p-median, mclp, lscp, p-center");
        assertThat(api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"p-median\",\"sites\":3}").status())
                .as("only 2 municipal seats").isEqualTo(400);
    }

    @Test
    void unknownJobsAndRegionsAreNotFoundAndAJobCanBeCancelled() throws InterruptedException {
        assertThat(api.get("/api/regions/SIX/optimize/jobs/nope").status()).isEqualTo(404);
        assertThat(api.delete("/api/regions/SIX/optimize/jobs/nope").status()).isEqualTo(404);
        assertThat(api.post("/api/regions/XXX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1}").status()).isEqualTo(404);
        String id = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"p-median\",\"sites\":2,\"timeLimitSec\":5}").json().get("id").asText();
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
