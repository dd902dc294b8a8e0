package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's mobile answers and the {@code mobile} command's files are one record set: for the same request on Smolyan
 * (the bundled estimate on both edges) every object they share has the same field names, at every depth, and the
 * plans are the same plan. The only differences allowed: the API's {@code plan_seconds} and {@code provenance.run_at}
 * (left out of files, which are byte for byte the same for the same input), its {@code plan_id} (the plan's name on the
 * server, for the report), and the provenance's {@code parameters},
 * which are the request as each edge took it (the command's options, the API's body).
 */
class MobilePlanEdgesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.defaults());
    private static final Api api = server.api();
    @TempDir static Path tmp;

    @Test
    void theApiPlanAndPlanJsonUseTheSameNamesAndHoldTheSamePlan() throws Exception {
        // no base (the base choice and the plans compared are there), two teams, a short day (some settlements unserved)
        Path out = tmp.resolve("plan");
        CliRun run = CliRun.run("mobile", "--region", "SML", "--threshold-min", "15", "--teams", "2", "--day-hours", "3",
                "--compare-teams", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode file = JSON.readTree(out.resolve("plan.json").toFile());
        Api.Reply reply = api.post("/api/regions/SML/mobile", "{\"service\":\"community-support\",\"threshold_min\":15,\"teams\":2,"
                + "\"day_hours\":3,\"rescore\":true}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        // every kind of object is there on both sides, so that the comparison below compares them all
        for (JsonNode plan : new JsonNode[] {file, answer}) {
            assertThat(plan.get("base_choice").get("compared")).isNotEmpty();
            assertThat(plan.get("days")).isNotEmpty();
            assertThat(plan.get("unserved")).isNotEmpty();
            assertThat(plan.get("access").get("by_municipality")).isNotEmpty();
        }
        assertThat(answer.get("plan_seconds").isNumber()).isTrue();
        assertThat(answer.get("plan_id").asText()).isNotBlank();
        assertThat(file.has("plan_seconds")).as("plan.json stays the same for the same input").isFalse();
        assertThat(keys(answer, "")).isEqualTo(keys(file, ""));

        ObjectNode a = answer.deepCopy(), f = file.deepCopy();
        for (ObjectNode plan : new ObjectNode[] {a, f}) {
            plan.remove("plan_seconds");
            plan.remove("plan_id");
            plan.remove("provenance");
        }
        assertThat(a).as("the same request, the same plan").isEqualTo(f);
    }

    @Test
    void theApiOptionsAndOptionsJsonUseTheSameNames() throws Exception {
        Path out = tmp.resolve("options");
        CliRun run = CliRun.run("mobile", "--region", "SML", "--base", "community-support-SML31", "--threshold-min", "15",
                "--compare-teams", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode file = JSON.readTree(out.resolve("options.json").toFile());
        Api.Reply reply = api.post("/api/regions/SML/mobile/options", "{\"service\":\"community-support\",\"base\":\"community-support-SML31\","
                + "\"threshold_min\":15,\"compare_teams\":2}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        for (JsonNode options : new JsonNode[] {file, answer}) {
            assertThat(options.get("mobile_options")).hasSize(2);
            assertThat(options.get("one_more_fixed_centre").isObject()).isTrue();
        }
        assertThat(keys(answer, "")).isEqualTo(keys(file, ""));
        assertThat(answer.get("mobile_options").get(1).get("population_served"))
                .isEqualTo(file.get("mobile_options").get(1).get("population_served"));
    }

    /**
     * Every field path of {@code n} (objects' fields, the fields of every item of an array), without the API-only
     * {@code plan_seconds}, {@code plan_id} and {@code provenance.run_at} and without the provenance's parameters' own names.
     */
    private static Set<String> keys(JsonNode n, String path) {
        Set<String> out = new TreeSet<>();
        if (n.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                fields.put(name, n.get(name));
            }
            fields.forEach((name, value) -> {
                String p = path.isEmpty() ? name : path + "." + name;
                if (p.equals("plan_seconds") || p.equals("plan_id") || p.equals("provenance.run_at")) return;
                out.add(p);
                if (!p.equals("provenance.parameters")) out.addAll(keys(value, p));
            });
        } else if (n.isArray()) {
            for (JsonNode item : n) out.addAll(keys(item, path + "[]"));
        }
        return out;
    }
}
