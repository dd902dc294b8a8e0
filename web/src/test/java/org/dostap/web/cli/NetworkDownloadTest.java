package org.dostap.web.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code network import URL} against a local HTTP server (127.0.0.1, port 0) serving the hand-built
 * {@code osm/tiny-network.osm}: with Range support, an optional provider {@code .md5}, and a 404.
 */
class NetworkDownloadTest {
    @TempDir Path tmp;
    HttpServer server;
    byte[] extract;
    String providerMd5;           // served at /tiny-network.osm.md5 when not null
    final List<String> ranges = new ArrayList<>();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        extract = Files.readAllBytes(Path.of(NetworkDownloadTest.class.getResource("/osm/tiny-network.osm").toURI()));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tiny-network.osm", ex -> {
            String range = ex.getRequestHeaders().getFirst("Range");
            ranges.add(String.valueOf(range));
            byte[] body = extract;
            if (range != null && range.startsWith("bytes=")) {
                int from = Integer.parseInt(range.substring(6, range.indexOf('-')));
                body = Arrays.copyOfRange(extract, from, extract.length);
                ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (extract.length - 1) + "/" + extract.length);
                ex.sendResponseHeaders(206, body.length);
            } else {
                ex.sendResponseHeaders(200, body.length);
            }
            try (OutputStream o = ex.getResponseBody()) { o.write(body); }
        });
        server.createContext("/tiny-network.osm.md5", ex -> {
            byte[] body = providerMd5 == null ? new byte[0] : (providerMd5 + "  tiny-network.osm\n").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(providerMd5 == null ? 404 : 200, providerMd5 == null ? -1 : body.length);
            try (OutputStream o = ex.getResponseBody()) { o.write(body); }
        });
        server.createContext("/missing.osm.pbf", ex -> { ex.sendResponseHeaders(404, -1); ex.close(); });
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

    int importUrl(String... extra) {
        List<String> args = new ArrayList<>(List.of("network", "import", "--cache-dir", tmp.resolve("cache").toString(),
                "--download-dir", tmp.resolve("downloads").toString(), "--profiles", "car"));
        args.addAll(List.of(extra));
        CommandLine cli = DostapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }

    long graphs() throws IOException {
        Path cache = tmp.resolve("cache");
        if (!Files.exists(cache)) return 0;
        try (Stream<Path> s = Files.list(cache)) { return s.filter(p -> Files.exists(p.resolve("dostap-network.properties"))).count(); }
    }

    static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }

    @Test
    void aDownloadWithTheRightSha256IsImported() throws Exception {
        assertThat(importUrl(url("/tiny-network.osm"), "--sha256", hex("SHA-256", extract))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Downloaded", "checked: SHA-256 " + hex("SHA-256", extract) + " (--sha256)",
                "Road network imported in", "5 nodes, 4 edges");
        assertThat(graphs()).isEqualTo(1);
    }

    @Test
    void aWrongChecksumIsRefusedAndNothingIsImported() throws Exception {
        String wrong = "0".repeat(64);
        assertThat(importUrl(url("/tiny-network.osm"), "--sha256", wrong)).isEqualTo(2);
        assertThat(err.toString()).contains("SHA-256 checksum mismatch (--sha256): expected " + wrong + ", got " + hex("SHA-256", extract),
                "the download was deleted and nothing was imported");
        assertThat(graphs()).isZero();
        assertThat(tmp.resolve("downloads/tiny-network.osm")).doesNotExist();
        assertThat(tmp.resolve("downloads/tiny-network.osm.part")).doesNotExist();
    }

    @Test
    void theProvidersMd5BesideTheFileIsChecked() throws Exception {
        providerMd5 = "0123456789abcdef0123456789abcdef";
        assertThat(importUrl(url("/tiny-network.osm"))).isEqualTo(2);
        assertThat(err.toString()).contains("MD5 checksum mismatch (the provider's .md5)");
        assertThat(graphs()).isZero();
        providerMd5 = hex("MD5", extract);
        assertThat(importUrl(url("/tiny-network.osm"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("checked: MD5 " + providerMd5 + " (the provider's .md5)");
        assertThat(graphs()).isEqualTo(1);
    }

    @Test
    void anInterruptedDownloadIsResumedWithARangeRequest() throws Exception {
        Path part = tmp.resolve("downloads/tiny-network.osm.part");
        Files.createDirectories(part.getParent());
        int half = extract.length / 2;
        Files.write(part, Arrays.copyOf(extract, half)); // what an interrupted download left behind
        assertThat(importUrl(url("/tiny-network.osm"), "--md5", hex("MD5", extract))).as(err.toString()).isZero();
        assertThat(ranges).containsExactly("bytes=" + half + "-");
        assertThat(out.toString()).contains("resumed", "Road network imported in");
        assertThat(Files.readAllBytes(tmp.resolve("downloads/tiny-network.osm"))).isEqualTo(extract);
        assertThat(graphs()).isEqualTo(1);
    }

    @Test
    void aUrlThatFailsGivesAClearMessageAndNoGraph() throws Exception {
        assertThat(importUrl(url("/missing.osm.pbf"))).isEqualTo(2);
        assertThat(err.toString()).contains(url("/missing.osm.pbf") + ": the server answered HTTP 404; nothing was imported");
        assertThat(graphs()).isZero();
        server.stop(0);
        assertThat(importUrl(url("/tiny-network.osm"))).isEqualTo(2);
        assertThat(err.toString()).contains("cannot connect");
        assertThat(importUrl("https://example.invalid/extract.zip")).isEqualTo(2);
        assertThat(err.toString()).contains("the address must end with the extract's file name");
        assertThat(graphs()).isZero();
    }
}
