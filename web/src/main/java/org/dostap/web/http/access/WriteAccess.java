package org.dostap.web.http.access;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Who may write (save, rename, delete scenarios). With a token configured by the operator
 * ({@code --token} or {@code DOSTAP_TOKEN}) every write must present it ({@code Authorization: Bearer T} or
 * {@code X-Dostap-Token: T}); without one the server is read-only except for requests from the loopback address.
 */
public final class WriteAccess {
    public enum Decision { ALLOWED, TOKEN_MISSING_OR_WRONG, READ_ONLY }

    private final Optional<String> token;

    public WriteAccess(Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank());
    }

    public boolean tokenRequired() { return token.isPresent(); }

    /** The rule itself, without HTTP. */
    public static Decision decide(Optional<String> configuredToken, String remoteAddress, String presentedToken) {
        if (configuredToken.isPresent()) {
            byte[] expected = configuredToken.get().getBytes(StandardCharsets.UTF_8);
            byte[] presented = (presentedToken == null ? "" : presentedToken).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, presented) ? Decision.ALLOWED : Decision.TOKEN_MISSING_OR_WRONG;
        }
        return isLoopback(remoteAddress) ? Decision.ALLOWED : Decision.READ_ONLY;
    }

    /** Whether the request in {@code ctx} may write. */
    public Decision decide(Context ctx) {
        return decide(token, ctx.req().getRemoteAddr(), presentedToken(ctx));
    }

    /** Wraps a write handler: refused with 401/403 and a message saying what to do. */
    public Handler guard(Handler write) {
        return ctx -> {
            switch (decide(ctx)) {
                case ALLOWED -> write.handle(ctx);
                case TOKEN_MISSING_OR_WRONG -> throw new HttpResponseException(401,
                        "Saving scenarios and running optimizations need the write token of this server. Send it as 'Authorization: Bearer <token>'"
                                + " (the map asks for it). Ask the operator for the token.", Map.of());
                case READ_ONLY -> throw new HttpResponseException(403,
                        "This server is read-only for other computers: it was started without a write token."
                                + " The operator can start it with --token or DOSTAP_TOKEN to allow saving.", Map.of());
            }
        };
    }

    static String presentedToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).trim();
        String header = ctx.header("X-Dostap-Token");
        return header == null ? null : header.trim();
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) return false;
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!a.matches("[0-9a-fA-F:.]+")) return false; // literal IP only: never resolve names
        try {
            return InetAddress.getByName(a).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
