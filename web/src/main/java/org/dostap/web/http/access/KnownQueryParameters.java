package org.dostap.web.http.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.dostap.engine.common.ProblemCollector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses (400) a request to the API that carries a query parameter its endpoint does not take, naming every unknown
 * parameter and the ones the endpoint takes: a typo such as {@code ?treshold_min=60} would otherwise get the default
 * answer as if it had been understood. What each endpoint takes is what the OpenAPI document ({@code /openapi.json},
 * served at {@code /api/openapi.json}) declares for it, so the document and the check cannot disagree. A path the
 * document does not describe goes on (to its 404 or 405).
 */
public final class KnownQueryParameters {
    private record Endpoint(String method, Pattern path, Set<String> parameters) {}

    private final List<Endpoint> endpoints;

    private KnownQueryParameters(List<Endpoint> endpoints) { this.endpoints = List.copyOf(endpoints); }

    /** The query parameters of every operation of the bundled OpenAPI document. */
    public static KnownQueryParameters fromOpenApi(ObjectMapper mapper) {
        try (InputStream in = KnownQueryParameters.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json missing from the jar");
            return of(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnownQueryParameters of(JsonNode openApi) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = template(path.getKey());
            Set<String> shared = queryNames(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) continue;
                Set<String> names = new LinkedHashSet<>(shared);
                names.addAll(queryNames(op.getValue().path("parameters")));
                endpoints.add(new Endpoint(op.getKey().toUpperCase(Locale.ROOT), pattern, names));
            }
        }
        return new KnownQueryParameters(endpoints);
    }

    /** The before-handler. */
    public void check(Context ctx) {
        if (!ctx.path().startsWith("/api/") || ctx.queryParamMap().isEmpty()) return;
        String method = ctx.method().name().equals("HEAD") ? "GET" : ctx.method().name();
        Endpoint endpoint = endpoints.stream().filter(e -> e.method().equals(method) && e.path().matcher(ctx.path()).matches())
                .findFirst().orElse(null);
        if (endpoint == null) return;
        String takes = endpoint.parameters().isEmpty()
                ? "this endpoint takes no query parameters" + (method.equals("GET") || method.equals("DELETE") ? "" : " (its options go in the JSON body)")
                : "this endpoint takes " + String.join(", ", endpoint.parameters());
        ProblemCollector problems = new ProblemCollector();
        for (String name : ctx.queryParamMap().keySet())
            if (!endpoint.parameters().contains(name)) problems.field(name, "unknown query parameter; " + takes + " (see /api/openapi.json)");
        problems.throwIfAny();
    }

    private static Set<String> queryNames(JsonNode parameters) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode p : parameters) if ("query".equals(p.path("in").asText())) names.add(p.path("name").asText());
        return names;
    }

    /** {@code /api/regions/{code}/coverage} as a pattern: a {@code {name}} is one path segment. */
    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})"))
            regex.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        return Pattern.compile(regex.toString());
    }
}
