package org.dostap.web.http;

import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: answers that are sent again and again (cached coverage, the region's layers, the API description) go out
 * as the bytes prepared the first time, with an entity tag computed once: a GET names its tag, the same GET again
 * names the same tag and sends the same bytes, and a GET with {@code If-None-Match} of that tag gets 304 without a body.
 * (Javalin's own tags read each answer byte by byte on every GET, ~125 ms of CPU for a country coverage.)
 */
class PreparedAnswersTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void repeatedGetsCarryOneTagAndAnswer304ToIt() {
        for (String path : new String[] {"/api/regions/SIX/coverage?service=community-support", "/api/regions/SIX",
                "/api/regions/SIX/settlements", "/api/regions/SIX/facilities", "/api/regions/SIX/boundaries", "/api/openapi.json"}) {
            Api.Reply first = api.get(path), second = api.get(path);
            assertThat(first.status()).as(path).isEqualTo(200);
            String tag = first.header("ETag");
            assertThat(tag).as(path + " ETag").isNotNull().startsWith("\"");
            assertThat(second.header("ETag")).as(path).isEqualTo(tag);
            assertThat(second.bytes()).as(path).isEqualTo(first.bytes());
            Api.Reply notModified = api.get(path, Map.of("If-None-Match", tag));
            assertThat(notModified.status()).as(path + " with If-None-Match").isEqualTo(304);
            assertThat(notModified.bytes()).as(path).isEmpty();
        }
    }

    @Test
    void differentAnswersHaveDifferentTags() {
        String a = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=15").header("ETag");
        String b = api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=60").header("ETag");
        assertThat(a).isNotNull().isNotEqualTo(b);
    }
}
