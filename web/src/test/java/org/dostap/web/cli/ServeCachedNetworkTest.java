package org.dostap.web.cli;

import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.web.support.AndorraRegion;
import org.dostap.web.support.Api;
import org.dostap.web.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} without {@code --osm} uses the most recently imported network of the graph cache (a temporary folder
 * given with {@code --cache-dir}: never the developer's {@code ~/.dostap}) and says so on start and in
 * {@code /api/network}; {@code --estimated} keeps estimated times.
 */
class ServeCachedNetworkTest {
    @TempDir
    Path temp;

    @Test
    void serveWithoutOsmUsesTheMostRecentCachedNetworkAndSaysSo() throws Exception {
        Path cache = temp.resolve("cache");
        try (RoadNetwork n = RoadNetwork.open(RoutingConfig.defaults(AndorraRegion.EXTRACT, cache), ProgressListener.NONE)) {
            assertThat(n.metadata().osmFileName()).isEqualTo("andorra.osm.pbf");
        }
        try (ChildJvm server = ChildJvm.start("256m", Map.of(), "serve", "--port", "0", "--cache-dir", cache.toString())) {
            int port = Integer.parseInt(server.awaitStdout("Dostap is running: http://127\\.0\\.0\\.1:(\\d+)/", Duration.ofSeconds(120)));
            assertThat(server.stdout()).contains("No --osm given: using the most recent cached road network andorra.osm.pbf (OSM data 2013-05-28")
                    .contains("--estimated for estimated times");
            var network = new Api(port).get("/api/network").json();
            assertThat(network.get("travel_time_source").asText()).isEqualTo("road");
            assertThat(network.get("origin").asText()).isEqualTo("cached_at_start");
            assertThat(network.get("network").get("osm_file").asText()).isEqualTo("andorra.osm.pbf");
        }
        try (ChildJvm server = ChildJvm.start("256m", Map.of(), "serve", "--estimated", "--port", "0", "--cache-dir", cache.toString())) {
            int port = Integer.parseInt(server.awaitStdout("Dostap is running: http://127\\.0\\.0\\.1:(\\d+)/", Duration.ofSeconds(120)));
            assertThat(server.stdout()).doesNotContain("No --osm given");
            var network = new Api(port).get("/api/network").json();
            assertThat(network.get("travel_time_source").asText()).isEqualTo("estimated");
            assertThat(network.get("cached")).hasSize(1);
            assertThat(network.get("cached").get(0).get("available").asBoolean()).isTrue();
        }
    }
}
