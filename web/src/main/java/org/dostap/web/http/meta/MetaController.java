package org.dostap.web.http.meta;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.http.access.WriteAccess;
import org.dostap.web.http.work.Answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * {@code GET /api/health} (answered from bytes refreshed in the background: {@link HealthReport}), {@code GET /api/config}
 * (what the map needs to start) and {@code GET /api/openapi.json}.
 */
public final class MetaController implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private final AccessAnalysis analysis;
    private final WriteAccess access;
    private final Optional<String> tilesUrl;
    private final Answer openApi;
    private final HealthReport health;

    /** {@code write}: allowed, token (needs the write token) or read-only, for the calling client. */
    public record ConfigJson(String version, String defaultRegion, String tilesUrl, String write,
                             String travelTimeSource, String travelTimeDescription) {}

    public MetaController(AccessAnalysis analysis, WriteAccess access, Optional<String> tilesUrl, ObjectMapper mapper) {
        this.analysis = analysis;
        this.health = new HealthReport(analysis, mapper);
        this.access = access;
        this.tilesUrl = tilesUrl;
        try (InputStream in = MetaController.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json missing from the jar");
            this.openApi = Answer.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/health", health::send);
        routes.get("/api/config", this::config);
        routes.get("/api/openapi.json", ctx -> openApi.send(ctx, "application/json"));
    }

    @Override
    public void close() { health.close(); }

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
