package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacitated coverage through the API on the six settlements of {@link SmallRegion} (times in SmallRegionApiTest's
 * table), 30 min, 5 users per 1,000 of pop_2017 (users in hundredths): Smolyan 139.26, Shiroka laka 2.08, Momchilovtsi
 * 5.34, Sivino 0.71, Gela 0.17, Devin 30.5 = 178.06 users; ЦОП Смолян 40 places (reached by all but Devin), ЦОП Девин 30
 * (Devin and Shiroka laka). Split: both centres full of their own towns' users (0 min): 70 served, 108.06 unserved,
 * Devin's 0.5 among them. Single source: Smolyan (139.26 &gt; 40) and Devin (30.5 &gt; 30) fit no centre; the four
 * villages (8.3 users) go to ЦОП Смолян (Shiroka laka 26.8 min there, 28.9 to Devin): 8.3 served, optimal (the bound
 * agrees).
 */
class CapacityApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void occupancyAndUnservedUsersSplitByHand() {
        Api.Reply r = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":30,\"capacitated\":true}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("summary").get("population").asLong()).as("the coverage is all there").isEqualTo(35609);
        JsonNode c = r.json().get("capacity");
        assertThat(c.get("demand_unit").asText()).isEqualTo("users");
        assertThat(c.get("capacity_unit").asText()).isEqualTo("places");
        assertThat(c.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(c.get("demand").get("users_per1000").asDouble()).isEqualTo(5);
        assertThat(c.get("demand").get("source").asText()).contains("assumption");
        assertThat(c.get("optimality").get("status").asText()).isEqualTo("exact");
        assertThat(c.get("users").asDouble()).isEqualTo(178.06);
        assertThat(c.get("served_users").asDouble()).isEqualTo(70);
        assertThat(c.get("unserved_users").asDouble()).isEqualTo(108.06);
        assertThat(c.get("places").asInt()).isEqualTo(70);
        for (JsonNode centre : c.get("centres")) assertThat(centre.get("occupancy").asDouble()).isEqualTo(1.0);
        JsonNode devin = settlement(c, "20465");
        assertThat(devin.get("served_users").asDouble()).isEqualTo(30);
        assertThat(devin.get("unserved_users").asDouble()).isEqualTo(0.5);
        assertThat(devin.get("shares").get(0).get("facility_id").asText()).isEqualTo("CS-SML09");
        assertThat(settlement(c, "67653").get("served_users").asDouble()).isEqualTo(40);
    }

    @Test
    void singleSourceByHand() {
        Api.Reply r = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":30,"
                + "\"capacitated\":true,\"single_source\":true}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode c = r.json().get("capacity");
        assertThat(c.get("single_source").asBoolean()).isTrue();
        assertThat(c.get("served_users").asDouble()).isEqualTo(8.3);
        assertThat(c.get("optimality").get("status").asText()).isEqualTo("optimal");
        assertThat(c.get("optimality").get("bound_served_users").asDouble()).isEqualTo(8.3);
        assertThat(settlement(c, "83274").get("shares").get(0).get("facility_id").asText()).isEqualTo("CS-SML31");
        assertThat(settlement(c, "67653").get("unserved_users").asDouble()).isEqualTo(139.26);
    }

    @Test
    void crisisDefaultIsThePublishedPlacesRateAndSaysSo() {
        Api.Reply r = api.post("/api/regions/SIX/coverage", "{\"service\":\"crisis\",\"capacitated\":true}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json().get("capacity").get("demand");
        assertThat(d.get("users_per1000").asDouble()).isEqualTo(0.037);
        assertThat(d.get("source").asText()).startsWith("published:").contains("260 places").contains("places, not users")
                .doesNotContain("assumption");
        // 35,609 residents (pop_2017) x 0.037 / 1,000 = 1.32 users, each settlement's users kept to hundredths
        assertThat(r.json().get("capacity").get("users").asDouble()).isCloseTo(35609 * 0.037 / 1000, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void badRatesColumnsAndPlacesAreNamedAllAtOnce() {
        Api.Reply r = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"capacitated\":true,"
                + "\"uptake_per_1000\":-3,\"target_group\":\"pop_0_17\",\"threshold_min\":0}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder("threshold_min", "uptake_per_1000", "target_group");
        Api.Reply zero = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"capacitated\":true,"
                + "\"edits\":[{\"kind\":\"capacity\",\"facility_id\":\"CS-SML09\",\"capacity\":0}]}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(fields(zero)).containsExactly("capacitated");
        assertThat(zero.body()).contains("CS-SML09").contains("no capacity in places");
        Api.Reply without = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"single_source\":true}");
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.body()).contains("only with");
        Api.Reply text = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"capacitated\":true,\"uptake_per_1000\":\"x\"}");
        assertThat(text.status()).isEqualTo(400);
        assertThat(fields(text)).containsExactly("uptake_per_1000");
    }

    private static JsonNode settlement(JsonNode capacity, String id) {
        for (JsonNode s : capacity.get("settlements")) if (s.get("settlement_id").asText().equals(id)) return s;
        throw new AssertionError("no settlement " + id);
    }

    private static List<String> fields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        return fields;
    }
}
