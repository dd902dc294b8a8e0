package org.dostap.web.http;

import org.dostap.web.support.Api;
import org.dostap.web.support.ChildJvm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: distinct country-wide coverage requests used to fill the heap (the answer cache held 512 answers of
 * 1.4 MB whatever the heap): at -Xmx128m, 29 of 60 answers were 500. The server runs in a child JVM with a small heap;
 * every answer must be 200 or 503 (busy), /api/health must keep answering, and the server must be healthy afterwards.
 */
class ServerMemoryTest {
    private static final int REQUESTS = 40;

    @Test
    void distinctCountryCoverageRequestsDoNotExhaustASmallHeap() throws Exception {
        try (ChildJvm server = ChildJvm.start("112m", Map.of(), "serve", "--estimated", "--port", "0", "--region", "BG")) {
            int port = Integer.parseInt(server.awaitStdout("Dostap is running: http://127\\.0\\.0\\.1:(\\d+)/", Duration.ofSeconds(90)));
            Api api = new Api(port);
            Random random = new Random(11);
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++)
                bodies.add(String.format(Locale.ROOT, "{\"service\":\"crisis\",\"edits\":[{\"kind\":\"add\",\"facility_id\":\"n%d\","
                        + "\"service_type\":\"crisis\",\"lon\":%.4f,\"lat\":%.4f}]}", i, 23 + 4 * random.nextDouble(), 42 + 1.5 * random.nextDouble()));
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<Long> healthMillis = new ArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(5);
            Future<?> health = clients.submit(() -> {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    int s = api.get("/api/health").status();
                    synchronized (healthMillis) { healthMillis.add(s == 200 ? (System.nanoTime() - t0) / 1_000_000 : Long.MAX_VALUE); }
                    try { Thread.sleep(250); } catch (InterruptedException e) { return; }
                }
            });
            List<Future<Integer>> answers = new ArrayList<>();
            for (String body : bodies) answers.add(clients.submit(() -> api.post("/api/regions/BG/coverage", body).status()));
            for (Future<Integer> f : answers) statuses.merge(f.get(), 1, Integer::sum);
            running.set(false);
            health.get();
            clients.shutdown();
            assertThat(statuses.keySet()).as("statuses " + statuses + "\n" + server.stderr()).isSubsetOf(200, 503);
            assertThat(statuses.getOrDefault(200, 0)).as("answered").isGreaterThan(REQUESTS / 4);
            assertThat(healthMillis).as("health during the run (ms)").isNotEmpty().allMatch(ms -> ms < 5_000);
            assertThat(api.get("/api/health").status()).isEqualTo(200);
            assertThat(api.post("/api/regions/BG/coverage", "{\"service\":\"crisis\"}").status()).isEqualTo(200);
            assertThat(server.stderr()).doesNotContain("OutOfMemoryError");
        }
    }
}
