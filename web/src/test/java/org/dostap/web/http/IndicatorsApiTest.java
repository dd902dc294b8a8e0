package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.Row;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring indicators over the six Smolyan settlements (hand-set uniform estimate): the numbers are the coverage API's
 * at the baseline and at the review, targets are kept with a saved scenario, the workbook holds the same rows, and bad
 * requests name every wrong field.
 */
class IndicatorsApiTest {
    private static final String ADD_AT_SHIROKA_LAKA = "{\"kind\":\"add\",\"facility_id\":\"new-1\",\"name\":\"ЦОП Широка лъка\","
            + "\"service_type\":\"community-support\",\"lon\":24.580323,\"lat\":41.679818}";
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    private static JsonNode coverage(String population, String edits) {
        Api.Reply r = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":15,\"population\":\""
                + population + "\",\"edits\":[" + edits + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode area(JsonNode indicators, String code) {
        for (JsonNode a : indicators.get("areas")) if (a.get("code").asText().equals(code)) return a;
        throw new AssertionError("no area " + code + " in " + indicators);
    }

    @Test
    void baselineAndReviewAreTheCoverageApisNumbersAndTargetsAreJudged() {
        Api.Reply r = api.post("/api/regions/SIX/indicators", "{\"service\":\"community-support\",\"threshold_min\":15,\"population\":\"pop_2011\","
                + "\"review_population\":\"pop_2017\",\"review_edits\":[" + ADD_AT_SHIROKA_LAKA + "],"
                + "\"targets\":[{\"area\":\"SML09\",\"share_within\":1.0},{\"area\":\"SIX\",\"share_within\":0.5}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode m = r.json();
        JsonNode before = coverage("pop_2011", ""), after = coverage("pop_2017", ADD_AT_SHIROKA_LAKA);
        String regionCode = before.get("summary").get("code").asText();
        JsonNode region = area(m, regionCode);
        assertThat(region.get("level").asText()).isEqualTo("region");
        assertThat(region.get("baseline").get("population_within").asLong()).isEqualTo(before.get("summary").get("covered_population").asLong());
        assertThat(region.get("baseline").get("population").asLong()).isEqualTo(before.get("summary").get("population").asLong());
        assertThat(region.get("review").get("population_within").asLong()).isEqualTo(after.get("summary").get("covered_population").asLong());
        assertThat(region.get("review").get("population_within").asLong()).as("the added centre reaches more people")
                .isGreaterThan(coverage("pop_2017", "").get("summary").get("covered_population").asLong());
        assertThat(m.get("review_edits").asInt()).isEqualTo(1);
        for (JsonNode mun : after.get("by_municipality")) {
            JsonNode a = area(m, mun.get("code").asText());
            assertThat(a.get("review").get("population_beyond").asLong()).isEqualTo(mun.get("uncovered_population").asLong());
        }
        JsonNode devin = area(m, "SML09"), smolyan = area(m, "SML31");
        assertThat(devin.get("target_share").asDouble()).isEqualTo(1.0);
        assertThat(smolyan.get("target_share").asDouble()).as("the region's target applies to a municipality without its own").isEqualTo(0.5);
        JsonNode rv = devin.get("review");
        boolean meets = rv.get("population_within").asLong() >= rv.get("population").asLong();
        assertThat(devin.get("review_meets_target").asBoolean()).isEqualTo(meets);
        assertThat(devin.get("people_to_target").asLong()).isEqualTo(rv.get("population").asLong() - rv.get("population_within").asLong());
    }

    @Test
    void aSavedScenarioIsReviewedWithTheTargetsKeptWithIt() throws Exception {
        Api.Reply created = api.post("/api/regions/SIX/scenarios", "{\"name\":\"Стратегия 2030\",\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(api.get("/api/scenarios/" + id + "/targets").json().get("targets")).isEmpty();
        Api.Reply saved = api.put("/api/scenarios/" + id + "/targets", "{\"version\":1,\"targets\":[{\"area\":\"SML31\",\"service\":\"community-support\","
                + "\"share_within\":0.95},{\"area\":\"SIX\",\"service\":\"crisis\",\"share_within\":1}]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        Api.Reply stale = api.put("/api/scenarios/" + id + "/targets", "{\"version\":1,\"targets\":[]}");
        assertThat(stale.status()).isEqualTo(409);

        Api.Reply r = api.get("/api/regions/SIX/indicators?service=community-support&threshold_min=15&review_scenario=" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.get("review_scenario").asText()).isEqualTo("Стратегия 2030");
        assertThat(area(m, "SML31").get("target_share").asDouble()).isEqualTo(0.95);
        assertThat(area(m, "SML09").get("target_share").isNull()).as("the crisis target is not this service's").isTrue();
        JsonNode after = coverage("pop_2017", ADD_AT_SHIROKA_LAKA);
        assertThat(area(m, after.get("summary").get("code").asText()).get("review").get("population_within").asLong())
                .isEqualTo(after.get("summary").get("covered_population").asLong());

        Api.Reply xlsx = api.get("/api/regions/SIX/indicators.xlsx?service=community-support&threshold_min=15&review_scenario=" + id + "&lang=bg");
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains("indicators").contains(".xlsx");
        Map<String, List<Row>> wb = WorkbookApiTest.read(xlsx.bytes());
        assertThat(wb.keySet()).containsExactly("Показатели", "Произход");
        List<Row> rows = wb.get("Показатели");
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Код");
        assertThat(rows).hasSize(1 + 2 * m.get("areas").size());
        Row smolyanReview = rows.stream().filter(x -> "SML31".equals(x.getCellText(0)) && "преглед".equals(x.getCellText(3))).findFirst().orElseThrow();
        assertThat(smolyanReview.getCell(7).asNumber().longValue()).isEqualTo(area(m, "SML31").get("review").get("population_within").asLong());
        assertThat(rows.get(0).getCellText(17)).isEqualTo("Цел: дял в стандарта (%)");
        assertThat(smolyanReview.getCell(17).asNumber().doubleValue()).isEqualTo(95.0);
        assertThat(wb.get("Произход").stream().map(x -> x.getCellText(1)).toList()).contains("Стратегия 2030");
    }

    @Test
    void badRequestsNameEveryWrongField() {
        Api.Reply r = api.post("/api/regions/SIX/indicators", "{\"service\":\"community-support\",\"population\":\"pop_1900\","
                + "\"review_population\":\"proj_2099\",\"review_scenario\":\"nope\",\"targets\":[{\"area\":\"XX\",\"share_within\":1.5}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("population", "review_population", "proj_2099", "review_scenario", "nope", "targets[0].area",
                "targets[0].share_within");
        Api.Reply unknownField = api.post("/api/regions/SIX/indicators", "{\"service\":\"community-support\",\"horizon\":2099}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).contains("horizon");
        assertThat(api.get("/api/regions/NOPE/indicators?service=community-support").status()).isEqualTo(404);
        Api.Reply noScenario = api.put("/api/scenarios/nope/targets", "{\"version\":1,\"targets\":[]}");
        assertThat(noScenario.status()).isEqualTo(404);
        String id = api.post("/api/regions/SIX/scenarios", "{\"name\":\"x\",\"edits\":[]}").json().get("id").asText();
        Api.Reply bad = api.put("/api/scenarios/" + id + "/targets", "{\"targets\":[{\"area\":\"SML31\",\"service\":\"taxi\",\"share_within\":-1}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("version", "targets[0].service", "targets[0].share_within");
        assertThat(api.get("/api/scenarios/" + id + "/targets").json().get("version").asInt()).as("nothing changed").isEqualTo(1);
    }
}
