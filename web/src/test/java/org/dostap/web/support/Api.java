package org.dostap.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** A tiny HTTP client for API tests against a running app. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final Supplier<String> base;

    public Api(int port) { this("127.0.0.1", port); }

    public Api(String host, int port) {
        String url = "http://" + host + ":" + port;
        this.base = () -> url;
    }

    /** A client whose server is known only later (e.g. {@link TestServer#api()}: the port is chosen at start). */
    public Api(Supplier<String> base) { this.base = base; }

    public record Reply(int status, String body, Map<String, java.util.List<String>> headers, byte[] bytes) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    public Reply get(String path) { return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of()); }

    public Reply get(String path, Map<String, String> headers) { return send(HttpRequest.newBuilder(uri(path)).GET(), headers); }

    public Reply post(String path, String json) { return post(path, json, Map.of()); }

    public Reply post(String path, String json, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), Map.of());
    }

    public Reply delete(String path) { return send(HttpRequest.newBuilder(uri(path)).DELETE(), Map.of()); }

    private URI uri(String path) { return URI.create(base.get() + path); }

    private Reply send(HttpRequest.Builder b, Map<String, String> headers) {
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.headers().map(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
