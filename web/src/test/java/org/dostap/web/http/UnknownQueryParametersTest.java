package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect (unknown query parameters): a typo such as {@code ?treshold_min=60} was silently ignored and the answer was the
 * default one, as if the threshold had been understood. Every API endpoint now refuses (400) a query parameter it does
 * not take, naming every unknown one and the ones it takes (those its OpenAPI operation declares).
 */
class UnknownQueryParametersTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();

    @Test
    void aMisspelledThresholdIsRefusedWithEveryUnknownParameterAndTheAllowedOnes() {
        Api.Reply r = server.api().get("/api/regions/SIX/coverage?service=crisis&treshold_min=60&colour=red");
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactly("treshold_min", "colour");
        assertThat(r.json().get("problems").get(0).get("message").asText())
                .contains("unknown query parameter").contains("service, threshold_min, population, mode");
        assertThat(server.api().get("/api/regions/SIX/coverage?service=crisis&threshold_min=60").status()).isEqualTo(200);
    }

    @Test
    void endpointsWithoutQueryParametersRefuseAnyAndPostsSayTheBodyTakesTheOptions() {
        Api.Reply health = server.api().get("/api/health?verbose=1");
        assertThat(health.status()).isEqualTo(400);
        assertThat(health.json().get("problems").get(0).get("field").asText()).isEqualTo("verbose");
        assertThat(health.json().get("message").asText()).contains("takes no query parameters");
        Api.Reply post = server.api().post("/api/regions/SIX/coverage?threshold_min=60", "{\"service\":\"crisis\"}");
        assertThat(post.status()).isEqualTo(400);
        assertThat(post.json().get("message").asText()).contains("takes no query parameters (its options go in the JSON body)");
    }

    @Test
    void theQueriesThePageSendsAreAccepted() {
        String view = "{\"service\":\"crisis\"}";
        assertThat(server.api().post("/api/regions/SIX/export/settlements.xlsx?lang=bg", view).status()).isEqualTo(200);
        assertThat(server.api().post("/api/regions/SIX/export/municipalities.xlsx?lang=en", view).status()).isEqualTo(200);
        assertThat(server.api().post("/api/regions/SIX/export/settlements.csv?excel=bg", view).status()).isEqualTo(200);
        assertThat(server.api().post("/api/regions/SIX/indicators.xlsx?lang=bg", view).status()).isEqualTo(200);
        assertThat(server.api().delete("/api/scenarios/nope?version=1").json().toString()).doesNotContain("unknown query parameter");
    }

    @Test
    void everyParameterTheDocumentDeclaresIsTakenByItsEndpoint() {
        JsonNode doc = server.api().get("/api/openapi.json").json();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) continue;
            StringBuilder query = new StringBuilder();
            for (JsonNode p : get.path("parameters"))
                if (p.get("in").asText().equals("query")) query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append("=x");
            if (query.length() == 0) continue;
            String url = path.getKey().replace("{code}", "NOPE").replace("{id}", "nope") + query;
            assertThat(server.api().get(url).body()).as(url).doesNotContain("unknown query parameter");
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }
}
