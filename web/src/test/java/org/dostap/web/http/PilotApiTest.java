package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API on the bundled Smolyan pilot (240 settlements, illustrative facilities, estimated travel times).
 * The scenario check recomputes the expected gain straight from the settlement data: a new Community Support
 * Centre at the largest settlement not covered within 15 minutes covers every uncovered settlement whose
 * great-circle distance x 1.4 at 50 km/h is at most 15 minutes from it.
 */
class PilotApiTest {
    private static WebApp app;
    private static Api api;
    private static RegionData smolyan;

    @BeforeAll
    static void start() {
        BundledRegionStore store = new BundledRegionStore();
        smolyan = store.getRegion("SML");
        app = AppWiring.webApp(store, new InMemoryScenarioStore(), EstimatedTravelTimes.defaults(), WebConfig.localhost(0)).start();
        api = new Api(app.port());
    }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void thePilotIsServed() {
        JsonNode regions = api.get("/api/regions").json();
        assertThat(regions).hasSize(28);
        assertThat(api.get("/api/config").json().get("default_region").asText()).isEqualTo("SML");
        JsonNode settlements = api.get("/api/regions/SML/settlements").json().get("features");
        assertThat(settlements).hasSize(240);
        long population = 0;
        for (JsonNode f : settlements) population += f.get("properties").get("population").get("pop_2017").asLong(0);
        JsonNode coverage = api.get("/api/regions/SML/coverage?service=community-support").json();
        assertThat(coverage.get("summary").get("settlements").asInt()).isEqualTo(240);
        assertThat(coverage.get("summary").get("population").asLong()).isEqualTo(population);
        assertThat(coverage.get("by_municipality")).hasSize(10);
        assertThat(coverage.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(coverage.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(api.get("/api/regions/SML/boundaries").json().get("features")).hasSize(11);
    }

    @Test
    void aCentreAtTheLargestUncoveredSettlementCoversWhatTheDataSays() {
        JsonNode baseline = api.get("/api/regions/SML/coverage?service=community-support&threshold_min=15").json();
        Map<String, Boolean> coveredBefore = new HashMap<>();
        baseline.get("settlements").forEach(s -> coveredBefore.put(s.get("id").asText(), s.get("covered").asBoolean()));
        String targetId = baseline.get("uncovered").get(0).get("id").asText();
        Settlement target = smolyan.settlementsById().get(targetId);
        EstimatedTravelTimes estimate = EstimatedTravelTimes.defaults();
        long expectedGain = 0;
        int expectedSettlements = 0;
        for (Settlement s : smolyan.settlements()) {
            double metres = s.location().distanceMetresTo(target.location());
            if (!coveredBefore.get(s.id()) && Math.round(estimate.model().get(org.dostap.engine.traveltime.TravelMode.CAR).seconds(metres)) <= 15 * 60) {
                expectedGain += s.population("pop_2017");
                expectedSettlements++;
            }
        }
        assertThat(expectedGain).isGreaterThanOrEqualTo(target.population("pop_2017"));
        GeoPoint at = target.location();
        String body = "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":[{\"kind\":\"add\",\"facility_id\":\"new-1\","
                + "\"service_type\":\"community-support\",\"lon\":" + at.lon() + ",\"lat\":" + at.lat() + "}]}";
        JsonNode scenario = api.post("/api/regions/SML/coverage", body).json();
        assertThat(scenario.get("summary").get("covered_population").asLong())
                .isEqualTo(baseline.get("summary").get("covered_population").asLong() + expectedGain);
        JsonNode comparison = api.post("/api/regions/SML/comparison", body).json();
        assertThat(comparison.get("total").get("settlements_gained").asInt()).isEqualTo(expectedSettlements);
        assertThat(comparison.get("total").get("population_gained").asLong()).isEqualTo(expectedGain);
        assertThat(comparison.get("total").get("settlements_lost").asInt()).isZero();
        assertThat(estimate.travelTimeSeconds(at, at, org.dostap.engine.traveltime.TravelMode.CAR)).isZero();
        // the baseline is unchanged afterwards
        JsonNode again = api.get("/api/regions/SML/coverage?service=community-support&threshold_min=15").json();
        assertThat(again.get("summary")).isEqualTo(baseline.get("summary"));
        assertThat(api.get("/api/regions/SML/facilities").json().get("features")).hasSize(smolyan.facilities().size());
    }

    @Test
    void unexpectedFailuresGiveAGeneric500WithoutDetails() {
        RegionStore broken = new RegionStore() {
            @Override public List<RegionInfo> listRegions() { return List.of(); }
            @Override public Optional<RegionData> findRegion(String code) { throw new IllegalStateException("disk on fire at /secret/path"); }
        };
        try (WebApp failing = AppWiring.webApp(broken, new InMemoryScenarioStore(), EstimatedTravelTimes.defaults(),
                WebConfig.localhost(0)).start()) {
            Api.Reply r = new Api(failing.port()).get("/api/regions/SML/coverage?service=crisis");
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.json().get("error").asText()).isEqualTo("internal");
            assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalStateException").doesNotContain("at org.");
            assertThat(r.json().get("message").asText()).contains("reference");
        }
    }
}
