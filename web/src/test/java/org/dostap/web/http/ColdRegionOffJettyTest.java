package org.dostap.web.http;

import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, "work never runs on Jetty's threads": on a server whose region is cold (never loaded, no travel-time model),
 * the first request of each heavy route loads the region and builds the model on the heavy-work executor
 * ({@code dostap-work} threads), never on the web server's thread that checks the request. The builds are watched
 * through {@link AccessAnalysis#watchBuilds}; each route gets a fresh server.
 */
class ColdRegionOffJettyTest {
    private static final String BODY = "{\"service\":\"community-support\",\"threshold_min\":30,\"edits\":[]}";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "GET|/api/regions/SIX/export/settlements.xlsx?service=community-support|true",
            "POST|/api/regions/SIX/export/settlements.xlsx|true",
            "GET|/api/regions/SIX/export/municipalities.xlsx?service=community-support|true",
            "POST|/api/regions/SIX/export/comparison.xlsx|true",
            "GET|/api/regions/SIX/export/settlements.csv?service=community-support|true",
            "GET|/api/regions/SIX/export/settlements.csv?service=community-support&excel=bg|true",
            "GET|/api/regions/SIX/export/settlements.geojson?service=community-support|true",
            "GET|/api/regions/SIX/export/provenance.json?service=community-support|true",
            "GET|/api/regions/SIX/report.docx?service=community-support|true",
            "GET|/api/regions/SIX/indicators?service=community-support|true",
            "GET|/api/regions/SIX/indicators.xlsx?service=community-support|true",
            "POST|/api/regions/SIX/coverage|true",
            "POST|/api/regions/SIX/comparison|true",
            "POST|/api/regions/SIX/catchments|true",
            "GET|/api/regions/SIX/settlements/67653/access|true",
            "POST|/api/regions/SIX/mobile|false",
            "POST|/api/regions/SIX/mobile/schedule.xlsx|false",
            "GET|/api/regions/SIX|false",
            "GET|/api/regions/SIX/settlements|false",
    })
    void aColdRegionIsLoadedAndItsModelBuiltOnHeavyWorkThreads(String method, String path, boolean buildsModel) {
        AccessAnalysis analysis = new AccessAnalysis(SmallRegion.store(), EstimatedTravelTimes.uniform());
        List<String> builds = new CopyOnWriteArrayList<>();
        analysis.watchBuilds((what, thread) -> builds.add(what + " on " + thread.getName()));
        try (WebApp app = new WebApp(analysis, new InMemoryScenarioStore(), WebConfig.localhost(0)).start()) {
            Api api = new Api(app.port());
            Api.Reply reply = method.equals("GET") ? api.get(path) : api.post(path, path.contains("mobile") ? "{}" : BODY, Map.of());
            assertThat(reply.status()).as(method + " " + path + ": " + reply.body()).isEqualTo(200);
            assertThat(builds).as("what was built").anyMatch(b -> b.startsWith("region SIX"));
            if (buildsModel) assertThat(builds).as("what was built").anyMatch(b -> b.startsWith("model SIX"));
            assertThat(builds).as("every load and build on a heavy-work thread").allMatch(b -> b.endsWith(" on dostap-work"));
        }
    }
}
