package org.dostap.web.http.access;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.web.http.json.Texts;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every request before it reaches a route, and puts the security headers on every response.
 * <ul>
 * <li>Without a write token the server trusts loopback clients, and a browser on this computer is one: so the
 * {@code Host} header must name this server (a loopback address, {@code localhost}, the address the request arrived
 * on, the {@code --host} given, or this computer's name) - a page on another name that resolves here (DNS rebinding)
 * is refused (400) - and an {@code Origin} header, when present, must be this same server (another site: 403).</li>
 * <li>POST, PUT and PATCH under {@code /api/} must say {@code Content-Type: application/json} (415 otherwise), so that
 * a cross-site form or {@code text/plain} request is never parsed as JSON.</li>
 * <li>Every response: a Content-Security-Policy the page passes (own scripts only, inline styles for Leaflet,
 * images from the tile server), {@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY},
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}.</li>
 * </ul>
 */
public final class RequestGuard {
    private final boolean tokenConfigured;
    private final Set<String> ownNames = new TreeSet<>();
    private final String csp;

    /**
     * @param listenHost the address given with {@code --host}
     * @param tilesUrl   the tile URL template, whose origin the map may load images from
     */
    public RequestGuard(boolean tokenConfigured, String listenHost, Optional<String> tilesUrl) {
        this.tokenConfigured = tokenConfigured;
        ownNames.add("localhost");
        String h = bare(listenHost);
        if (!h.isEmpty() && !h.equals("0.0.0.0") && !h.equals("::")) ownNames.add(h);
        try {
            InetAddress local = InetAddress.getLocalHost();
            ownNames.add(local.getHostName().toLowerCase(Locale.ROOT));
        } catch (Exception e) {
            // no name for this computer: loopback and addresses still work
        }
        this.csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
                + tilesUrl.map(RequestGuard::origin).map(o -> " " + o).orElse("")
                + "; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The Content-Security-Policy sent with every response. */
    public String contentSecurityPolicy() { return csp; }

    /** The before-handler: headers first (so refusals carry them too), then the checks. */
    public void check(Context ctx) {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!tokenConfigured) {
            String host = ctx.header("Host");
            if (host == null || !namesThisServer(hostName(host), ctx.req().getLocalAddr()))
                throw new HttpResponseException(400, "The Host header '" + (host == null ? "" : host) + "' does not name"
                        + " this server. Open the map by this computer's address (e.g. http://127.0.0.1:" + ctx.req().getLocalPort()
                        + "/), or the operator can start the server with --token.", Map.of());
            String origin = ctx.header("Origin");
            if (origin != null && !sameOrigin(origin, host))
                throw new HttpResponseException(403, "Requests from another site (Origin " + origin + ") are refused:"
                        + " only pages of this server may use its API.", Map.of());
        }
        String path;
        try {
            path = java.net.URLDecoder.decode(ctx.path().replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = "\u0000"; // a broken %-escape: refused below like a control character
        }
        if (Texts.firstControlCharacter(path) >= 0 || path.length() > 2_000)
            throw PlanningException.invalid(List.of(Problem.atField("path", "the address contains a control character or is too long")));
        ProblemCollector bad = new ProblemCollector();
        ctx.queryParamMap().forEach((name, values) -> {
            for (String v : values)
                if (Texts.firstControlCharacter(name) >= 0 || Texts.firstControlCharacter(v) >= 0)
                    bad.field("query." + (Texts.firstControlCharacter(name) >= 0 ? "?" : name), "contains a control character; only printable text is accepted");
                else if (v.length() > 1_000) bad.field("query." + name, "is longer than 1000 characters");
        });
        bad.throwIfAny();
        String method = ctx.method().name();
        if (ctx.path().startsWith("/api/") && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            String type = ctx.header("Content-Type");
            String mime = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!mime.equals("application/json"))
                throw new HttpResponseException(415, "The request body must be JSON, sent with 'Content-Type: application/json'"
                        + (type == null ? " (no Content-Type was given)." : " (got '" + type + "')."), Map.of());
        }
    }

    /** Whether {@code name} (lower case, no port, no brackets) is this server arriving on {@code localAddress}. */
    boolean namesThisServer(String name, String localAddress) {
        if (name.isEmpty()) return false;
        if (ownNames.contains(name) || WriteAccess.isLoopback(name)) return true;
        return localAddress != null && name.equals(bare(localAddress).toLowerCase(Locale.ROOT));
    }

    /** {@code Origin: scheme://host[:port]} against the {@code Host} header (already checked to be this server). */
    static boolean sameOrigin(String origin, String host) {
        try {
            URI u = URI.create(origin.trim());
            if (u.getScheme() == null || u.getHost() == null) return false;
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            String h = host.trim().toLowerCase(Locale.ROOT);
            String hostOnly = hostName(h);
            int colon = h.lastIndexOf(':');
            int hostPort = colon > h.lastIndexOf(']') && colon >= 0 ? Integer.parseInt(h.substring(colon + 1)) : port;
            return hostOnly.equals(bare(u.getHost()).toLowerCase(Locale.ROOT)) && port == hostPort;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The name of a Host header: lower case, without port or IPv6 brackets. */
    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? "" : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) h = h.substring(0, colon);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static String bare(String address) {
        if (address == null) return "";
        String a = address.trim();
        return a.startsWith("[") && a.endsWith("]") ? a.substring(1, a.length() - 1) : a;
    }

    private static String origin(String urlTemplate) {
        try {
            URI u = URI.create(urlTemplate.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
                    .replace("{r}", ""));
            if (u.getScheme() == null || u.getHost() == null) return "";
            String host = urlTemplate.contains("{s}.") ? "*." + u.getHost().substring(u.getHost().indexOf('.') + 1) : u.getHost();
            return u.getScheme() + "://" + host + (u.getPort() >= 0 ? ":" + u.getPort() : "");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
