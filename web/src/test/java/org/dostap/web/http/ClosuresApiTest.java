package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.AndorraRegion;
import org.dostap.web.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code close-roads} scenario edits over HTTP on the Andorra extract (fixtures of {@code CoverageClosuresCliTest}):
 * a closure changes that scenario only, cut-off settlements say why, catchments and mobile plans follow, it is saved
 * with the scenario, and a closure that cannot apply is a 400 naming the edit.
 */
class ClosuresApiTest {
    static final String CG2 = "{\"kind\":\"close-roads\",\"name\":\"CG-2 above Encamp\",\"season\":\"winter\","
            + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1.57,42.55],[1.62,42.55]]}}";
    static final String COLL = "{\"kind\":\"close-roads\",\"name\":\"Coll d'Ordino\",\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[1.555,42.548],[1.583,42.548],[1.583,42.566],[1.555,42.566],[1.555,42.548]]]}}";
    static RoadNetwork network;
    static WebApp app;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        network = RoadNetwork.open(RoutingConfig.defaults(AndorraRegion.EXTRACT,
                Path.of("target/ClosuresApiTest-gh")), ProgressListener.NONE);
        app = AppWiring.webApp(AndorraRegion.store(), new InMemoryScenarioStore(), network, WebConfig.localhost(0)).start();
        api = new Api(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
        network.close();
    }

    static JsonNode coverage(String edits) {
        Api.Reply r = api.post("/api/regions/user/coverage", "{\"service\":\"community-support\",\"threshold_min\":30,\"edits\":[" + edits + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static Map<String, JsonNode> byId(JsonNode coverage) {
        Map<String, JsonNode> m = new HashMap<>();
        coverage.get("settlements").forEach(s -> m.put(s.get("id").asText(), s));
        return m;
    }

    @Test
    void aClosureChangesItsScenarioOnlyAndCutOffSettlementsSayWhy() {
        JsonNode open = coverage("");
        assertThat(byId(open).get("canillo").get("travel_time_min").asDouble()).isEqualTo(11.2);
        assertThat(open.get("summary").get("covered_settlements").asInt()).isEqualTo(5);

        JsonNode cg2 = coverage(CG2);
        assertThat(byId(cg2).get("canillo").get("travel_time_min").asDouble()).isEqualTo(30.3);
        assertThat(byId(cg2).get("canillo").get("covered").asBoolean()).isFalse();
        assertThat(cg2.get("travel_time_description").asText()).contains("roads closed: 'CG-2 above Encamp' (winter): 4 road segments");

        JsonNode winter = coverage(CG2 + "," + COLL);
        JsonNode canillo = byId(winter).get("canillo");
        assertThat(canillo.get("travel_time_min").isNull()).isTrue();
        assertThat(canillo.get("connected").asBoolean()).isTrue();
        assertThat(canillo.get("unreachable_reason").asText()).isEqualTo("cut_off_by_closures");
        assertThat(byId(winter).get("ordino").get("unreachable_reason").isNull()).isTrue();
        assertThat(winter.get("uncovered")).extracting(u -> u.get("id").asText() + ":" + u.get("unreachable_reason").asText())
                .containsExactlyInAnyOrder("canillo:cut_off_by_closures", "soldeu:cut_off_by_closures");

        assertThat(byId(coverage("")).get("canillo").get("travel_time_min").asDouble()).isEqualTo(11.2); // baseline stays
    }

    @Test
    void catchmentsAndMobilePlansRespectClosures() {
        Api.Reply open = api.post("/api/regions/user/catchments", "{\"service\":\"community-support\",\"threshold_min\":30,\"edits\":[]}");
        Api.Reply closed = api.post("/api/regions/user/catchments", "{\"service\":\"community-support\",\"threshold_min\":30,\"edits\":[" + CG2 + "," + COLL + "]}");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(reached(open.json())).isEqualTo(5);
        assertThat(reached(closed.json())).isEqualTo(3); // Canillo and Soldeu are cut off

        String mobile = "{\"service\":\"community-support\",\"base\":\"centre-alv\",\"teams\":1,\"days_per_week\":5,"
                + "\"frequency_weeks\":2,\"horizon_weeks\":4,\"threshold_min\":10,\"day_hours\":8,\"edits\":[%s]}";
        Api.Reply planOpen = api.post("/api/regions/user/mobile", mobile.formatted(""));
        Api.Reply planClosed = api.post("/api/regions/user/mobile", mobile.formatted(CG2 + "," + COLL));
        assertThat(planOpen.status()).as(planOpen.body()).isEqualTo(200);
        assertThat(planClosed.status()).as(planClosed.body()).isEqualTo(200);
        assertThat(planOpen.body()).contains("\"canillo\"");
        assertThat(servedIds(planClosed.json())).doesNotContain("canillo", "soldeu");
        assertThat(planClosed.json().get("unserved").toString()).contains("canillo");
    }

    @Test
    void aClosureIsSavedWithTheScenario() {
        Api.Reply created = api.post("/api/regions/user/scenarios", "{\"name\":\"Winter\",\"edits\":[" + CG2 + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode s = api.get("/api/scenarios/" + created.json().get("id").asText()).json();
        JsonNode edit = s.get("edits").get(0);
        assertThat(edit.get("kind").asText()).isEqualTo("close-roads");
        assertThat(edit.get("name").asText()).isEqualTo("CG-2 above Encamp");
        assertThat(edit.get("season").asText()).isEqualTo("winter");
        assertThat(edit.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(edit.get("geometry").get("coordinates").toString()).isEqualTo("[[1.57,42.55],[1.62,42.55]]");
    }

    @Test
    void aClosureThatCannotApplyIsA400NamingTheEdit() {
        String outside = "{\"kind\":\"close-roads\",\"name\":\"Pamporovo\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[24.69,41.64],[24.71,41.65]]}}";
        String point = "{\"kind\":\"close-roads\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1.57,42.55]}}";
        Api.Reply r = api.post("/api/regions/user/coverage", "{\"service\":\"community-support\",\"edits\":[" + CG2 + "," + outside + "]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("problems")).extracting(p -> p.get("field").asText() + ": " + p.get("message").asText())
                .containsExactly("edits[1].geometry: closure 'Pamporovo' lies outside the road network: no road near it");
        Api.Reply p = api.post("/api/regions/user/coverage", "{\"service\":\"community-support\",\"edits\":[" + point + "]}");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.json().get("problems").get(0).get("field").asText()).isEqualTo("edits[0].geometry");
    }

    @Test
    void estimatedTravelTimesRefuseClosures() throws Exception {
        WebApp estimated = AppWiring.webApp(new org.dostap.data.bundled.BundledRegionStore(), new InMemoryScenarioStore(),
                EstimatedTravelTimes.defaults(), WebConfig.localhost(0)).start();
        try {
            Api.Reply r = new Api(estimated.port()).post("/api/regions/SML/coverage", "{\"service\":\"community-support\",\"edits\":[" + CG2 + "]}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("problems").get(0).get("field").asText()).isEqualTo("edits[0].kind");
            assertThat(r.json().get("problems").get(0).get("message").asText()).contains("road closures need road travel times");
        } finally {
            estimated.close();
        }
    }

    /** Settlements reached within 30 minutes by the one centre's catchment. */
    private static int reached(JsonNode catchments) {
        for (JsonNode f : catchments.get("features"))
            if (f.get("properties").get("threshold_min").asInt() == 30) return f.get("properties").get("reached_settlements").asInt();
        throw new AssertionError("no 30-minute catchment: " + catchments);
    }

    private static List<String> servedIds(JsonNode plan) {
        List<String> ids = new java.util.ArrayList<>();
        plan.get("served").forEach(s -> ids.add(s.get("settlement_id").asText()));
        return ids;
    }
}
