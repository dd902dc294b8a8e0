package org.dostap.data.download;

import com.sun.net.httpserver.HttpServer;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Defect (server-side request forgery): the server's road-network download fetched any http(s) address, following
 * redirects, without a bound on its size: whoever could load a network could make the server reach loopback, private
 * and link-local addresses (cloud metadata at 169.254.169.254) and fill its disk. Public addresses only by default,
 * every redirect followed by hand and checked, and a size and stall limit.
 */
class DownloadToInternalAddressesTest {
    @TempDir Path tmp;
    HttpServer server;
    final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/big.osm.pbf", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse it by
            try (OutputStream o = ex.getResponseBody()) { o.write(new byte[50_000]); } catch (java.io.IOException closed) { }
        });
        server.createContext("/sized.osm.pbf", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, 50_000);
            try (OutputStream o = ex.getResponseBody()) { o.write(new byte[50_000]); } catch (java.io.IOException closed) { }
        });
        server.createContext("/loop.osm.pbf", ex -> {
            hits.incrementAndGet();
            ex.getResponseHeaders().add("Location", "/loop.osm.pbf");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/to-file.osm.pbf", ex -> {
            ex.getResponseHeaders().add("Location", "file:///etc/passwd.osm.pbf");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    URI url(String path) { return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path); }

    @Test
    void internalAddressesAreRefusedBeforeAnyConnection() {
        DownloadPolicy policy = DownloadPolicy.publicOnly();
        assertThat(policy.refusal(url("/big.osm.pbf"))).get().asString().contains("loopback").contains("--allow-local-downloads");
        assertThat(policy.refusal(URI.create("http://169.254.169.254/latest.osm.pbf"))).get().asString().contains("link-local");
        assertThat(policy.refusal(URI.create("http://10.1.2.3/a.osm.pbf"))).get().asString().contains("private");
        assertThat(policy.refusal(URI.create("http://192.168.0.7/a.osm.pbf"))).get().asString().contains("private");
        assertThat(policy.refusal(URI.create("http://100.64.0.1/a.osm.pbf"))).get().asString().contains("carrier-grade");
        assertThat(policy.refusal(URI.create("http://[::1]/a.osm.pbf"))).get().asString().contains("loopback");
        assertThat(policy.refusal(URI.create("http://[fd00::1]/a.osm.pbf"))).get().asString().contains("unique-local");
        assertThat(policy.refusal(URI.create("http://[::ffff:127.0.0.1]/a.osm.pbf"))).get().asString().contains("loopback");
        assertThat(policy.refusal(URI.create("http://0.0.0.0/a.osm.pbf"))).isPresent();
        assertThat(policy.refusal(URI.create("http://93.184.215.14/a.osm.pbf"))).isEmpty(); // a public address
        assertThat(DownloadPolicy.anyAddress().refusal(url("/big.osm.pbf"))).isEmpty();

        assertThatThrownBy(() -> new ExtractDownload(policy).fetch(url("/sized.osm.pbf"), tmp, Optional.empty(), Optional.empty(), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class).hasMessageContaining("loopback");
        assertThat(hits.get()).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndNothingIsKept() throws Exception {
        DownloadPolicy small = new DownloadPolicy(true, 10_000, Duration.ofMinutes(1));
        assertThatThrownBy(() -> new ExtractDownload(small).fetch(url("/sized.osm.pbf"), tmp, Optional.empty(), Optional.empty(), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class).hasMessageContaining("larger (50,000 bytes or more) than the 10,000 bytes");
        assertThatThrownBy(() -> new ExtractDownload(small).fetch(url("/big.osm.pbf"), tmp, Optional.empty(), Optional.empty(), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class).hasMessageContaining("than the 10,000 bytes");
        try (var files = Files.list(tmp)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void redirectsAreFollowedByHandAndBounded() {
        ExtractDownload any = new ExtractDownload(DownloadPolicy.anyAddress());
        assertThatThrownBy(() -> any.fetch(url("/loop.osm.pbf"), tmp, Optional.empty(), Optional.empty(), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class).hasMessageContaining("more than 5 redirects");
        assertThat(hits.get()).isEqualTo(6);
        assertThatThrownBy(() -> any.fetch(url("/to-file.osm.pbf"), tmp, Optional.empty(), Optional.empty(), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class).hasMessageContaining("not an http:// or https:// address");
    }
}
