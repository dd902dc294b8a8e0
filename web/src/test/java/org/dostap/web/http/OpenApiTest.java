package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;



import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document describes exactly the API routes the app registers. */
class OpenApiTest {
    private static final com.fasterxml.jackson.databind.PropertyNamingStrategies.NamingBase SNAKE =
            (com.fasterxml.jackson.databind.PropertyNamingStrategies.NamingBase) com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE;
    private static final Set<HandlerType> VERBS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

    @Test
    void everyRouteIsDescribedAndNothingElse() {
        try (WebApp app = SmallRegion.startApp(WebConfig.localhost(0))) {
            JsonNode doc = new Api(app.port()).get("/api/openapi.json").json();
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            Set<String> routes = new TreeSet<>();
            for (ParsedEndpoint e : app.javalin().unsafe.internalRouter.allHttpHandlers()) {
                if (!VERBS.contains(e.endpoint.method) || !e.endpoint.path.startsWith("/api/")) continue;
                routes.add(e.endpoint.method.name().toLowerCase(Locale.ROOT) + " " + e.endpoint.path);
            }
            Set<String> described = new TreeSet<>();
            for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                for (Iterator<String> ops = doc.get("paths").get(path).fieldNames(); ops.hasNext(); ) described.add(ops.next() + " " + path);
            }
            assertThat(routes).hasSizeGreaterThan(20);
            assertThat(described).containsExactlyInAnyOrderElementsOf(routes);
            List<String> withoutResponses = new ArrayList<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
                if (!op.getValue().has("responses") || !op.getValue().has("summary")) withoutResponses.add(op.getKey() + " " + p.getKey());
            }));
            assertThat(withoutResponses).isEmpty();
        }
    }

    @Test
    void theOptimizationRequestAndJobAreDescribedFieldByField() {
        try (WebApp app = SmallRegion.startApp(WebConfig.localhost(0))) {
            JsonNode schemas = new Api(app.port()).get("/api/openapi.json").json().get("components").get("schemas");
            List<String> problems = new ArrayList<>();
            schemas.get("OptimizeRequest").get("properties").get("problem").get("enum").forEach(p -> problems.add(p.asText()));
            assertThat(problems).containsExactlyInAnyOrderElementsOf(
                    java.util.Arrays.stream(org.dostap.engine.optimize.ProblemKind.values()).map(org.dostap.engine.optimize.ProblemKind::externalName).toList());
            Set<String> requestFields = new TreeSet<>();
            schemas.get("OptimizeRequest").get("properties").fieldNames().forEachRemaining(requestFields::add);
            assertThat(requestFields).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(
                    org.dostap.web.http.optimize.OptimizeRequestJson.class.getRecordComponents()).map(OpenApiTest::jsonName).toList());
            Set<String> rowFields = new TreeSet<>();
            schemas.get("Coverage").get("properties").get("settlements").get("items").get("properties").fieldNames().forEachRemaining(rowFields::add);
            assertThat(rowFields).as("the coverage answer's settlements are SettlementAccessRows").containsExactlyInAnyOrderElementsOf(
                    java.util.Arrays.stream(org.dostap.web.analysis.SettlementAccessRow.class.getRecordComponents()).map(OpenApiTest::jsonName).toList());
            Set<String> jobFields = new TreeSet<>();
            schemas.get("OptimizeJob").get("properties").fieldNames().forEachRemaining(jobFields::add);
            assertThat(jobFields).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(
                    org.dostap.web.http.optimize.OptimizationJobs.Status.class.getRecordComponents()).map(c -> SNAKE.translate(c.getName())).toList());
        }
    }

    /** The JSON name Jackson uses for a record component: its {@code @JsonProperty} when it has one, else snake_case. */
    private static String jsonName(java.lang.reflect.RecordComponent c) {
        com.fasterxml.jackson.annotation.JsonProperty named = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        if (named == null) named = c.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return named != null && !named.value().isEmpty() ? named.value() : SNAKE.translate(c.getName());
    }
}
