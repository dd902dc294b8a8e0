package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.common.SoftwareVersion;
import org.dostap.web.support.Api;
import org.dostap.web.support.Jobs;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one {@code provenance} object in the API's answers and files, on the six Smolyan settlements (estimated travel
 * times, illustrative centres): software version, time of run, the region's data, population column, travel times,
 * and the request's parameters.
 */
class ProvenanceApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    /** The fields every provenance of a run on SIX has. */
    static void assertSixProvenance(JsonNode p, String populationColumn) {
        assertThat(p).as("provenance").isNotNull();
        assertThat(p.get("software_version").asText()).isEqualTo(SoftwareVersion.current().label());
        assertThat(p.get("run_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(p.get("region").asText()).isEqualTo("SIX");
        assertThat(p.get("data").asText()).contains("six real Smolyan settlements");
        assertThat(p.get("population_column").asText()).isEqualTo(populationColumn);
        assertThat(p.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(p.get("travel_time_model").asText()).isNotBlank();
        assertThat(p.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(p.has("network_sha256")).as("no road network").isFalse();
    }

    @Test
    void coverageSaysWhereItCameFrom() {
        Api.Reply reply = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"population\":\"pop_2011\",\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CS-SML09\"}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode p = reply.json().get("provenance");
        assertSixProvenance(p, "pop_2011");
        assertThat(p.get("travel_mode").asText()).isEqualTo("car");
        assertThat(p.get("parameters").get("service").asText()).isEqualTo("community-support");
        assertThat(p.get("parameters").get("threshold_min").asDouble()).isEqualTo(15);
        assertThat(p.get("parameters").get("scenario_edits").asInt()).isEqualTo(1);
        assertThat(api.get("/api/regions/SIX/coverage?service=crisis").json().get("provenance").get("parameters")
                .get("threshold_min").asDouble()).isEqualTo(60);
    }

    @Test
    void catchmentsSayWhereTheyCameFromAsATopLevelMember() {
        Api.Reply reply = api.get("/api/regions/SIX/catchments?service=community-support&thresholds_min=15,30&population=pop_2011");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode p = reply.json().get("provenance");
        assertSixProvenance(p, "pop_2011");
        assertThat(p.get("travel_mode").asText()).isEqualTo("car");
        assertThat(p.get("parameters").get("service").asText()).isEqualTo("community-support");
        assertThat(p.get("parameters").get("thresholds_min").toString()).isEqualTo("[15.0,30.0]");
        assertThat(reply.json().get("features")).isNotEmpty();
        assertSixProvenance(api.post("/api/regions/SIX/catchments", "{\"service\":\"crisis\",\"threshold_min\":30}").json()
                .get("provenance"), "pop_2017"); // no column asked: the region's newest
    }

    @Test
    void bothComparisonsSayWhereTheyCameFrom() {
        Api.Reply scenario = api.post("/api/regions/SIX/comparison", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CS-SML09\"}]}");
        assertThat(scenario.status()).as(scenario.body()).isEqualTo(200);
        JsonNode p = scenario.json().get("provenance");
        assertSixProvenance(p, "pop_2017");
        assertThat(p.get("parameters").get("scenario_edits").asInt()).isEqualTo(1);
        assertThat(p.get("parameters").get("compared_with").asText()).isEqualTo("baseline");
        Api.Reply years = api.post("/api/regions/SIX/population-comparison", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"from\":\"pop_2011\",\"population\":\"pop_2017\"}");
        assertThat(years.status()).as(years.body()).isEqualTo(200);
        JsonNode q = years.json().get("provenance");
        assertSixProvenance(q, "pop_2017");
        assertThat(q.get("parameters").get("population_before").asText()).isEqualTo("pop_2011");
    }

    @Test
    void aSettlementsDetailSaysWhereItCameFrom() {
        Api.Reply reply = api.post("/api/regions/SIX/settlements/49014/access", "{\"service\":\"crisis\",\"population\":\"pop_2011\","
                + "\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CS-SML09\"}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode p = reply.json().get("provenance");
        assertSixProvenance(p, "pop_2011");
        assertThat(p.get("parameters").get("settlement_id").asText()).isEqualTo("49014");
        assertThat(p.get("parameters").get("scenario_edits").asInt()).isEqualTo(1);
        assertSixProvenance(api.get("/api/regions/SIX/settlements/49014/access").json().get("provenance"), "pop_2017");
    }

    @Test
    void monitoringIndicatorsSayWhereTheyCameFrom() {
        Api.Reply reply = api.post("/api/regions/SIX/indicators", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"population\":\"pop_2011\",\"review_population\":\"pop_2017\",\"targets\":[{\"area\":\"SIX\",\"share_within\":0.9}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode p = reply.json().get("provenance");
        assertSixProvenance(p, "pop_2011");
        assertThat(p.get("parameters").get("review_population").asText()).isEqualTo("pop_2017");
        assertThat(p.get("parameters").get("targets").get("SIX").asDouble()).isEqualTo(0.9);
    }

    @Test
    void anOptimizationResultSaysWhereItCameFrom() throws InterruptedException {
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":15,"
                + "\"candidates\":\"settlements\",\"time_limit_sec\":5}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = Jobs.awaitFinished(api, "SIX", submitted.json().get("id").asText());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode p = job.get("result").get("provenance");
        assertSixProvenance(p, "pop_2017");
        assertThat(p.get("parameters").get("new_sites").asInt()).isEqualTo(1);
    }

    @Test
    void theGeoJsonExportCarriesTheProvenanceAsATopLevelMember() {
        Api.Reply reply = api.get("/api/regions/SIX/export/settlements.geojson?service=community-support&threshold_min=15");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode p = reply.json().get("provenance");
        assertSixProvenance(p, "pop_2017");
        assertThat(p.get("parameters").get("threshold_min").asDouble()).isEqualTo(15);
        assertThat(reply.json().get("features")).hasSize(6);
    }

    @Test
    void theCsvExportsProvenanceIsItsOwnDocument() {
        Api.Reply reply = api.post("/api/regions/SIX/export/provenance.json", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CS-SML09\"}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertSixProvenance(reply.json(), "pop_2017");
        assertThat(reply.json().get("parameters").get("scenario_edits").asInt()).isEqualTo(1);
        assertThat(api.get("/api/regions/SIX/export/provenance.json?service=nope").status()).isEqualTo(400);
    }

    @Test
    void workbooksHaveTheWholeProvenanceInTheirProvenanceSheet() throws Exception {
        Api.Reply coverage = api.get("/api/regions/SIX/export/settlements.xlsx?service=community-support&threshold_min=15&lang=en");
        assertThat(coverage.status()).isEqualTo(200);
        var sheets = WorkbookApiTest.read(coverage.bytes());
        var rows = sheets.get(sheets.keySet().stream().reduce((a, b) -> b).orElseThrow()); // the last sheet: provenance
        java.util.Map<String, String> byLabel = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byLabel.putIfAbsent(r.getCellText(0), r.getCellCount() > 1 ? r.getCellText(1) : ""));
        assertThat(byLabel.get("Time of run")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(byLabel.get("Git commit")).isEqualTo(SoftwareVersion.current().commit());
        assertThat(byLabel.get("Data and version")).contains("six real Smolyan settlements");
        assertThat(Double.parseDouble(byLabel.get("Parameter: threshold_min"))).isEqualTo(15.0);
        Api.Reply mobile = api.post("/api/regions/SIX/mobile/schedule.xlsx?lang=bg", "{\"base\":\"CS-SML31\",\"threshold_min\":15}");
        assertThat(mobile.status()).isEqualTo(200);
        var mobileSheets = WorkbookApiTest.read(mobile.bytes());
        var last = mobileSheets.get(mobileSheets.keySet().stream().reduce((a, b) -> b).orElseThrow());
        assertThat(last.stream().map(r -> r.getCellText(0)).toList()).contains("Време на изчислението", "Комит на софтуера",
                "Параметър: base", "Колона население");
    }

    @Test
    void aSavedScenarioRecordsTheSoftwareAndDataItWasSavedWith() {
        Api.Reply created = api.post("/api/regions/SIX/scenarios", "{\"name\":\"Provenance\",\"edits\":[{\"kind\":\"close\","
                + "\"facility_id\":\"CS-SML09\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode with = created.json().get("saved_with");
        assertThat(with.get("software_version").asText()).isEqualTo(SoftwareVersion.current().label());
        assertThat(with.get("git_commit").asText()).isEqualTo(SoftwareVersion.current().commit());
        assertThat(with.get("data").asText()).contains("six real Smolyan settlements");
        String id = created.json().get("id").asText();
        assertThat(api.get("/api/scenarios/" + id).json().get("saved_with")).isEqualTo(with);
    }
}
