package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.Jobs;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long run on the bundled data (the whole country: p-median, 265 new centres among all 5,253 settlements, 120 s
 * limit) reports the solver's progress while it runs, stops within about a second of a DELETE, and the single worker
 * then takes the next run at once. Timeouts are generous: the machine may be a loaded 2-core one.
 */
class OptimizeCancelApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static final Api api = server.api();

    @Test
    void aCountryRunShowsItsBoundsStopsOnCancelAndFreesTheWorker() throws InterruptedException {
        Api.Reply submitted = api.post("/api/regions/BG/optimize/jobs", "{\"problem\":\"p-median\",\"sites\":265,"
                + "\"candidates\":\"settlements\",\"time_limit_sec\":120}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        JsonNode running = Jobs.awaitUntil(api, "BG", id, j -> j.get("solver") != null && !j.get("solver").isNull()
                && j.get("solver").get("phase").asText().equals("lagrangian") && j.get("solver").get("gap").isNumber(), Duration.ofSeconds(150));
        JsonNode solver = running.get("solver");
        assertThat(running.get("status").asText()).isEqualTo("running");
        assertThat(solver.get("sense").asText()).isEqualTo("minimize");
        assertThat(running.get("objective").get("unit").asText()).isEqualTo("person-seconds");
        assertThat(solver.get("bound").asDouble()).isPositive().isLessThanOrEqualTo(solver.get("incumbent").asDouble());
        assertThat(solver.get("gap").asDouble()).isBetween(0.0, 1.0);

        JsonNode cancelled = api.delete("/api/regions/BG/optimize/jobs/" + id).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        JsonNode stopped = Jobs.awaitUntil(api, "BG", id, j -> j.get("stop_seconds").isNumber(), Duration.ofSeconds(30));
        assertThat(stopped.get("status").asText()).isEqualTo("cancelled");
        assertThat(stopped.get("result").isNull()).isTrue();
        assertThat(stopped.get("error").isNull()).as("a cancelled run is not a failure").isTrue();
        assertThat(stopped.get("stop_seconds").asDouble()).as("seconds the solver took to stop").isLessThan(3);

        // the worker is free: a small run starts and ends at once
        long t0 = System.nanoTime();
        String next = api.post("/api/regions/SML/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":30,"
                + "\"time_limit_sec\":10}").json().get("id").asText();
        JsonNode done = Jobs.awaitUntil(api, "SML", next, j -> j.get("status").asText().equals("done"), Duration.ofSeconds(30));
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds until the next run was done").isLessThan(15);
        assertThat(done.get("result").get("sites")).hasSize(1);
    }
}
