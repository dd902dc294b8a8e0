package org.dostap.web.cli;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve}: help, bad options and a busy port end with a clear message and exit 2 (the server itself is tested in web.http). */
class ServeCommandTest {
    @Test
    void helpListsTheOptions() {
        CliRun r = CliRun.run("serve", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--port").contains("--host").contains("--osm").contains("--db").contains("--token").contains("--tiles");
    }

    @Test
    void aBadPortIsRefused() {
        CliRun r = CliRun.run("serve", "--port", "70000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--port must be between 0 and 65535");
    }

    @Test
    void aBusyPortIsReportedClearly() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = CliRun.run("serve", "--estimated", "--port", String.valueOf(busy.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("Cannot listen on 127.0.0.1:" + busy.getLocalPort()).contains("--port");
            assertThat(r.err()).doesNotContain("at org.");
        }
    }
}
