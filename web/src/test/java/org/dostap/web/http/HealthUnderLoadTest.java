package org.dostap.web.http;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.Polling;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: {@code /api/health} asked the region store (on PostGIS: a query needing a pooled connection) on the request,
 * so under load a monitor's health checks queued behind heavy requests for the pool (p99 5.2 s in the hostile-load
 * bench), and a database restart stalled them. Now a thread of its own asks the store every second and health sends the
 * bytes it prepared: a store that hangs never holds a health check; a store that fails makes health 503 until it
 * answers again.
 */
class HealthUnderLoadTest {
    /** A store of the small region whose listing can hang (a pool held by heavy requests) or fail (database down). */
    static final class TroubledStore implements RegionStore {
        final RegionData six = SmallRegion.region();
        final AtomicInteger listings = new AtomicInteger();
        final AtomicBoolean down = new AtomicBoolean();
        volatile CountDownLatch hang = new CountDownLatch(0);

        @Override public List<RegionInfo> listRegions() {
            listings.incrementAndGet();
            try {
                hang.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (down.get()) throw new PlanningException(ErrorCode.UNAVAILABLE, "The database does not answer (test).");
            return SmallRegion.store().listRegions();
        }

        @Override public Optional<RegionData> findRegion(String code) {
            return six.code().equals(code) ? Optional.of(six) : Optional.empty();
        }
    }

    @Test
    void healthAnswersAtOnceWhileTheStoreHangs() throws Exception {
        TroubledStore store = new TroubledStore();
        try (WebApp app = AppWiring.webApp(store, new InMemoryScenarioStore(), EstimatedTravelTimes.uniform(), WebConfig.localhost(0)).start()) {
            assertThat(new Api(app.port()).get("/api/health").status()).isEqualTo(200); // the server is warm
            HttpClient client = HttpClient.newHttpClient();
            store.hang = new CountDownLatch(1); // the next listing waits (as for a connection of an exhausted pool)
            try {
                long until = System.nanoTime() + 2_500_000_000L;
                int checks = 0;
                while (System.nanoTime() < until) {
                    // the listing hangs for the whole loop: a health check that asked the store would time out
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                            + "/api/health")).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(health.statusCode()).isEqualTo(200);
                    assertThat(health.body()).contains("\"regions\":1");
                    checks++;
                }
                assertThat(checks).isGreaterThan(5);
                assertThat(store.listings.get()).as("the refresher is stuck in a listing, the checks are not").isGreaterThanOrEqualTo(2);
            } finally {
                store.hang.countDown();
            }
        }
    }

    @Test
    void healthIs503WhileTheStoreFailsAndOkOnceItAnswers() throws InterruptedException {
        TroubledStore store = new TroubledStore();
        try (WebApp app = AppWiring.webApp(store, new InMemoryScenarioStore(), EstimatedTravelTimes.uniform(), WebConfig.localhost(0)).start()) {
            Api api = new Api(app.port());
            assertThat(api.get("/api/health").json().path("status").asText()).isEqualTo("ok");
            store.down.set(true);
            Api.Reply down = awaitStatus(api, 503);
            assertThat(down.json().path("status").asText()).isEqualTo("unavailable");
            assertThat(down.json().path("message").asText()).contains("The database does not answer");
            assertThat(down.header("Retry-After")).isNotNull();
            store.down.set(false);
            Api.Reply up = awaitStatus(api, 200);
            assertThat(up.json().path("status").asText()).isEqualTo("ok");
            assertThat(up.json().path("regions").asInt()).isEqualTo(1);
        }
    }

    private static Api.Reply awaitStatus(Api api, int status) throws InterruptedException {
        return Polling.until(() -> api.get("/api/health"), r -> r.status() == status, Duration.ofSeconds(10), "health answering " + status);
    }
}
