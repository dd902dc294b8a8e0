package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.dostap.data.postgis.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: on the PostGIS store a NUL in a scenario name, author or facility id reached PostgreSQL ("invalid byte
 * sequence ... 0x00"): 500, and the raw NUL was written to the log. With the real store (env {@code DOSTAP_TEST_DB},
 * a throw-away schema): 400 naming the field, nothing stored (create and update), no NUL in the log.
 */
class PostgisControlCharactersTest {
    private static final String CLOSE = "{\"kind\":\"close\",\"facility_id\":\"CR-SML\"}";
    private static TestDatabase db;
    private static WebApp app;
    private static Api api;

    @BeforeAll
    static void start() {
        db = TestDatabase.openOrSkip();
        app = AppWiring.webApp(SmallRegion.store(), db.stores().scenarios(), EstimatedTravelTimes.uniform(), WebConfig.localhost(0)).start();
        api = new Api(app.port());
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (db != null) db.close();
    }

    /** The reply of {@code call}, with everything the server logged meanwhile. */
    private record Logged(Api.Reply reply, String log) { }

    private static Logged logged(Supplier<Api.Reply> call) {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            return new Logged(call.get(), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    private static void assertRefused(Logged l, String field) {
        assertThat(l.reply().status()).as(l.reply().body()).isEqualTo(400);
        JsonNode problems = l.reply().json().get("problems");
        List<String> fields = new ArrayList<>();
        problems.forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).contains(field);
        assertThat(l.reply().json().get("message").asText()).contains("U+0000").doesNotContain("\u0000");
        assertThat(l.log()).as("the server log").doesNotContain("\u0000");
    }

    @Test
    void aNulInNameAuthorOrFacilityIdIs400NamingTheFieldAndStoresNothing() {
        assertRefused(logged(() -> api.post("/api/regions/SIX/scenarios", "{\"name\":\"plan\\u0000\",\"edits\":[" + CLOSE + "]}")), "name");
        assertRefused(logged(() -> api.post("/api/regions/SIX/scenarios",
                "{\"name\":\"plan\",\"author\":\"ana\\u0000\",\"edits\":[" + CLOSE + "]}")), "author");
        assertRefused(logged(() -> api.post("/api/regions/SIX/scenarios",
                "{\"name\":\"plan\",\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CR\\u0000SML\"}]}")), "edits[0].facility_id");
        assertRefused(logged(() -> api.post("/api/regions/SIX/scenarios", "{\"name\":\"plan\",\"edits\":[{\"kind\":\"add\","
                + "\"facility_id\":\"new\\u0000\",\"service_type\":\"crisis\",\"lon\":24.7,\"lat\":41.58}]}")), "edits[0].facility_id");
        assertThat(db.stores().scenarios().listScenarios("SIX")).as("stored scenarios").isEmpty();
    }

    @Test
    void aNulInAnUpdateIs400AndTheStoredScenarioStaysAsItWas() {
        Api.Reply created = api.post("/api/regions/SIX/scenarios", "{\"name\":\"kept\",\"author\":\"ana\",\"edits\":[" + CLOSE + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        long version = created.json().get("version").asLong();
        assertRefused(logged(() -> api.put("/api/scenarios/" + id, "{\"name\":\"changed\\u0000\",\"version\":" + version
                + ",\"edits\":[" + CLOSE + "]}")), "name");
        assertRefused(logged(() -> api.put("/api/scenarios/" + id, "{\"name\":\"changed\",\"author\":\"\\u0000\",\"version\":" + version
                + ",\"edits\":[]}")), "author");
        var stored = db.stores().scenarios().findScenario(id).orElseThrow();
        assertThat(stored.name()).isEqualTo("kept");
        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.edits()).hasSize(1);
        assertThat(api.delete("/api/scenarios/" + id + "?version=" + version).status()).isEqualTo(204);
    }
}
