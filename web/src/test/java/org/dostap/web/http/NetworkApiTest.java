package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.routing.CachedNetworks;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.network.RoadNetworks;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.AndorraRegion;
import org.dostap.web.support.Api;
import org.dostap.web.support.Polling;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The road network panel's API on the Andorra extract with own settlements (fixtures of {@code CoverageClosuresCliTest}):
 * a server on estimated times lists its graph cache (a temporary folder, never the developer's), refuses bad sources
 * naming the field, survives a failed import with nothing half-imported, then loads the extract and answers with road
 * times without a restart (cached answers dropped, the estimate re-fitted on the network and reported).
 */
class NetworkApiTest {
    static final Path ANDORRA = AndorraRegion.EXTRACT;
    @TempDir
    static Path temp;
    static WebApp app;
    static WebApp tokenApp;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        RegionStore regions = AndorraRegion.store();
        app = AppWiring.webApp(regions, new InMemoryScenarioStore(), EstimatedTravelTimes.defaults(), WebConfig.localhost(0),
                RoadNetworks.Settings.in(temp.resolve("cache"), RoadNetworks.Origin.ESTIMATE)).start();
        api = new Api(app.port());
        tokenApp = AppWiring.webApp(regions, new InMemoryScenarioStore(), EstimatedTravelTimes.defaults(),
                new WebConfig("127.0.0.1", 0, Optional.empty(), Optional.of("s3cret"), 256 * 1024),
                RoadNetworks.Settings.in(temp.resolve("cache2"), RoadNetworks.Origin.ESTIMATE)).start();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (tokenApp != null) tokenApp.close();
    }

    static List<String> fields(Api.Reply r) {
        List<String> f = new ArrayList<>();
        r.json().get("problems").forEach(p -> f.add(p.get("field").asText()));
        return f;
    }

    @Test
    void badSourcesAreRefusedNamingTheField() throws Exception {
        Api.Reply none = api.post("/api/network/load", "{}");
        assertThat(none.status()).as(none.body()).isEqualTo(400);
        assertThat(fields(none)).containsExactly("cache_key");
        Api.Reply two = api.post("/api/network/load", "{\"path\":\"/a.osm.pbf\",\"url\":\"https://example.org/a.osm.pbf\"}");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.body()).contains("only one of");
        Api.Reply ftp = api.post("/api/network/load", "{\"url\":\"ftp://example.org/a.osm.pbf\"}");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(fields(ftp)).containsExactly("url");
        assertThat(ftp.body()).contains("http:// or https://");
        Api.Reply notOsm = api.post("/api/network/load", "{\"url\":\"https://example.org/roads.zip\",\"md5\":\"xyz\"}");
        assertThat(fields(notOsm)).containsExactlyInAnyOrder("url", "md5");
        Api.Reply relative = api.post("/api/network/load", "{\"path\":\"andorra.osm.pbf\"}");
        assertThat(fields(relative)).containsExactly("path");
        assertThat(relative.body()).contains("full path");
        Api.Reply missing = api.post("/api/network/load", "{\"path\":\"" + temp.resolve("missing.osm.pbf") + "\",\"sha256\":\"ab\"}");
        assertThat(fields(missing)).containsExactlyInAnyOrder("path", "sha256", "sha256");
        assertThat(missing.body()).contains("file not found").contains("checksums are checked for downloads");
        Api.Reply unknown = api.post("/api/network/load", "{\"cache_key\":\"0123456789ab\"}");
        assertThat(fields(unknown)).containsExactly("cache_key");
        Api.Reply noJob = new Api(tokenApp.port()).get("/api/network/load");
        assertThat(noJob.status()).isEqualTo(404);
    }

    @Test
    void aLoadNeedsTheWriteToken() {
        Api token = new Api(tokenApp.port());
        Api.Reply refused = token.post("/api/network/load", "{\"path\":\"" + ANDORRA + "\"}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(token.get("/api/network").json().get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(token.get("/api/network").json().get("job").isNull()).isTrue();
    }

    @Test
    void aFailedImportChangesNothingThenTheExtractSwitchesTheServerToRoadTimes() throws Exception {
        JsonNode before = api.get("/api/network").json();
        assertThat(before.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(before.get("origin").asText()).isEqualTo("estimate");
        assertThat(before.get("loading_offered").asBoolean()).isTrue();
        assertThat(before.get("cached")).isEmpty();
        JsonNode estimated = coverage();
        assertThat(estimated.get("travel_time_source").asText()).isEqualTo("estimated");
        exportsCarryTheBand(true);

        Path broken = temp.resolve("broken.osm.pbf");
        Files.writeString(broken, "this is not OpenStreetMap data");
        Api.Reply started = api.post("/api/network/load", "{\"path\":\"" + broken + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode failed = awaitJob();
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("error").get("message").asText()).contains("broken.osm.pbf");
        assertThat(api.get("/api/network").json().get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(coverage().get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(CachedNetworks.list(temp.resolve("cache"))).isEmpty();
        if (Files.isDirectory(temp.resolve("cache")))
            try (Stream<Path> left = Files.list(temp.resolve("cache"))) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".importing-"));
            }

        started = api.post("/api/network/load", "{\"path\":\"" + ANDORRA + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Api.Reply second = api.post("/api/network/load", "{\"path\":\"" + ANDORRA + "\"}");
        assertThat(second.status()).as("one load at a time: " + second.body()).isIn(409, 202);
        JsonNode done = awaitJob();
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("network").asText()).isEqualTo("andorra.osm.pbf");

        JsonNode after = api.get("/api/network").json();
        assertThat(after.get("travel_time_source").asText()).isEqualTo("road");
        assertThat(after.get("origin").asText()).isEqualTo("loaded");
        assertThat(after.get("network").get("osm_file").asText()).isEqualTo("andorra.osm.pbf");
        assertThat(after.get("network").get("osm_data_date").asText()).startsWith("2013-05-28");
        assertThat(after.get("estimate_fit").get("used").asText()).isEqualTo("report");
        assertThat(after.get("estimate_fit").get("modes").get(0).get("bands")).isNotEmpty();
        assertThat(after.get("cached")).hasSize(1);
        assertThat(after.get("cached").get(0).get("current").asBoolean()).isTrue();
        assertThat(after.get("cached").get(0).get("available").asBoolean()).isTrue();
        assertThat(after.toString()).doesNotContain(temp.toString()); // file names only, never the server's folders

        JsonNode road = coverage(); // the same request as before the switch: not the cached estimated answer
        assertThat(road.get("travel_time_source").asText()).isEqualTo("road");
        assertThat(road.get("travel_time_description").asText()).contains("andorra.osm.pbf");
        assertThat(road.get("estimate_model").get("used").asText()).isEqualTo("report");
        road.get("settlements").forEach(s -> {
            if (s.get("id").asText().equals("canillo")) assertThat(s.get("travel_time_min").asDouble()).isEqualTo(11.2);
        });
        assertThat(api.get("/api/config").json().get("travel_time_source").asText()).isEqualTo("road");
        exportsCarryTheBand(false);

        // choosing the cached network in use again changes nothing
        String key = after.get("cached").get(0).get("cache_key").asText();
        assertThat(api.post("/api/network/load", "{\"cache_key\":\"" + key + "\"}").status()).isEqualTo(202);
        JsonNode again = awaitJob();
        assertThat(again.get("status").asText()).isEqualTo("done");
        assertThat(again.get("note").asText()).isEqualTo("already in use");
        assertThat(coverage().get("travel_time_source").asText()).isEqualTo("road");
    }

    /** CSV and GeoJSON exports carry travel_time_min_low/high: a band around estimated times, the time itself with road times. */
    static void exportsCarryTheBand(boolean estimated) throws Exception {
        String body = "{\"service\":\"community-support\",\"threshold_min\":30}";
        String[] lines = api.post("/api/regions/user/export/settlements.csv", body).body().replace("\uFEFF", "").split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        int time = header.indexOf("travel_time_min"), low = header.indexOf("travel_time_min_low"), high = header.indexOf("travel_time_min_high");
        assertThat(low).isPositive();
        assertThat(high).isPositive();
        boolean anyWider = false;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            if (cells[time].isEmpty()) continue;
            double t = Double.parseDouble(cells[time]), l = Double.parseDouble(cells[low]), h = Double.parseDouble(cells[high]);
            assertThat(l).isLessThanOrEqualTo(t);
            assertThat(h).isGreaterThanOrEqualTo(t);
            anyWider |= l < t && h > t;
            if (!estimated) assertThat(l).isEqualTo(t).isEqualTo(h);
        }
        assertThat(anyWider).isEqualTo(estimated);
        JsonNode geo = api.post("/api/regions/user/export/settlements.geojson", body).json();
        for (JsonNode f : geo.get("features")) {
            JsonNode p = f.get("properties");
            if (p.get("travel_time_min").isNull()) continue;
            assertThat(p.get("travel_time_min_low").asDouble()).isLessThanOrEqualTo(p.get("travel_time_min").asDouble());
            assertThat(p.get("travel_time_min_high").asDouble()).isGreaterThanOrEqualTo(p.get("travel_time_min").asDouble());
        }
    }

    static JsonNode coverage() {
        Api.Reply r = api.post("/api/regions/user/coverage", "{\"service\":\"community-support\",\"threshold_min\":30}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode awaitJob() throws InterruptedException {
        return Polling.until(() -> api.get("/api/network/load").json(), job -> !job.get("status").asText().equals("running"),
                Duration.ofMinutes(3), "the network load");
    }
}
