package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defects an attacker found in request bodies (each fixture is named after its defect): a Java class or setting name in
 * the message, one problem at a time, a fraction silently cut to a whole number, a number out of range blamed on the
 * whole body, invalid UTF-8 stored as replacement characters, a nested unknown field named as a top-level one, and a
 * duplicated field silently taking the last value.
 */
class MalformedBodyDefectsTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();
    private static final String COVERAGE = "/api/regions/SIX/coverage";

    private static List<String> fields(Api.Reply r) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : r.json().get("problems")) out.add(p.get("field").asText());
        return out;
    }

    private static void noJavaIn(Api.Reply r) {
        assertThat(r.body()).doesNotContain("java.").doesNotContain("`").doesNotContain("jackson")
                .doesNotContain("StreamReadConstraints").doesNotContain("JsonReadFeature").doesNotContain("Integer");
    }

    @Test
    void wrongTypesInSeveralFieldsAreAllListedInJsonWords() {
        Api.Reply r = api.post(COVERAGE, "{\"service\":\"crisis\",\"threshold_min\":\"abc\",\"edits\":\"x\",\"thresholds_min\":[15,{}],\"capacitated\":\"maybe\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("threshold_min", "edits", "thresholds_min[1]", "capacitated");
        assertThat(r.body()).contains("must be a whole number, got 'abc'").contains("must be a list, got text");
        noJavaIn(r);
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNotCut() {
        Api.Reply r = api.post(COVERAGE, "{\"service\":\"crisis\",\"threshold_min\":30.5}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("threshold_min");
        assertThat(r.json().get("message").asText()).contains("whole number");
        noJavaIn(r);
    }

    @Test
    void aNumberOutOfRangeIsNamedByItsField() {
        Api.Reply huge = api.post(COVERAGE, "{\"service\":\"crisis\",\"threshold_min\":99999999999999999999999}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(fields(huge)).containsExactly("threshold_min");
        noJavaIn(huge);
        Api.Reply infinite = api.post(COVERAGE, "{\"service\":\"crisis\",\"uptake_per_1000\":1e400,\"threshold_min\":1e400}");
        assertThat(infinite.status()).isEqualTo(400);
        assertThat(fields(infinite)).containsExactlyInAnyOrder("uptake_per_1000", "threshold_min");
        assertThat(infinite.body()).doesNotContain("line -1");
        noJavaIn(infinite);
    }

    @Test
    void nanAndDeepNestingSayWhatIsWrongWithoutParserSettingNames() {
        Api.Reply nan = api.post(COVERAGE, "{\"service\":\"crisis\",\"threshold_min\":NaN}");
        assertThat(nan.status()).isEqualTo(400);
        assertThat(nan.json().get("message").asText()).contains("NaN");
        noJavaIn(nan);
        Api.Reply deep = api.post(COVERAGE, "{\"edits\":" + "[".repeat(3000) + "]".repeat(3000) + "}");
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("message").asText()).contains("nesting depth");
        noJavaIn(deep);
    }

    @Test
    void invalidUtf8InAScenarioNameIsRefusedAndNothingIsSaved() throws Exception {
        int before = api.get("/api/regions/SIX/scenarios").json().size();
        byte[] head = "{\"name\":\"plan ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\",\"edits\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC3; // a lead byte without its continuation
        body[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/regions/SIX/scenarios"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not valid UTF-8").contains("\"field\":\"body\"");
        assertThat(api.get("/api/regions/SIX/scenarios").json().size()).isEqualTo(before);
    }

    @Test
    void aNestedUnknownFieldIsNamedByItsPath() {
        Api.Reply r = api.post(COVERAGE, "{\"service\":\"crisis\",\"edits\":[{\"kind\":\"close\",\"facility_id\":\"x\"},"
                + "{\"type\":\"add\",\"kind\":\"close\",\"facility_id\":\"y\"}],\"bogus\":1}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder("edits[1].type", "body.bogus");
    }

    /** Defect: Jetty answered these itself with an HTML page. */
    @Test
    void aTooLongAddressOrHeaderIsAnsweredInJsonNotHtml() {
        Api.Reply url = api.get(COVERAGE + "?service=crisis&x=" + "a".repeat(100_000));
        assertThat(url.status()).isEqualTo(414);
        assertThat(url.header("Content-Type")).startsWith("application/json");
        assertThat(url.json().get("error").asText()).isEqualTo("too_large");
        assertThat(url.body()).doesNotContain("<html").doesNotContain("badMessage");
        Api.Reply header = api.get("/api/health", java.util.Map.of("X-Padding", "a".repeat(100_000)));
        assertThat(header.status()).isEqualTo(431);
        assertThat(header.json().get("message").asText()).contains("headers are too large");
    }

    @Test
    void aDuplicatedFieldIsRefusedNotSilentlyOverwritten() {
        Api.Reply r = api.post(COVERAGE, "{\"service\":\"crisis\",\"service\":\"rehabilitation\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("Duplicate field 'service'");
        noJavaIn(r);
    }
}
