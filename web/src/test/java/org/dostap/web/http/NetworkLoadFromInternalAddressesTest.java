package org.dostap.web.http;

import com.sun.net.httpserver.HttpServer;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.network.RoadNetworks;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.AndorraRegion;
import org.dostap.web.support.Api;
import org.dostap.web.support.Polling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect (server-side request forgery): {@code POST /api/network/load} with a {@code url} fetched any http(s) address,
 * so whoever may write could make the server reach this computer (127.0.0.1), its private network or the cloud's
 * metadata address. Such an address is now refused (400 naming {@code url}) before anything is contacted, unless the
 * operator started the server with {@code --allow-local-downloads} (a local mirror).
 */
class NetworkLoadFromInternalAddressesTest {
    @TempDir static Path temp;

    @Test
    void aLocalServerIsRefusedByDefaultAndReachedOnlyWhenTheOperatorAllowsIt() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer local = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        local.createContext("/", ex -> { hits.incrementAndGet(); ex.sendResponseHeaders(404, -1); ex.close(); });
        local.start();
        String url = "http://127.0.0.1:" + local.getAddress().getPort() + "/secret.osm.pbf";
        RoadNetworks.Settings settings = RoadNetworks.Settings.in(temp.resolve("cache"), RoadNetworks.Origin.ESTIMATE);
        try (WebApp app = AppWiring.webApp(AndorraRegion.store(), new InMemoryScenarioStore(), EstimatedTravelTimes.defaults(),
                WebConfig.localhost(0), settings).start()) {
            Api api = new Api(app.port());
            for (String internal : new String[]{url, "http://169.254.169.254/latest/meta-data.osm.pbf", "http://10.0.0.8/a.osm.pbf",
                    "http://[::1]:" + local.getAddress().getPort() + "/a.osm.pbf", "http://localhost:" + local.getAddress().getPort() + "/a.osm.pbf"}) {
                Api.Reply r = api.post("/api/network/load", "{\"url\":\"" + internal + "\"}");
                assertThat(r.status()).as(internal).isEqualTo(400);
                assertThat(r.json().get("problems").get(0).get("field").asText()).isEqualTo("url");
                assertThat(r.json().get("problems").get(0).get("message").asText()).as(internal)
                        .contains("only public addresses are downloaded from");
            }
            assertThat(hits.get()).isZero();
        }
        try (WebApp app = AppWiring.webApp(AndorraRegion.store(), new InMemoryScenarioStore(), EstimatedTravelTimes.defaults(),
                WebConfig.localhost(0), settings.allowingLocalDownloads()).start()) {
            Api api = new Api(app.port());
            assertThat(api.post("/api/network/load", "{\"url\":\"" + url + "\"}").status()).isEqualTo(202);
            Polling.until(hits::get, n -> n > 0, Duration.ofSeconds(30), "the local mirror to be asked");
            assertThat(hits.get()).isPositive();
        } finally {
            local.stop(0);
        }
    }
}
