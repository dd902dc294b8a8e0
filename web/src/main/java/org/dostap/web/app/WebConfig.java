package org.dostap.web.app;

import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and what it allows: host (127.0.0.1 unless told), port (0 = any free port),
 * an optional OSM tile URL template for the map, the optional write token and the request size limit.
 */
public record WebConfig(String host, int port, Optional<String> tilesUrl, Optional<String> writeToken, long maxRequestBytes) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        tilesUrl = tilesUrl.filter(t -> !t.isBlank());
        writeToken = writeToken.filter(t -> !t.isBlank());
        if (maxRequestBytes < 1024) throw new IllegalArgumentException("request limit too small: " + maxRequestBytes);
    }

    public static WebConfig localhost(int port) {
        return new WebConfig("127.0.0.1", port, Optional.empty(), Optional.empty(), DEFAULT_MAX_REQUEST_BYTES);
    }
}
