package org.dostap.web.http.error;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.web.http.work.HeavyWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Maps every failure to an HTTP status and an {@link ErrorJson} body, in one place. No stack trace ever
 * reaches a client: unexpected failures are logged with a reference that the response quotes.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final ObjectMapper JSON = org.dostap.web.http.json.JsonBodies.defaultMapper();

    private ErrorMapping() {}

    public static int status(ErrorCode code) {
        return switch (code) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INFEASIBLE, NOT_ON_NETWORK -> 422;
            case UNAVAILABLE -> 503;
        };
    }

    public static void register(RoutesConfig routes) {
        routes.exception(PlanningException.class, ErrorMapping::planning);
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorJson body = e.getStatus() == 413 ? ErrorJson.tooLarge() : ErrorJson.of(errorName(e.getStatus()), e.getMessage());
            ctx.status(e.getStatus()).json(Messages.localize(body, ctx));
        });
        routes.exception(Exception.class, ErrorMapping::unexpected);
        routes.error(404, ctx -> {
            boolean answered = ctx.res().getContentType() != null && ctx.res().getContentType().contains("json");
            if (ctx.path().startsWith("/api/") && !answered) // no route matched: say so in JSON too
                ctx.json(Messages.localize(ErrorJson.of("not_found", "No such endpoint: " + ctx.method() + " " + ctx.path()
                        + ". See /api/openapi.json for the API."), ctx));
        });
    }

    private static void planning(PlanningException e, Context ctx) {
        if (e.code() == ErrorCode.UNAVAILABLE) ctx.header("Retry-After", String.valueOf(HeavyWork.RETRY_AFTER_SECONDS));
        ctx.status(status(e.code())).json(Messages.localize(ErrorJson.of(e), ctx));
    }

    private static void unexpected(Exception e, Context ctx) {
        if (clientFault(e, ctx)) return;
        String reference = UUID.randomUUID().toString().substring(0, 8);
        OutOfMemoryError oom = outOfMemoryIn(e);
        if (oom != null) LOG.error(outOfMemoryLine(ctx.method() + " " + ctx.path(), reference, oom));
        else LOG.error("Unexpected failure on {} {} (reference {})", ctx.method(), ctx.path(), reference, e);
        ctx.status(500).json(Messages.localize(internal(reference), ctx));
    }

    /**
     * A request body the client sent too slowly (Jetty's minimum data rate: 408) or cut short (the connection closed
     * before its Content-Length: 400): the client's doing, answered as such with one log line, not a 500 with a stack trace.
     */
    private static boolean clientFault(Exception e, Context ctx) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException he && he.getCode() == 408) {
                LOG.warn("Request body too slow on {} {} from {}: refused (408)", ctx.method(), ctx.path(), ctx.ip());
                ctx.status(408).json(Messages.localize(ErrorJson.tooSlow(), ctx));
                return true;
            }
            if (t instanceof org.eclipse.jetty.io.EofException) {
                LOG.warn("Request body cut short on {} {} from {}: the client closed the connection", ctx.method(), ctx.path(), ctx.ip());
                ctx.status(400).json(Messages.localize(ErrorJson.of("invalid_input", "The request body ended before its"
                        + " Content-Length: the connection was closed while it was being sent."), ctx));
                return true;
            }
        }
        return false;
    }

    private static ErrorJson internal(String reference) {
        return ErrorJson.of("internal", "Something went wrong on the server (reference " + reference
                + "). Nothing was changed. Please try again; if it persists, tell the operator the reference.");
    }

    /**
     * A {@link java.lang.Error} thrown on a request thread outside the heavy-work executor (Javalin's last resort, with no
     * context): the same JSON 500 with a reference as any unexpected failure; an {@link OutOfMemoryError} gets one log
     * line (no stack trace: the memory the request held is garbage once it unwinds, and the server goes on).
     */
    public static void fatal(HttpServletResponse res, Error error) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (error instanceof OutOfMemoryError oom) LOG.error(outOfMemoryLine("a request", reference, oom));
        else LOG.error("Fatal error on a request (reference {})", reference, error);
        try {
            if (res.isCommitted()) return;
            res.resetBuffer();
            res.setStatus(500);
            res.setContentType("application/json");
            res.setCharacterEncoding("UTF-8");
            res.getOutputStream().write(JSON.writeValueAsBytes(internal(reference)));
        } catch (IOException | RuntimeException ignored) {
            // the client went away or the response cannot be written: the log line has the reference
        }
    }

    private static String outOfMemoryLine(String where, String reference, OutOfMemoryError e) {
        return "Out of memory on " + where + " (reference " + reference + "): " + e.getMessage() + "; the request was dropped, the server goes on";
    }

    /** The OutOfMemoryError among {@code e}'s causes, or null. */
    private static OutOfMemoryError outOfMemoryIn(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) if (t instanceof OutOfMemoryError oom) return oom;
        return null;
    }

    private static String errorName(int status) {
        return switch (status) {
            case 400 -> "invalid_input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }
}
