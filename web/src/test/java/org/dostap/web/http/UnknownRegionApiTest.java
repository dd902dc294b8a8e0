package org.dostap.web.http;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region code the catalogue does not have is answered at once: 404 naming the code and the known codes, and nothing
 * goes to the heavy-work executor (before: every such request queued a "loading region" of 16 MB there, behind the
 * real work). The bundled store; its catalogue is in memory once the files are read.
 */
class UnknownRegionApiTest {
    private static final String BODY = "{\"service\":\"community-support\",\"threshold_min\":30,\"edits\":[]}";
    private static final List<String> BUILDS = new CopyOnWriteArrayList<>();
    private static WebApp app;

    @BeforeAll
    static void start() {
        BundledRegionStore store = new BundledRegionStore();
        assertThat(store.listRegions()).isNotEmpty(); // the bundled files are read (the server's health thread does this at start)
        AccessAnalysis analysis = new AccessAnalysis(store, EstimatedTravelTimes.uniform());
        analysis.watchBuilds((what, thread) -> BUILDS.add(what + " on " + thread.getName()));
        app = new WebApp(analysis, new InMemoryScenarioStore(), WebConfig.localhost(0)).start();
    }

    @AfterAll
    static void stop() { app.close(); }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "GET|/api/regions/NOPE",
            "GET|/api/regions/NOPE/settlements",
            "GET|/api/regions/NOPE/facilities",
            "GET|/api/regions/NOPE/coverage?service=community-support",
            "POST|/api/regions/NOPE/coverage",
            "POST|/api/regions/NOPE/comparison",
            "POST|/api/regions/NOPE/catchments",
            "GET|/api/regions/NOPE/settlements/67653/access",
            "GET|/api/regions/NOPE/export/settlements.csv?service=community-support",
            "GET|/api/regions/NOPE/export/settlements.xlsx?service=community-support",
            "GET|/api/regions/NOPE/indicators?service=community-support",
            "GET|/api/regions/NOPE/report.docx?service=community-support",
            "POST|/api/regions/NOPE/mobile",
            "POST|/api/regions/NOPE/optimize/jobs",
            "GET|/api/regions/NOPE/scenarios",
            "GET|/api/regions/sml1/coverage?service=community-support",
    })
    void anUnknownCodeIs404AtOnceWithoutHeavyWork(String method, String path) {
        long before = app.heavyWork().submissions();
        Api api = new Api(app.port());
        String body = path.endsWith("/mobile") ? "{}" : path.endsWith("/jobs") ? "{\"problem\":\"mclp\",\"sites\":1}" : BODY;
        Api.Reply reply = method.equals("GET") ? api.get(path) : api.post(path, body, Map.of());
        String code = path.split("/")[3];
        assertThat(reply.status()).as(method + " " + path + ": " + reply.body()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).as("names the code and the known ones")
                .startsWith("Unknown region '" + code + "'. Known regions: ").contains("SML", "SFO").doesNotContain("at org.");
        assertThat(app.heavyWork().submissions()).as("submissions to the heavy-work executor").isEqualTo(before);
        assertThat(BUILDS).as("loads and builds").isEmpty();
    }
}
