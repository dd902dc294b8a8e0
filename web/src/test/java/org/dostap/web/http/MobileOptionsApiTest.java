package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.common.Limits;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-scoring and the comparison of mobile options at the API, on the six Smolyan settlements with the hand-set
 * estimate of {@link SmallRegionApiTest} (x1.4 detour, 50 km/h). At 15 min the centres in Smolyan (27851) and Devin
 * (6100) are the only fixed access; Shiroka laka (416), Momchilovtsi (1067, 18.2 min from Smolyan), Sivino (142) and
 * Gela (33), all in SML31, are visited by one team from Smolyan every 2 weeks (2 visits per 4 weeks): 1658 people.
 * One more fixed centre does best at Momchilovtsi: the largest target, and no other target within 15 min of it
 * (Gela 28 min, Sivino 26 min), so 1067 people in 1 settlement.
 */
class MobileOptionsApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void rescoreCountsEverySettlementAsFixedMobileOrNone() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15,\"rescore\":true}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode access = reply.json().get("access");
        assertThat(access.get("threshold_min").asDouble()).isEqualTo(15);
        JsonNode total = access.get("total");
        assertThat(total.get("population_fixed").asInt()).isEqualTo(27851 + 6100);
        assertThat(total.get("population_mobile").asInt()).isEqualTo(416 + 1067 + 142 + 33);
        assertThat(total.get("population_none").asInt()).isZero();
        assertThat(total.get("settlements_fixed").asInt()).isEqualTo(2);
        assertThat(total.get("settlements_mobile").asInt()).isEqualTo(4);
        JsonNode municipalities = access.get("by_municipality");
        assertThat(municipalities).hasSize(2);
        for (JsonNode m : municipalities)
            if (m.get("code").asText().equals("SML31"))
                assertThat(m.get("counts").get("population_mobile").asInt()).isEqualTo(1658);
            else assertThat(m.get("counts").get("population_fixed").asInt()).isEqualTo(6100);
        JsonNode momchilovtsi = null;
        for (JsonNode s : access.get("settlements")) if (s.get("settlement_id").asText().equals("49014")) momchilovtsi = s;
        assertThat(momchilovtsi.get("access_kind").asText()).isEqualTo("mobile");
        assertThat(momchilovtsi.get("nearest_fixed_min").asDouble()).isEqualTo(18.2);
        assertThat(momchilovtsi.get("visits_per_4_weeks").asDouble()).isEqualTo(2);
        assertThat(api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15}").json().has("access"))
                .as("without rescore, no access").isFalse();
    }

    @Test
    void aPlanSaysWhereItCameFrom() {
        JsonNode p = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15,\"edits\":[{\"kind\":\"close\","
                + "\"facility_id\":\"CS-SML09\"}]}").json().get("provenance");
        assertThat(p.get("software_version").asText()).isNotBlank();
        assertThat(p.get("run_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(p.get("region").asText()).isEqualTo("SIX");
        assertThat(p.get("data").asText()).contains("six real Smolyan settlements");
        assertThat(p.get("population_column").asText()).isEqualTo("pop_2017");
        assertThat(p.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(p.get("travel_mode").asText()).isEqualTo("car");
        assertThat(p.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(p.get("parameters").get("base").asText()).isEqualTo("CS-SML31");
        assertThat(p.get("parameters").get("threshold_min").asDouble()).isEqualTo(15);
        assertThat(p.get("parameters").get("scenario_edits").asInt()).isEqualTo(1);
    }

    @Test
    void optionsSideBySideWithOneMoreFixedCentre() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile/options", "{\"base\":\"CS-SML31\",\"threshold_min\":15,"
                + "\"horizon_weeks\":4,\"compare_teams\":2,\"compare_frequencies_weeks\":[2,4]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode o = reply.json();
        assertThat(o.get("target_settlements").asInt()).isEqualTo(4);
        assertThat(o.get("target_population").asInt()).isEqualTo(1658);
        assertThat(o.get("threshold_min").asDouble()).isEqualTo(15);
        JsonNode options = o.get("mobile_options");
        assertThat(options).hasSize(4); // 1 base x 2 intervals x 1..2 teams
        List<String> seen = new ArrayList<>();
        for (JsonNode x : options) {
            seen.add(x.get("frequency_weeks").asInt() + "w" + x.get("teams").asInt());
            assertThat(x.get("base").asText()).isEqualTo("CS-SML31");
            assertThat(x.get("base_name").asText()).isEqualTo("ЦОП Смолян");
            assertThat(x.get("population_served").asInt()).isEqualTo(1658);
            assertThat(x.get("population_unserved").asInt()).isZero();
            assertThat(x.get("marginal_population_of_last_team").asInt()).isEqualTo(x.get("teams").asInt() == 1 ? 1658 : 0);
            assertThat(x.get("team_hours").asDouble()).isPositive();
        }
        assertThat(seen).containsExactly("2w1", "2w2", "4w1", "4w2");
        JsonNode centre = o.get("one_more_fixed_centre");
        assertThat(centre.get("settlement_id").asText()).isEqualTo("49014");
        assertThat(centre.get("population_newly_covered").asInt()).isEqualTo(1067);
        assertThat(centre.get("settlements_newly_covered").asInt()).isEqualTo(1);
        assertThat(o.get("provenance").get("parameters").get("compare_teams").asInt()).isEqualTo(2);
    }

    @Test
    void everyBadComparisonValueIsListedAtOnceWithTheAllowedRange() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile/options", "{\"base\":\"CS-SML31\",\"horizon_weeks\":4,\"compare_teams\":50,"
                + "\"compare_bases\":[\"CS-SML31\",\"nope\"],\"compare_frequencies_weeks\":[3,2]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("compare_teams", "compare_bases[1]", "compare_frequencies_weeks[0]");
        String limit = "";
        for (JsonNode p : reply.json().get("problems")) if (p.get("field").asText().equals("compare_teams")) limit = p.get("message").asText();
        assertThat(limit).isEqualTo(Limits.COMPARED_PLANS.refusal(200)); // 2 bases x 2 intervals x 50 teams
        Api.Reply teams = api.post("/api/regions/SIX/mobile/options", "{\"compare_teams\":51}");
        assertThat(teams.status()).isEqualTo(400);
        assertThat(teams.json().get("problems").get(0).get("message").asText()).isEqualTo(Limits.TEAMS.refusal(51));
    }

    @Test
    void comparisonFieldsBelongToTheOptionsEndpoint() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"compare_teams\":2}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo("compare_teams");
        assertThat(api.post("/api/regions/SIX/mobile/options", "{\"rescore\":true}").status()).isEqualTo(400);
    }
}
