package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: requests an attacker or a careless client sends, with real HTTP (java.net.http for Origin, a raw socket
 * for Host). Without a token: a cross-site or rebinding request never writes; JSON needs its Content-Type; bad bodies
 * and texts are 400 naming the field; security headers on every response.
 */
class HostileRequestsTest {
    private static final String SAVE = "{\"name\":\"plan\",\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CR-SML\"}]}";
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    /** A raw request with exactly these headers; returns status line + headers + body. */
    private static String raw(String method, String path, String host, String contentType, String origin, String body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            String req = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Content-Length: " + b.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(req.getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int scenarioCount() { return api.get("/api/regions/SIX/scenarios").json().size(); }

    @Test
    void theCrossSiteTextPlainPostOfTheIssueWritesNothing() throws Exception {
        String reply = raw("POST", "/api/regions/SIX/scenarios", "evil.example", "text/plain", "http://evil.example", SAVE);
        assertThat(reply).startsWith("HTTP/1.1 400").contains("does not name this server");
        assertThat(scenarioCount()).isZero();
    }

    @Test
    void aRebindingHostIsRefusedEvenForJson() throws Exception {
        String local = "127.0.0.1:" + server.port();
        assertThat(raw("POST", "/api/regions/SIX/scenarios", "rebind.evil.example:" + server.port(), "application/json", null, SAVE))
                .startsWith("HTTP/1.1 400");
        assertThat(raw("GET", "/api/regions/SIX/coverage?service=crisis", "evil.example", null, null, "")).startsWith("HTTP/1.1 400");
        assertThat(scenarioCount()).isZero();
        // the names of this server pass
        assertThat(raw("GET", "/api/health", local, null, null, "")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET", "/api/health", "localhost:" + server.port(), null, null, "")).startsWith("HTTP/1.1 200");
        assertThat(raw("GET", "/api/health", "[::1]:" + server.port(), null, null, "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void anotherSitesOriginIsRefusedAndOurOwnAccepted() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest cross = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/regions/SIX/scenarios"))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(SAVE)).build();
        HttpResponse<String> refused = client.send(cross, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("another site");
        assertThat(scenarioCount()).isZero();
        String own = "http://127.0.0.1:" + server.port();
        Api.Reply ok = api.post("/api/regions/SIX/coverage", "{\"service\":\"crisis\"}", Map.of("Origin", own));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(api.post("/api/regions/SIX/coverage", "{}", Map.of("Origin", "http://127.0.0.1:1")).status()).isEqualTo(403);
    }

    @Test
    void jsonEndpointsNeedTheJsonContentType() throws Exception {
        for (String path : List.of("/api/regions/SIX/coverage", "/api/regions/SIX/scenarios", "/api/regions/SIX/mobile",
                "/api/regions/SIX/optimize/jobs")) {
            String reply = raw("POST", path, "127.0.0.1:" + server.port(), "text/plain", null, "{}");
            assertThat(reply).as(path).startsWith("HTTP/1.1 415").contains("application/json");
            assertThat(raw("POST", path, "127.0.0.1:" + server.port(), null, null, "{}")).as(path).startsWith("HTTP/1.1 415");
        }
        assertThat(raw("POST", "/api/regions/SIX/coverage", "127.0.0.1:" + server.port(), "application/json; charset=utf-8", null,
                "{\"service\":\"crisis\"}")).startsWith("HTTP/1.1 200");
        assertThat(scenarioCount()).isZero();
    }

    @Test
    void nullAndNonObjectBodiesAre400OnEveryPostEndpoint() {
        List<String> posts = List.of("/api/regions/SIX/coverage", "/api/regions/SIX/comparison", "/api/regions/SIX/population-comparison",
                "/api/regions/SIX/catchments", "/api/regions/SIX/settlements/67653/access", "/api/regions/SIX/export/settlements.csv",
                "/api/regions/SIX/export/settlements.geojson", "/api/regions/SIX/scenarios", "/api/regions/SIX/mobile",
                "/api/regions/SIX/optimize/jobs");
        for (String path : posts)
            for (String body : List.of("null", "[]", "42", "\"text\"")) {
                Api.Reply r = api.post(path, body);
                assertThat(r.status()).as(path + " " + body + ": " + r.body()).isEqualTo(400);
                assertThat(r.json().get("problems").get(0).get("field").asText()).isEqualTo("body");
            }
        assertThat(api.put("/api/scenarios/nope", "null").status()).isIn(400, 404);
    }

    @Test
    void controlCharactersAreRefusedWithTheFieldNamed() {
        Api.Reply name = api.post("/api/regions/SIX/scenarios", "{\"name\":\"a\\u0000b\",\"author\":\"x\\u0007\",\"edits\":["
                + "{\"kind\":\"close\",\"facility_id\":\"CR\\u0000SML\"}]}");
        assertThat(name.status()).isEqualTo(400);
        List<String> fields = fields(name.json());
        assertThat(fields).containsExactlyInAnyOrder("name", "author", "edits[0].facility_id");
        assertThat(name.body()).contains("U+0000").contains("U+0007");
        assertThat(api.get("/api/regions/SIX/coverage?service=crisis%00").status()).isEqualTo(400);
        assertThat(api.get("/api/scenarios/a%00b").status()).isEqualTo(400);
        assertThat(scenarioCount()).isZero();
    }

    @Test
    void lengthsAreBounded() {
        String longName = "x".repeat(100_000);
        Api.Reply r = api.post("/api/regions/SIX/scenarios", "{\"name\":\"" + longName + "\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r.json())).contains("name");
        Api.Reply facility = api.post("/api/regions/SIX/coverage", "{\"service\":\"crisis\",\"edits\":[{\"kind\":\"add\","
                + "\"facility_id\":\"n\",\"name\":\"" + "y".repeat(300) + "\",\"service_type\":\"crisis\",\"lon\":24.6,\"lat\":41.6}]}");
        assertThat(facility.status()).isEqualTo(400);
        assertThat(fields(facility.json())).containsExactly("edits[0].name");
        assertThat(scenarioCount()).isZero();
    }

    @Test
    void addedAndMovedFacilitiesMustLieInTheRegion() {
        Api.Reply southPole = api.post("/api/regions/SIX/coverage", "{\"service\":\"crisis\",\"edits\":["
                + "{\"kind\":\"add\",\"facility_id\":\"n1\",\"service_type\":\"crisis\",\"lon\":0,\"lat\":-90},"
                + "{\"kind\":\"move\",\"facility_id\":\"CS-SML09\",\"lon\":24.6,\"lat\":43.5},"
                + "{\"kind\":\"add\",\"facility_id\":\"n2\",\"service_type\":\"crisis\",\"lon\":24.6,\"lat\":41.6}]}");
        assertThat(southPole.status()).isEqualTo(400);
        assertThat(fields(southPole.json())).containsExactly("edits[0].lon", "edits[1].lon");
        assertThat(southPole.body()).contains("lies outside region SIX");
        Api.Reply saved = api.post("/api/regions/SIX/scenarios", "{\"name\":\"p\",\"edits\":[{\"kind\":\"add\",\"facility_id\":\"n1\","
                + "\"service_type\":\"crisis\",\"lon\":0,\"lat\":-90}]}");
        assertThat(saved.status()).isEqualTo(400);
        assertThat(scenarioCount()).isZero();
    }

    @Test
    void aMobilePlanHasABoundedHorizon() {
        Api.Reply r = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"frequency_weeks\":1,\"horizon_weeks\":2147483647}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r.json())).contains("horizon_weeks");
        assertThat(r.body()).contains("1 to 52 weeks");
    }

    @Test
    void securityHeadersOnEveryResponse() {
        for (String path : List.of("/", "/index.html", "/js/main.js", "/api/health", "/api/no-such-thing", "/api/regions/XX/coverage")) {
            Api.Reply r = api.get(path);
            assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'self'").contains("frame-ancestors 'none'")
                    .contains("script-src 'self'").doesNotContain("unsafe-eval");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        Api.Reply refused = api.post("/api/regions/SIX/coverage", "null");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void csvExportsNeutraliseFormulas() {
        Api.Reply csv = api.post("/api/regions/SIX/export/settlements.csv", "{\"service\":\"crisis\",\"threshold_min\":60,\"edits\":["
                + "{\"kind\":\"close\",\"facility_id\":\"CR-SML\"},"
                + "{\"kind\":\"add\",\"facility_id\":\"=cmd|' /C calc'!A0\",\"service_type\":\"crisis\",\"lon\":24.7,\"lat\":41.58}]}");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains(",'=cmd|' /C calc'!A0,").doesNotContain(",=cmd");
    }

    @Test
    void jobsAreCancelledOnlyThroughTheirOwnRegion() {
        JsonNode job = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":15,"
                + "\"time_limit_sec\":5}").json();
        String id = job.get("id").asText();
        assertThat(api.delete("/api/regions/SML/optimize/jobs/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/regions/SML/optimize/jobs/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/regions/SIX/optimize/jobs/" + id).status()).isEqualTo(200);
    }

    @Test
    void withATokenJobsAndCancelsNeedIt() {
        WebConfig config = new WebConfig("127.0.0.1", 0, Optional.empty(), Optional.of("s3cret"), WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        try (WebApp tokened = SmallRegion.startApp(config)) {
            Api t = new Api(tokened.port());
            String run = "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":15,\"time_limit_sec\":5}";
            assertThat(t.post("/api/regions/SIX/optimize/jobs", run).status()).isEqualTo(401);
            JsonNode job = t.post("/api/regions/SIX/optimize/jobs", run, Map.of("Authorization", "Bearer s3cret")).json();
            String id = job.get("id").asText();
            assertThat(t.delete("/api/regions/SIX/optimize/jobs/" + id).status()).isEqualTo(401);
            assertThat(t.get("/api/regions/SIX/optimize/jobs/" + id).status()).isEqualTo(200);
        }
    }

    private static List<String> fields(JsonNode error) {
        List<String> out = new java.util.ArrayList<>();
        error.get("problems").forEach(p -> out.add(p.get("field").asText()));
        return out;
    }
}
