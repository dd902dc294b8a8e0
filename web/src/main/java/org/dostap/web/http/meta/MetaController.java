package org.dostap.web.http.meta;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.http.access.WriteAccess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** {@code GET /api/health}, {@code GET /api/config} (what the map needs to start) and {@code GET /api/openapi.json}. */
public final class MetaController {
    public static final String VERSION = "0.1.0";
    private final AccessAnalysis analysis;
    private final WriteAccess access;
    private final Optional<String> tilesUrl;
    private final byte[] openApi;

    public record HealthJson(String status, String version, int regions, String travelTimeSource) {}

    /** {@code write}: allowed, token (needs the write token) or read-only, for the calling client. */
    public record ConfigJson(String version, String defaultRegion, String tilesUrl, String write,
                             String travelTimeSource, String travelTimeDescription) {}

    public MetaController(AccessAnalysis analysis, WriteAccess access, Optional<String> tilesUrl) {
        this.analysis = analysis;
        this.access = access;
        this.tilesUrl = tilesUrl;
        try (InputStream in = MetaController.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json missing from the jar");
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/health", ctx -> ctx.json(new HealthJson("ok", VERSION, regionCount(),
                analysis.travelTimes().source().label())));
        routes.get("/api/config", this::config);
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    /** How long a health answer may reuse the store's region count: a monitor polling health must not queue on the database. */
    static final long HEALTH_REGION_COUNT_MAX_AGE_NANOS = 5_000_000_000L;
    private record Counted(int regions, long atNanos) {}
    private volatile Counted counted;

    /**
     * The number of regions, asked of the store at most every 5 s: health stays fast while heavy requests hold the
     * database's connections. A store that fails (database down) still fails health once the count is older than that.
     */
    private int regionCount() {
        Counted c = counted;
        long now = System.nanoTime();
        if (c != null && now - c.atNanos() < HEALTH_REGION_COUNT_MAX_AGE_NANOS) return c.regions();
        int regions = analysis.regions().listRegions().size();
        counted = new Counted(regions, now);
        return regions;
    }

    private void config(Context ctx) {
        var regions = analysis.regions().listRegions();
        String defaultRegion = regions.stream().filter(r -> r.code().equals("SML")).findFirst()
                .or(() -> regions.stream().findFirst()).map(r -> r.code()).orElse(null);
        String write = switch (access.decide(ctx)) {
            case ALLOWED -> "allowed";
            case TOKEN_MISSING_OR_WRONG -> "token";
            case READ_ONLY -> "read-only";
        };
        ctx.json(new ConfigJson(VERSION, defaultRegion, tilesUrl.orElse(null), write,
                analysis.travelTimes().source().label(), analysis.travelTimes().description()));
    }
}
