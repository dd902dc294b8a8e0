package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems in the caller's language: English by default, Bulgarian with Accept-Language: bg (what the page sends). */
class ApiLanguageTest {
    private static final String BAD = "{\"problem\":\"mclp\",\"sites\":2,\"threshold_min\":0,\"time_limit_sec\":1000,\"population\":\"pop_1900\"}";
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void englishForApiClients() {
        JsonNode en = api.post("/api/regions/SIX/optimize/jobs", BAD).json();
        assertThat(en.get("message").asText()).startsWith("3 problems:").contains("threshold_min: must be 1 to 1440 min, got 0");
        assertThat(api.post("/api/regions/SIX/optimize/jobs", BAD, Map.of("Accept-Language", "de-DE")).json().get("message").asText())
                .as("another language: English").contains("must be 1 to 1440 min");
    }

    @Test
    void bulgarianWhenAsked() {
        Api.Reply reply = api.post("/api/regions/SIX/optimize/jobs", BAD, Map.of("Accept-Language", "bg"));
        assertThat(reply.status()).isEqualTo(400);
        JsonNode bg = reply.json();
        assertThat(bg.get("message").asText()).startsWith("3 проблема:").contains("threshold_min: трябва да е от 1 до 1440 мин., а е 0")
                .contains("непозната колона на населението „pop_1900“");
        JsonNode threshold = null;
        for (JsonNode p : bg.get("problems")) if (p.get("field").asText().equals("threshold_min")) threshold = p;
        assertThat(threshold.get("message").asText()).isEqualTo("трябва да е от 1 до 1440 мин., а е 0");
        Api.Reply base = api.post("/api/regions/SIX/mobile", "{\"base\":\"no-such-centre\"}", Map.of("Accept-Language", "bg-BG,bg;q=0.9"));
        assertThat(base.status()).isEqualTo(404);
        assertThat(base.json().get("message").asText()).isEqualTo("Няма център с код „no-such-centre“ в област SIX; базата трябва да е един от центровете на областта.");
        Api.Reply endpoint = api.post("/api/regions/SIX/nothing", "{}", Map.of("Accept-Language", "bg"));
        assertThat(endpoint.status()).isEqualTo(404);
        assertThat(endpoint.json().get("message").asText()).startsWith("Няма такъв адрес: POST /api/regions/SIX/nothing");
    }

    /** The engine's own problems (mobile planning, scenario edits) reach a Bulgarian caller in Bulgarian, none left in English. */
    @Test
    void theEnginesProblemsAreInBulgarianToo() {
        Map<String, String> bg = Map.of("Accept-Language", "bg");
        Api.Reply bases = api.post("/api/regions/SIX/mobile", "{\"bases\":[\"CS-SML31\",\"CS-SML09\"],\"teams\":3,"
                + "\"frequency_weeks\":3,\"horizon_weeks\":4}", bg);
        assertThat(bases.status()).isEqualTo(400);
        assertThat(bases.json().get("message").asText()).contains("по една за всеки екип: 3 екипа, 2 бази")
                .contains("периодът от 4 седмици не е кратен на интервала от 3 седмици");
        noEnglish(bases.json());
        Api.Reply day = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":15,\"day_hours\":1,\"on_site_min\":60}", bg);
        assertThat(day.status()).isEqualTo(400);
        assertThat(day.json().get("message").asText()).contains("работният ден от 1 h 00 min е по-кратък от най-близкото посещение");
        noEnglish(day.json());
        Api.Reply edit = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"edits\":[{\"kind\":\"add\","
                + "\"facility_id\":\"CS-SML09\",\"service_type\":\"community-support\",\"lon\":24.58,\"lat\":41.68}]}", bg);
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.json().get("message").asText()).contains("вече има център с код „CS-SML09“");
        noEnglish(edit.json());
        Api.Reply english = api.post("/api/regions/SIX/mobile", "{\"bases\":[\"CS-SML31\",\"CS-SML09\"],\"teams\":3}");
        assertThat(english.json().get("message").asText()).as("English without the header").contains("3 teams, 2 bases");
    }

    /** No two English words in a row in the message or any problem (ids and units such as "1 h 00 min" aside). */
    private static void noEnglish(JsonNode error) {
        java.util.regex.Pattern words = java.util.regex.Pattern.compile("\\b(?!min\\b)[a-z]{3,}\\s+(?!min\\b)[a-z]{3,}\\b");
        assertThat(words.matcher(error.get("message").asText()).find()).as(error.get("message").asText()).isFalse();
        for (JsonNode p : error.get("problems"))
            assertThat(words.matcher(p.get("message").asText()).find()).as(p.get("message").asText()).isFalse();
    }
}
