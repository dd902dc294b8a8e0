package org.dostap.web.http;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect (slow clients): 400 connections that each sent a POST's headers and then a byte of its body now and then held
 * every Jetty thread in a blocking read, and {@code /api/health} went unanswered for as long as they went on. Bodies are
 * now read without a thread before Javalin sees them, and a body that trickles in too slowly is refused (408).
 */
class SlowClientsTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final int SLOW_CLIENTS = 300; // more than Jetty's 250 threads

    @Test
    void healthAnswersWhileHundredsOfClientsTrickleTheirBodies() throws Exception {
        healthAnswersQuicklyWhile(SLOW_CLIENTS, "", slow -> slow.forEach(SlowClientsTest::trickle));
    }

    /**
     * Defect (stalled bodies): Jetty's EagerContentHandler read only one input buffer (about 6.7 KB) without a thread, so
     * 300 clients that sent 8 KB of a body at once and then nothing held every thread in a blocking read until their
     * connections timed out, and {@code /api/health} waited as long (26 s). Bodies are now read whole before a thread.
     */
    @Test
    void healthAnswersWhileHundredsOfClientsStallAfterEightKilobytes() throws Exception {
        healthAnswersQuicklyWhile(SLOW_CLIENTS, " ".repeat(8 * 1024), stalled -> { });
    }

    /**
     * {@code clients} connections each send a POST's headers (a 100,000-byte body announced) and {@code bodyStart}; then,
     * three times, {@code eachRound} is done to them and the health check must answer within 3 s.
     */
    private static void healthAnswersQuicklyWhile(int clients, String bodyStart, java.util.function.Consumer<List<Socket>> eachRound)
            throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.setSoTimeout(30_000);
                s.getOutputStream().write(("POST /api/regions/SIX/coverage HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{" + bodyStart)
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (int round = 0; round < 3; round++) {
                eachRound.accept(slow);
                Thread.sleep(1_000);
                long start = System.nanoTime();
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/health"))
                        .timeout(Duration.ofSeconds(8)).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat((System.nanoTime() - start) / 1e9).as("seconds for health, round " + round).isLessThan(3);
            }
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void aBodyThatTricklesInIsRefusedWith408() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/regions/SIX/coverage HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 20000\r\n\r\n{\"service\":\"crisis\"").getBytes(StandardCharsets.US_ASCII));
            out.write(" ".repeat(9_000).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = "";
            for (int i = 0; i < 40 && reply.isEmpty(); i++) {
                Thread.sleep(1_000);
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                InputStream in = s.getInputStream();
                if (in.available() > 0) reply = new String(in.readNBytes(in.available()), StandardCharsets.UTF_8);
            }
            if (reply.isEmpty()) reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 408");
            assertThat(reply).contains("too slowly");
        }
    }

    private static void trickle(Socket s) {
        try {
            s.getOutputStream().write(' ');
            s.getOutputStream().flush();
        } catch (IOException ignored) {
            // the server closed it: so much the better
        }
    }
}
