package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API on six real Smolyan settlements with estimated travel times (x1.4 detour, 50 km/h), where every
 * number can be checked by hand. Great-circle distances (km) and estimated minutes to the centres:
 * <pre>
 *   settlement          pop_2017 pop_2011  to Smolyan  to Devin  to Shiroka laka
 *   67653 Smolyan         27851    30313       0.0       54.5       26.8
 *   83274 Shiroka laka      416      478      26.8       28.9        0.0
 *   49014 Momchilovtsi     1067     1257      18.2       55.7       27.4
 *   66384 Sivino            142      158      23.4       68.9       45.6
 *   14605 Gela               33       34      23.2       31.3        6.8
 *   20465 Devin            6100     6929      54.5        0.0       28.9
 * </pre>
 * Community Support Centres (illustrative) in Smolyan and Devin. At 15 min only the two towns are covered:
 * 27851 + 6100 = 33951 of 35609. A centre added at Shiroka laka covers it and Gela: +416 +33 = +449.
 */
class SmallRegionApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    private static final String ADD_AT_SHIROKA_LAKA = "{\"kind\":\"add\",\"facility_id\":\"new-1\",\"name\":\"ЦОП Широка лъка\","
            + "\"service_type\":\"community-support\",\"lon\":24.580323,\"lat\":41.679818}";

    @Test
    void healthConfigAndRegions() {
        assertThat(api.get("/api/health").json().get("status").asText()).isEqualTo("ok");
        JsonNode config = api.get("/api/config").json();
        assertThat(config.get("default_region").asText()).isEqualTo("SIX");
        assertThat(config.get("write").asText()).isEqualTo("allowed");
        assertThat(config.get("travel_time_source").asText()).isEqualTo("estimated");
        JsonNode regions = api.get("/api/regions").json();
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).get("settlements").asInt()).isEqualTo(6);
        JsonNode region = api.get("/api/regions/SIX").json();
        assertThat(region.get("population_columns").toString()).isEqualTo("[\"pop_2017\",\"pop_2011\"]");
        assertThat(region.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(region.get("services").get(0).get("standard_min").asInt()).isEqualTo(30);
        assertThat(region.get("services").get(0).get("facilities").asInt()).isEqualTo(2);
    }

    @Test
    void unknownRegionIs404WithTheKnownCodes() {
        Api.Reply r = api.get("/api/regions/XYZ/coverage?service=crisis");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).contains("Unknown region 'XYZ'").contains("SIX");
        assertThat(api.get("/api/regions/XYZ").status()).isEqualTo(404);
        Api.Reply route = api.get("/api/nothing-here");
        assertThat(route.status()).isEqualTo(404);
        assertThat(route.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void layersAreGeoJsonWithStringIds() {
        JsonNode s = api.get("/api/regions/SIX/settlements").json();
        assertThat(s.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(s.get("features")).hasSize(6);
        JsonNode smolyan = s.get("features").get(0);
        assertThat(smolyan.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(24.71013);
        assertThat(smolyan.get("properties").get("id").isTextual()).isTrue();
        assertThat(smolyan.get("properties").get("name").asText()).isEqualTo("Смолян");
        assertThat(smolyan.get("properties").get("population").get("pop_2011").asInt()).isEqualTo(30313);
        assertThat(api.get("/api/regions/SIX/facilities").json().get("features")).hasSize(3);
        JsonNode b = api.get("/api/regions/SIX/boundaries").json();
        assertThat(b.get("features")).hasSize(3);
        assertThat(b.get("features").get(0).get("properties").get("level").asText()).isEqualTo("province");
        assertThat(b.get("features").get(1).get("geometry").get("type").asText()).isEqualTo("Polygon");
        assertThat(b.has("crs")).isFalse();
    }

    @Test
    void baselineCoverageAtFifteenMinutes() {
        JsonNode c = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=15").json();
        assertThat(c.get("population_column").asText()).isEqualTo("pop_2017");
        assertThat(c.get("travel_time_source").asText()).isEqualTo("estimated");
        JsonNode sum = c.get("summary");
        assertThat(sum.get("population").asLong()).isEqualTo(35609);
        assertThat(sum.get("covered_population").asLong()).isEqualTo(33951);
        assertThat(sum.get("covered_settlements").asInt()).isEqualTo(2);
        assertThat(sum.get("uncovered_population").asLong()).isEqualTo(1658);
        List<String> ranked = new ArrayList<>();
        c.get("uncovered").forEach(u -> ranked.add(u.get("id").asText()));
        assertThat(ranked).containsExactly("49014", "83274", "66384", "14605");
        JsonNode sml31 = byCode(c.get("by_municipality"), "SML31");
        assertThat(sml31.get("population").asLong()).isEqualTo(29509);
        assertThat(sml31.get("covered_population").asLong()).isEqualTo(27851);
        JsonNode momchilovtsi = c.get("settlements").get(2);
        assertThat(momchilovtsi.get("id").asText()).isEqualTo("49014");
        assertThat(momchilovtsi.get("travel_time_min").asDouble()).isBetween(18.1, 18.2);
        assertThat(momchilovtsi.get("nearest_facility_id").asText()).isEqualTo("CS-SML31");
        // the service's standard (30 min) is the default threshold: everybody is covered
        JsonNode standard = api.get("/api/regions/SIX/coverage?service=community-support").json();
        assertThat(standard.get("threshold_min").asInt()).isEqualTo(30);
        assertThat(standard.get("summary").get("covered_population").asLong()).isEqualTo(35609);
    }

    @Test
    void addingACentreCoversShirokaLakaAndGelaAndLeavesTheBaselineAlone() {
        Api.Reply r = api.post("/api/regions/SIX/coverage",
                "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode c = r.json();
        assertThat(c.get("edits").asInt()).isEqualTo(1);
        assertThat(c.get("summary").get("covered_population").asLong()).isEqualTo(33951 + 416 + 33);
        assertThat(c.get("settlements").get(1).get("travel_time_min").asDouble()).isEqualTo(0.0);
        assertThat(c.get("settlements").get(1).get("nearest_facility_id").asText()).isEqualTo("new-1");
        assertThat(c.get("facilities")).hasSize(4);

        JsonNode cmp = api.post("/api/regions/SIX/comparison",
                "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}").json();
        assertThat(cmp.get("total").get("covered_population_delta").asLong()).isEqualTo(449);
        assertThat(cmp.get("total").get("settlements_gained").asInt()).isEqualTo(2);
        assertThat(cmp.get("total").get("settlements_lost").asInt()).isEqualTo(0);
        JsonNode sml31 = byCode(cmp.get("by_municipality"), "SML31");
        assertThat(sml31.get("population_gained").asLong()).isEqualTo(449);
        assertThat(byCode(cmp.get("by_municipality"), "SML09").get("covered_population_delta").asLong()).isEqualTo(0);
        assertThat(cmp.get("changed").get(0).get("id").asText()).isEqualTo("83274");
        assertThat(cmp.get("changed").get(0).get("change").asText()).isEqualTo("gained");

        // the baseline is unchanged afterwards
        JsonNode base = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=15").json();
        assertThat(base.get("summary").get("covered_population").asLong()).isEqualTo(33951);
        assertThat(api.get("/api/regions/SIX/facilities").json().get("features")).hasSize(3);
    }

    @Test
    void closingAndMovingCentres() {
        JsonNode closed = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CS-SML09\"}]}").json();
        assertThat(closed.get("summary").get("covered_population").asLong()).isEqualTo(27851);
        JsonNode moved = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"edits\":[{\"kind\":\"move\",\"facility_id\":\"CS-SML09\",\"lon\":24.580323,\"lat\":41.679818}]}").json();
        assertThat(moved.get("summary").get("covered_population").asLong()).isEqualTo(27851 + 416 + 33);
        JsonNode capacity = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\","
                + "\"edits\":[{\"kind\":\"capacity\",\"facility_id\":\"CS-SML09\",\"capacity\":55}]}").json();
        assertThat(capacity.get("facilities").get(1).get("capacity").asInt()).isEqualTo(55);
    }

    @Test
    void everyValidationProblemIsListedAtOnce() {
        Api.Reply r = api.post("/api/regions/SIX/coverage", "{\"service\":\"dentist\",\"threshold_min\":0,"
                + "\"population\":\"pop_1999\",\"edits\":[{\"kind\":\"add\",\"facility_id\":\"n1\",\"service_type\":\"crisis\",\"lat\":95},"
                + "{\"kind\":\"teleport\",\"facility_id\":\"x\"}]}");
        assertThat(r.status()).isEqualTo(400);
        JsonNode body = r.json();
        assertThat(body.get("error").asText()).isEqualTo("invalid_input");
        List<String> fields = new ArrayList<>();
        body.get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactly("service", "threshold_min", "population", "edits[0].lon", "edits[0].lat", "edits[1].kind");
        assertThat(body.toString()).contains("dentist").contains("pop_2011").contains("teleport");
    }

    @Test
    void editsAreCheckedAgainstTheRegion() {
        Api.Reply r = api.post("/api/regions/SIX/coverage", "{\"service\":\"crisis\",\"edits\":["
                + "{\"kind\":\"close\",\"facility_id\":\"NOPE\"},{\"kind\":\"add\",\"facility_id\":\"CR-SML\",\"service_type\":\"crisis\",\"lon\":24.6,\"lat\":41.6}]}");
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactly("edits[0].facility_id", "edits[1].facility_id");
        assertThat(r.json().toString()).contains("NOPE").contains("already exists");
    }

    @Test
    void badJsonAndUnknownFieldsAre400() {
        Api.Reply broken = api.post("/api/regions/SIX/coverage", "{\"service\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).contains("not valid JSON");
        Api.Reply unknown = api.post("/api/regions/SIX/coverage", "{\"service\":\"crisis\",\"threshold\":30}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("problems").get(0).get("field").asText()).isEqualTo("body.threshold");
        Api.Reply query = api.get("/api/regions/SIX/coverage?service=crisis&threshold_min=half");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().get("problems").get(0).get("field").asText()).isEqualTo("threshold_min");
        Api.Reply noService = api.get("/api/regions/SIX/coverage");
        assertThat(noService.status()).isEqualTo(400);
        assertThat(noService.json().get("problems").get(0).get("message").asText()).contains("community-support");
    }

    @Test
    void tooLargeRequestsAreRefused() {
        String big = "{\"service\":\"crisis\",\"edits\":[" + ("{\"kind\":\"close\",\"facility_id\":\"" + "x".repeat(90) + "\"},").repeat(3000) + "]}";
        Api.Reply r = api.post("/api/regions/SIX/coverage", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("message").asText()).contains("too large");
        StringBuilder many = new StringBuilder("{\"service\":\"crisis\",\"edits\":[");
        for (int i = 0; i < 501; i++) many.append(i == 0 ? "" : ",").append("{\"kind\":\"close\",\"facility_id\":\"CR-SML\"}");
        Api.Reply tooMany = api.post("/api/regions/SIX/coverage", many + "]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("problems").get(0).get("message").asText()).contains("must be 0 to 500 edits, got 501");
    }

    @Test
    void populationYearsCompared() {
        JsonNode cmp = api.post("/api/regions/SIX/population-comparison",
                "{\"service\":\"community-support\",\"threshold_min\":15,\"from\":\"pop_2011\",\"population\":\"pop_2017\"}").json();
        assertThat(cmp.get("population_before").asText()).isEqualTo("pop_2011");
        assertThat(cmp.get("population_after").asText()).isEqualTo("pop_2017");
        assertThat(cmp.get("total").get("population_before").asLong()).isEqualTo(30313 + 478 + 1257 + 158 + 34 + 6929);
        assertThat(cmp.get("total").get("covered_population_before").asLong()).isEqualTo(30313 + 6929);
        assertThat(cmp.get("total").get("covered_population_after").asLong()).isEqualTo(33951);
        assertThat(cmp.get("changed")).hasSize(6);
        Api.Reply missing = api.post("/api/regions/SIX/population-comparison", "{\"service\":\"crisis\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("problems").get(0).get("field").asText()).isEqualTo("from");
    }

    @Test
    void catchmentsPerThreshold() {
        JsonNode fc = api.get("/api/regions/SIX/catchments?service=community-support&thresholds_min=15,30").json();
        assertThat(fc.get("features")).hasSize(4);
        JsonNode first = fc.get("features").get(0);
        assertThat(first.get("properties").get("threshold_min").asInt()).isEqualTo(30); // largest first: drawn underneath
        assertThat(first.get("geometry").get("type").asText()).isEqualTo("Polygon");
        JsonNode withEdit = api.post("/api/regions/SIX/catchments", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}").json();
        assertThat(withEdit.get("features")).hasSize(3);
    }

    @Test
    void settlementDetailListsEveryServiceType() {
        JsonNode d = api.get("/api/regions/SIX/settlements/49014/access").json();
        assertThat(d.get("name").asText()).isEqualTo("Момчиловци");
        assertThat(d.get("services")).hasSize(4);
        JsonNode cs = d.get("services").get(0);
        assertThat(cs.get("service").asText()).isEqualTo("community-support");
        assertThat(cs.get("travel_time_min").asDouble()).isBetween(18.1, 18.2);
        assertThat(cs.get("within_standard").asBoolean()).isTrue();
        assertThat(d.get("services").get(2).get("travel_time_min").isNull()).isTrue(); // no rehabilitation centre
        JsonNode scenario = api.post("/api/regions/SIX/settlements/83274/access", "{\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}").json();
        assertThat(scenario.get("services").get(0).get("nearest_facility_id").asText()).isEqualTo("new-1");
        assertThat(api.get("/api/regions/SIX/settlements/00000/access").status()).isEqualTo(404);
    }

    @Test
    void csvExportOpensInExcelWithCyrillic() {
        Api.Reply r = api.get("/api/regions/SIX/export/settlements.csv?service=community-support&threshold_min=15");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).contains("dostap-SIX-community-support-15min-pop_2017.csv");
        assertThat(r.bytes()[0]).isEqualTo((byte) 0xEF);
        assertThat(r.bytes()[1]).isEqualTo((byte) 0xBB);
        assertThat(r.bytes()[2]).isEqualTo((byte) 0xBF);
        String[] lines = r.body().substring(1).split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("id,name,name_en,municipality,population,nearest_facility,travel_time_min,travel_time_min_low,travel_time_min_high,covered");
        assertThat(lines[1]).isEqualTo("67653,Смолян,Smolyan,SML31,27851,CS-SML31,0,0,0,true,true,community-support,15,pop_2017,estimated,true,0");
        Api.Reply scenario = api.post("/api/regions/SIX/export/settlements.csv",
                "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}");
        assertThat(scenario.body()).contains("83274,Широка лъка,Shiroka laka,SML31,416,new-1,0,0,0,true");
        JsonNode geo = api.get("/api/regions/SIX/export/settlements.geojson?service=crisis").json();
        assertThat(geo.get("features")).hasSize(6);
        assertThat(geo.get("dostap").get("travel_time_source").asText()).isEqualTo("estimated");
    }

    @Test
    void scenariosSaveLoadRenameDeleteWithOptimisticLocking() {
        Api.Reply created = api.post("/api/regions/SIX/scenarios",
                "{\"name\":\"Широка лъка ЦОП\",\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/regions/SIX/scenarios").json().toString()).contains(id);
        JsonNode loaded = api.get("/api/scenarios/" + id).json();
        assertThat(loaded.get("edits").get(0).get("lon").asDouble()).isEqualTo(24.580323);

        Api.Reply renamed = api.put("/api/scenarios/" + id, "{\"name\":\"Renamed\",\"version\":1,\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("version").asLong()).isEqualTo(2);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Renamed");

        Api.Reply stale = api.put("/api/scenarios/" + id, "{\"name\":\"Mine\",\"version\":1,\"edits\":[]}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("message").asText()).contains("changed by someone else").contains("current version 2");
        assertThat(api.get("/api/scenarios/" + id).json().get("name").asText()).isEqualTo("Renamed");

        assertThat(api.put("/api/scenarios/" + id, "{\"name\":\"x\",\"edits\":[]}").json().get("problems").get(0)
                .get("field").asText()).isEqualTo("version");
        assertThat(api.post("/api/regions/SIX/scenarios", "{\"name\":\" \",\"edits\":[{\"kind\":\"close\",\"facility_id\":\"NOPE\"}]}")
                .json().get("problems")).hasSize(2);
        assertThat(api.delete("/api/scenarios/" + id + "?version=1").status()).isEqualTo(409);
        assertThat(api.delete("/api/scenarios/" + id).status()).isEqualTo(400);
        assertThat(api.delete("/api/scenarios/" + id + "?version=2").status()).isEqualTo(204);
        assertThat(api.get("/api/scenarios/" + id).status()).isEqualTo(404);
    }

    @Test
    void theMapAndLeafletAreServed() {
        Api.Reply page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(api.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
    }


    static JsonNode byCode(JsonNode areas, String code) {
        for (JsonNode a : areas) if (a.get("code").asText().equals(code)) return a;
        throw new AssertionError("no area " + code + " in " + areas);
    }
}
