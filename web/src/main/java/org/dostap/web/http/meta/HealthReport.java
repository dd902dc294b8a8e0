package org.dostap.web.http.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.http.work.HeavyWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/health} answered from bytes that a thread of its own refreshes every second: the request touches no
 * store, no database connection, no lock and serialises nothing, so a monitor's checks stay fast while heavy requests
 * hold the CPU, the heavy-work queue or the database's connection pool. The refresh asks the region store for its
 * regions (on PostGIS a query: it fails while the database is down); while the last check failed health answers 503
 * ({@code status} {@code unavailable}, the reason in {@code message}) with {@code Retry-After}, then 200 again once a
 * check succeeds. {@code checked_at} says when the store was last asked.
 */
public final class HealthReport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HealthReport.class);
    /** How often the store is asked. */
    public static final long REFRESH_MILLIS = 1_000;

    /** {@code status}: ok or unavailable; {@code message}: why it is unavailable (null when ok). */
    public record HealthJson(String status, String version, int regions, String travelTimeSource, String checkedAt,
                             String message) {}

    private record Ready(int httpStatus, byte[] bytes) {}

    private final AccessAnalysis analysis;
    private final ObjectMapper mapper;
    private final ScheduledExecutorService refresher;
    private volatile Ready ready;
    private volatile int lastRegions;
    private volatile boolean lastFailed;

    public HealthReport(AccessAnalysis analysis, ObjectMapper mapper) {
        this.analysis = analysis;
        this.mapper = mapper;
        refresh(); // the first answer before the server takes requests
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dostap-health");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Sends the last prepared answer. */
    public void send(Context ctx) {
        Ready r = ready;
        if (r.httpStatus() != 200) ctx.header("Retry-After", String.valueOf(HeavyWork.RETRY_AFTER_SECONDS));
        ctx.status(r.httpStatus()).header("Cache-Control", "no-store").contentType("application/json").result(r.bytes());
    }

    /** Asks the store and prepares the next answer (never throws: the refresher must go on). */
    void refresh() {
        String source;
        try {
            source = analysis.travelTimes().source().label();
        } catch (RuntimeException e) {
            source = null;
        }
        String now = Instant.now().toString();
        try {
            int regions = analysis.regions().listRegions().size();
            lastRegions = regions;
            if (lastFailed) LOG.info("Health: the region store answers again ({} regions)", regions);
            lastFailed = false;
            ready = new Ready(200, json(new HealthJson("ok", MetaController.VERSION, regions, source, now, null)));
        } catch (RuntimeException e) {
            if (!lastFailed) LOG.warn("Health: the region store does not answer: {}", e.getMessage());
            lastFailed = true;
            ready = new Ready(503, json(new HealthJson("unavailable", MetaController.VERSION, lastRegions, source, now,
                    "The region store does not answer: " + e.getMessage())));
        } catch (Error e) {
            if (e instanceof VirtualMachineError vm && !(vm instanceof OutOfMemoryError)) throw e;
            // out of memory elsewhere: keep the last answer, try again at the next tick
        }
    }

    private byte[] json(HealthJson h) {
        try {
            return mapper.writeValueAsBytes(h);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the health answer", e);
        }
    }

    @Override
    public void close() { refresher.shutdownNow(); }
}
