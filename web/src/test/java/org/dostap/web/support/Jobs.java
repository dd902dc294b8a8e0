package org.dostap.web.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Optimization jobs through the API ({@code /api/regions/{code}/optimize/jobs}): submitting one and waiting for it. */
public final class Jobs {
    private static final Duration FINISH = Duration.ofSeconds(30);

    private Jobs() {}

    /** Submits a job to region {@code region}; asserts that it was accepted (202) and returns its id. */
    public static String submit(Api api, String region, String body) {
        Api.Reply r = api.post(path(region), body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("id").asText();
    }

    /** Waits up to 30 s until the job is neither queued nor running (done, failed or cancelled) and returns it. */
    public static JsonNode awaitFinished(Api api, String region, String id) throws InterruptedException {
        return awaitUntil(api, region, id, job -> !job.get("status").asText().equals("queued")
                && !job.get("status").asText().equals("running"), FINISH);
    }

    /** Waits up to {@code timeout} until the job matches {@code until} and returns it. */
    public static JsonNode awaitUntil(Api api, String region, String id, Predicate<JsonNode> until, Duration timeout)
            throws InterruptedException {
        return Polling.until(() -> api.get(path(region) + "/" + id).json(), until, timeout, "job " + id);
    }

    private static String path(String region) { return "/api/regions/" + region + "/optimize/jobs"; }
}
