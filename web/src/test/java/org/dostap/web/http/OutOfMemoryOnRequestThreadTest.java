package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: an {@link OutOfMemoryError} outside the heavy-work executor (here: on the Jetty thread that looks a region
 * up, injected by the region store) used to reach Jetty as a bare 500 with an empty body and a stack trace in the log.
 * Now: a JSON 500 with a reference, one log line quoting it (no stack trace), and the server goes on serving.
 */
class OutOfMemoryOnRequestThreadTest {
    @Test
    void anOutOfMemoryErrorOnARequestThreadIsAJson500WithAReferenceAndOneLogLine() {
        RegionData six = SmallRegion.region();
        java.util.concurrent.atomic.AtomicBoolean oom = new java.util.concurrent.atomic.AtomicBoolean();
        RegionStore store = new RegionStore() {
            @Override public List<RegionInfo> listRegions() { return SmallRegion.store().listRegions(); }

            @Override public Optional<RegionData> findRegion(String code) {
                // once the region is loaded (on the heavy-work executor) it is looked up on the request's thread
                if (oom.get() && !Thread.currentThread().getName().startsWith("dostap-work"))
                    throw new OutOfMemoryError("Java heap space (injected by the test)");
                return six.code().equals(code) ? Optional.of(six) : Optional.empty();
            }
        };
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (WebApp app = AppWiring.webApp(store, new InMemoryScenarioStore(), EstimatedTravelTimes.uniform(), WebConfig.localhost(0)).start()) {
            Api api = new Api(app.port());
            Api.Reply failed;
            assertThat(api.get("/api/regions/SIX").status()).isEqualTo(200); // loaded
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            oom.set(true);
            try {
                failed = api.get("/api/regions/SIX");
            } finally {
                oom.set(false);
                System.setErr(err);
            }
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.header("Content-Type")).contains("application/json");
            JsonNode body = failed.json();
            assertThat(body.path("error").asText()).isEqualTo("internal");
            String message = body.path("message").asText();
            assertThat(message).containsPattern("reference [0-9a-f]{8}").doesNotContain("OutOfMemoryError").doesNotContain("heap space");
            String reference = message.replaceAll("(?s).*reference ([0-9a-f]{8}).*", "$1");

            List<String> lines = log.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as("the log").hasSize(1);
            assertThat(lines.get(0)).contains("Out of memory").contains(reference).doesNotContain("\tat ");
            assertThat(failed.header("X-Content-Type-Options")).isEqualTo("nosniff");

            assertThat(api.get("/api/health").status()).isEqualTo(200);
            assertThat(api.get("/api/regions/SIX").status()).isEqualTo(200);
            assertThat(api.get("/api/regions/SIX/coverage?service=crisis").status()).isEqualTo(200);
        }
    }
}
