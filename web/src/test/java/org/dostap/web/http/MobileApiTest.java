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
 * {@code POST /api/regions/{code}/mobile} on the six Smolyan settlements (estimated times, see
 * {@link SmallRegionApiTest}): at 15 min the centres in Smolyan and Devin leave Shiroka laka (416), Momchilovtsi
 * (1067), Sivino (142) and Gela (33) beyond reach: 1658 people for a team based in Smolyan.
 */
class MobileApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void plansTheFourVillagesBeyondFifteenMinutesWithRoutesStopsAndTotals() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"service\":\"community-support\",\"base\":\"CS-SML31\","
                + "\"teams\":1,\"days_per_week\":5,\"frequency_weeks\":2,\"horizon_weeks\":4,\"threshold_min\":15,\"day_hours\":8}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode plan = reply.json();
        assertThat(plan.get("base").get("id").asText()).isEqualTo("CS-SML31");
        assertThat(plan.get("totals").get("population_served").asInt()).isEqualTo(416 + 1067 + 142 + 33);
        assertThat(plan.get("totals").get("settlements_served").asInt()).isEqualTo(4);
        assertThat(plan.get("totals").get("visits").asInt()).isEqualTo(8); // every 2 weeks over 4 weeks
        assertThat(plan.get("unserved")).isEmpty();
        List<String> served = new ArrayList<>();
        plan.get("served").forEach(s -> {
            served.add(s.get("settlement_id").asText());
            assertThat(s.get("visits").asInt()).isEqualTo(2);
        });
        assertThat(served).containsExactlyInAnyOrder("83274", "49014", "66384", "14605");
        double km = 0;
        int stops = 0;
        for (JsonNode day : plan.get("days")) {
            JsonNode route = day.get("route");
            assertThat(route.get("type").asText()).isEqualTo("LineString");
            JsonNode first = route.get("coordinates").get(0), last = route.get("coordinates").get(route.get("coordinates").size() - 1);
            assertThat(first.get(0).asDouble()).isEqualTo(plan.get("base").get("lon").asDouble(), org.assertj.core.data.Offset.offset(1e-5));
            assertThat(last.get(1).asDouble()).isEqualTo(plan.get("base").get("lat").asDouble(), org.assertj.core.data.Offset.offset(1e-5));
            int order = 0;
            String previous = "00:00";
            for (JsonNode stop : day.get("stops")) {
                assertThat(stop.get("order").asInt()).isEqualTo(++order);
                assertThat(stop.get("arrival").asText()).isGreaterThan(previous).isGreaterThan("08:00").matches("\\d\\d:\\d\\d");
                previous = stop.get("arrival").asText();
                stops++;
            }
            assertThat(day.get("day_length_min").asDouble()).isLessThanOrEqualTo(8 * 60);
            km += day.get("distance_km").asDouble();
        }
        assertThat(stops).isEqualTo(8);
        assertThat(plan.get("totals").get("distance_km").asDouble()).isCloseTo(km, org.assertj.core.data.Offset.offset(0.1 * plan.get("days").size()));
    }

    @Test
    void scenarioEditsComeFirst() {
        // a centre at Shiroka laka covers it and Gela (6.8 min): Momchilovtsi and Sivino remain, 1067 + 142
        JsonNode plan = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15,\"edits\":[{\"kind\":\"add\","
                + "\"facility_id\":\"new-1\",\"service_type\":\"community-support\",\"lon\":24.580323,\"lat\":41.679818}]}").json();
        assertThat(plan.get("totals").get("population_served").asInt()).isEqualTo(1067 + 142);
    }

    /**
     * On foot the settlements to visit are those beyond the threshold on foot (the Coverage tab's uncovered on foot), and
     * the re-scored access counts a centre within it on foot; the teams still drive. Before, gaps were always judged by car.
     */
    @Test
    void onFootTheGapsAreJudgedOnFootAndTheTeamsDrive() {
        JsonNode car = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=30").json().get("summary");
        JsonNode foot = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=30&mode=foot").json().get("summary");
        assertThat(foot.get("covered_population").asLong()).as("walking covers fewer people at 30 min").isLessThan(car.get("covered_population").asLong());
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":30,\"mode\":\"foot\",\"rescore\":true}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode plan = reply.json();
        assertThat(plan.get("parameters").get("access_mode").asText()).isEqualTo("foot");
        assertThat(plan.get("parameters").get("mode").asText()).as("the teams drive").isEqualTo("car");
        assertThat(plan.get("access").get("total").get("population_fixed").asLong()).as("a centre within 30 min on foot")
                .isEqualTo(foot.get("covered_population").asLong());
        long toVisit = plan.get("totals").get("population_served").asLong() + plan.get("totals").get("population_unserved").asLong();
        assertThat(toVisit).as("everyone beyond 30 min on foot is to be visited").isEqualTo(foot.get("uncovered_population").asLong());
        JsonNode byCar = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":30}").json();
        assertThat(byCar.get("parameters").get("access_mode").asText()).isEqualTo("car");
        assertThat(byCar.get("totals").get("population_served").asLong() + byCar.get("totals").get("population_unserved").asLong())
                .isEqualTo(car.get("uncovered_population").asLong());
    }

    /** Defect: without threshold_min the plan's parameters said threshold_min 0 (the request's "use the standard"). */
    @Test
    void withoutAThresholdThePlanNamesTheStandardItUsed() {
        JsonNode region = api.get("/api/regions/SIX").json();
        JsonNode service = null;
        for (JsonNode s : region.get("services")) if (s.get("id").asText().equals("community-support")) service = s;
        assertThat(service).isNotNull();
        for (String mode : new String[] {"car", "foot"}) {
            Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"mode\":\"" + mode + "\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            double threshold = reply.json().get("parameters").get("threshold_min").asDouble();
            assertThat(threshold).as(mode).isEqualTo(service.get(mode.equals("car") ? "standard_min" : "standard_min_foot").asDouble());
            assertThat(reply.json().get("access") == null || reply.json().get("access").isNull()
                    || reply.json().get("access").get("threshold_min").asDouble() == threshold).as("the access section agrees").isTrue();
        }
    }

    @Test
    void everyBadValueIsListedAtOnce() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"service\":\"nope\",\"base\":\"CS-SML31\",\"teams\":0,"
                + "\"frequency_weeks\":3,\"horizon_weeks\":4,\"day_hours\":-1,\"day_start\":\"8h\",\"mode\":\"bike\"}");
        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("service", "teams", "frequency_weeks", "day_hours", "day_start", "mode");
    }

    @Test
    void aWorkingDayShorterThanTheNearestVisitIsNamed() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15,\"day_hours\":0.5,\"on_site_min\":60}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo("day_hours");
    }

    @Test
    void unknownBaseIsNotFound() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"no-such-centre\"}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).contains("no-such-centre");
        assertThat(api.post("/api/regions/XXX/mobile", "{\"base\":\"CS-SML31\"}").status()).isEqualTo(404);
    }

    @Test
    void withoutABaseTheCentreWithTheLeastRoundTripsIsChosenAndExplained() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"threshold_min\":15}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode plan = reply.json(), choice = plan.get("base_choice");
        assertThat(choice.get("base").asText()).isEqualTo(plan.get("base").get("id").asText());
        JsonNode options = choice.get("options");
        assertThat(options).hasSize(2);
        assertThat(options.get(0).get("id").asText()).isEqualTo(plan.get("base").get("id").asText());
        assertThat(options.get(0).get("round_trip_hours_total").asDouble()).isLessThanOrEqualTo(options.get(1).get("round_trip_hours_total").asDouble());
        assertThat(choice.get("settlements_to_visit").asInt()).isEqualTo(plan.get("served").size() + plan.get("unserved").size());
        assertThat(api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15}").json().get("base_choice").isNull())
                .as("a named base needs no reason").isTrue();
    }

    @Test
    void twoTeamsWithoutABaseStartFromTwoBasesEachVisitingTheSettlementsNearestIt() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"teams\":2,\"threshold_min\":15}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode plan = reply.json();
        JsonNode bases = plan.get("team_bases");
        assertThat(bases).hasSize(2);
        java.util.Map<Integer, String> baseOfTeam = new java.util.HashMap<>();
        bases.forEach(b -> baseOfTeam.put(b.get("team").asInt(), b.get("id").asText()));
        assertThat(baseOfTeam.values()).containsExactlyInAnyOrder("CS-SML31", "CS-SML09");
        assertThat(plan.get("base_choice").get("team_bases")).hasSize(2);
        assertThat(plan.get("base_choice").get("team_bases_round_trip_hours_total").asDouble())
                .isLessThanOrEqualTo(plan.get("base_choice").get("options").get(0).get("round_trip_hours_total").asDouble());
        // independently: each served settlement is visited by the team whose base has the shorter round trip (same model)
        var region = org.dostap.web.support.SmallRegion.region();
        var travel = org.dostap.engine.traveltime.EstimatedTravelTimes.uniform();
        var car = org.dostap.engine.traveltime.TravelMode.CAR;
        for (JsonNode s : plan.get("served")) {
            var village = region.settlementsById().get(s.get("settlement_id").asText()).location();
            String nearest = null;
            long best = Long.MAX_VALUE;
            for (String id : List.of("CS-SML31", "CS-SML09")) {
                var base = region.findFacility(id).orElseThrow().location();
                long t = (long) travel.travelTimeSeconds(base, village, car) + travel.travelTimeSeconds(village, base, car);
                if (t < best) { best = t; nearest = id; }
            }
            assertThat(baseOfTeam.get(s.get("team").asInt())).as(s.get("name").asText()).isEqualTo(nearest);
        }
        // every day's route starts and ends at its team's base
        for (JsonNode d : plan.get("days")) {
            JsonNode base = bases.get(d.get("team").asInt() - 1), line = d.get("route").get("coordinates");
            assertThat(line.get(0).get(0).asDouble()).isCloseTo(base.get("lon").asDouble(), org.assertj.core.data.Offset.offset(1e-5));
            assertThat(line.get(line.size() - 1).get(1).asDouble()).isCloseTo(base.get("lat").asDouble(), org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void basesPerTeamAreKeptAndAWrongCountOrUnknownBaseIsNamed() {
        JsonNode plan = api.post("/api/regions/SIX/mobile", "{\"bases\":[\"CS-SML09\",\"CS-SML31\"],\"threshold_min\":15}").json();
        assertThat(plan.get("parameters").get("teams").asInt()).isEqualTo(2);
        assertThat(plan.get("team_loads")).hasSize(2);
        assertThat(plan.get("team_bases").get(0).get("id").asText()).isEqualTo("CS-SML09");
        assertThat(plan.get("team_bases").get(1).get("id").asText()).isEqualTo("CS-SML31");
        assertThat(plan.get("base_choice").isNull()).isTrue();
        Api.Reply wrong = api.post("/api/regions/SIX/mobile", "{\"bases\":[\"CS-SML09\",\"CS-SML31\"],\"teams\":3}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("bases").contains("3 teams, 2 bases");
        assertThat(api.post("/api/regions/SIX/mobile", "{\"bases\":[\"CS-SML09\",\"nope\"]}").status()).isEqualTo(404);
    }

    @Test
    void twoTeamsAreReportedWithTheirLoadsAndBalance() {
        JsonNode plan = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"teams\":2,\"threshold_min\":15}").json();
        JsonNode loads = plan.get("team_loads");
        assertThat(loads).hasSize(2);
        assertThat(loads.get(0).get("visits").asInt() + loads.get(1).get("visits").asInt()).isEqualTo(8);
        double a = loads.get(0).get("team_hours").asDouble(), b = loads.get(1).get("team_hours").asDouble();
        assertThat(a).isPositive();
        assertThat(b).isPositive();
        assertThat(plan.get("team_balance").get("max_over_min_team_hours").asDouble())
                .isCloseTo(Math.max(a, b) / Math.min(a, b), org.assertj.core.data.Offset.offset(0.01));
        assertThat(plan.get("team_balance").get("spread_hours").asDouble()).isCloseTo(Math.abs(a - b), org.assertj.core.data.Offset.offset(0.011));
    }

    @Test
    void windowsPopulationClassesAndPerSettlementVisits() {
        // Momchilovtsi (49014, 1067 people) weekly, from 13:00, 90 min; the others by class: Gela (33) and none else under 100
        JsonNode plan = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15,"
                + "\"frequency_by_population\":\"0-99:4,100-:2\",\"time_window\":\"09:00-15:00\",\"visits\":[{\"settlement_id\":\"49014\","
                + "\"frequency_weeks\":1,\"time_window\":\"13:00-15:00\",\"on_site_min\":90}]}").json();
        List<String> visits = new ArrayList<>();
        plan.get("served").forEach(s -> visits.add(s.get("settlement_id").asText() + ":" + s.get("visits").asInt() + ":"
                + s.get("time_window").asText() + ":" + s.get("on_site_min").asDouble()));
        assertThat(visits).containsExactlyInAnyOrder("14605:1:09:00-15:00:60.0", "49014:4:13:00-15:00:90.0",
                "66384:2:09:00-15:00:60.0", "83274:2:09:00-15:00:60.0");
        for (JsonNode day : plan.get("days"))
            for (JsonNode stop : day.get("stops")) {
                String start = stop.get("start").asText();
                assertThat(stop.get("arrival").asText()).isLessThanOrEqualTo(start);
                assertThat(start).isBetween(stop.get("settlement_id").asText().equals("49014") ? "13:00" : "09:00", "15:00");
            }
    }

    @Test
    void badVisitSettingsAreListedWithTheirFields() {
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"frequency_weeks\":2,"
                + "\"frequency_by_population\":\"0-99:4,50-:8\",\"time_window\":\"7-9\",\"on_site_sec_per_resident\":-1,"
                + "\"visits\":[{\"settlement_id\":\"99999\"},{\"settlement_id\":\"49014\",\"frequency_weeks\":3,\"on_site_min\":-5}]}");
        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("on_site_sec_per_resident", "frequency_by_population", "frequency_by_population",
                "frequency_by_population", "time_window", "visits[0].settlement_id", "visits[1].frequency_weeks", "visits[1].on_site_min");
    }
}
