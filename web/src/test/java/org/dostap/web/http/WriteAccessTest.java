package org.dostap.web.http;




import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.http.access.WriteAccess;
import org.dostap.web.http.access.WriteAccess.Decision;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes need the operator's token when one is set; without one only loopback clients may write. */
class WriteAccessTest {
    private static final String SAVE = "{\"name\":\"plan\",\"edits\":[{\"kind\":\"close\",\"facility_id\":\"CR-SML\"}]}";

    @Test
    void theRule() {
        Optional<String> none = Optional.empty(), token = Optional.of("s3cret");
        assertThat(WriteAccess.decide(none, "127.0.0.1", null)).isEqualTo(Decision.ALLOWED);
        assertThat(WriteAccess.decide(none, "127.0.0.42", null)).isEqualTo(Decision.ALLOWED);
        assertThat(WriteAccess.decide(none, "[0:0:0:0:0:0:0:1]", null)).isEqualTo(Decision.ALLOWED);
        assertThat(WriteAccess.decide(none, "10.1.2.3", null)).isEqualTo(Decision.READ_ONLY);
        assertThat(WriteAccess.decide(none, "192.168.0.10", "anything")).isEqualTo(Decision.READ_ONLY);
        assertThat(WriteAccess.decide(none, "localhost", null)).isEqualTo(Decision.READ_ONLY); // names are never resolved
        assertThat(WriteAccess.decide(token, "10.1.2.3", "s3cret")).isEqualTo(Decision.ALLOWED);
        assertThat(WriteAccess.decide(token, "10.1.2.3", "wrong")).isEqualTo(Decision.TOKEN_MISSING_OR_WRONG);
        assertThat(WriteAccess.decide(token, "127.0.0.1", null)).isEqualTo(Decision.TOKEN_MISSING_OR_WRONG);
    }

    @Test
    void withATokenEveryWriteMustPresentIt() {
        WebConfig config = new WebConfig("127.0.0.1", 0, Optional.empty(), Optional.of("s3cret"), WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        try (WebApp app = SmallRegion.startApp(config)) {
            Api api = new Api(app.port());
            assertThat(api.get("/api/config").json().get("write").asText()).isEqualTo("token");
            Api.Reply refused = api.post("/api/regions/SIX/scenarios", SAVE);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("message").asText()).contains("write token");
            assertThat(api.post("/api/regions/SIX/scenarios", SAVE, Map.of("Authorization", "Bearer wrong")).status()).isEqualTo(401);
            assertThat(api.get("/api/regions/SIX/scenarios").json()).isEmpty(); // nothing was written
            assertThat(api.post("/api/regions/SIX/scenarios", SAVE, Map.of("Authorization", "Bearer s3cret")).status()).isEqualTo(201);
            assertThat(api.post("/api/regions/SIX/scenarios", SAVE, Map.of("X-Dostap-Token", "s3cret")).status()).isEqualTo(201);
            // reads and computations need no token
            assertThat(api.post("/api/regions/SIX/coverage", "{\"service\":\"crisis\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void withoutATokenOtherComputersCannotWrite() throws Exception {
        InetAddress lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (Exception e) { return false; } })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElse(null);
        Assumptions.assumeTrue(lan != null, "no non-loopback IPv4 address on this machine (the rule itself is tested above)");
        WebConfig config = new WebConfig("0.0.0.0", 0, Optional.empty(), Optional.empty(), WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        try (WebApp app = SmallRegion.startApp(config)) {
            Api remote = new Api(lan.getHostAddress(), app.port());
            Api.Reply refused = remote.post("/api/regions/SIX/scenarios", SAVE);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("read-only").contains("--token");
            assertThat(remote.get("/api/config").json().get("write").asText()).isEqualTo("read-only");
            assertThat(remote.get("/api/regions/SIX/coverage?service=crisis").status()).isEqualTo(200);
            assertThat(new Api(app.port()).post("/api/regions/SIX/scenarios", SAVE).status()).isEqualTo(201);
        }
    }
}
