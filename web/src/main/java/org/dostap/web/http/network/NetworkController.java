package org.dostap.web.http.network;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.data.download.DownloadPolicy;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.routing.CachedNetworks;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.network.RoadNetworks;
import org.dostap.web.http.access.WriteAccess;
import org.dostap.web.http.error.Messages;
import org.dostap.web.http.json.JsonBodies;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The road network panel's API: {@code GET /api/network} (in use, cached, last load), {@code POST /api/network/load}
 * (a write: the token, or this computer without one; 202 with the job; every bad field at once, 400) and
 * {@code GET /api/network/load} (the last load's progress; 404 before any). When a load is done the server answers with
 * road times from it: no restart.
 */
public final class NetworkController {
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private final AccessAnalysis analysis;
    private final RoadNetworks networks;
    private final JsonBodies bodies;
    private final WriteAccess access;

    public NetworkController(AccessAnalysis analysis, RoadNetworks networks, JsonBodies bodies, WriteAccess access) {
        this.analysis = analysis;
        this.networks = networks;
        this.bodies = bodies;
        this.access = access;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/network", ctx -> ctx.json(NetworkJson.of(networks, analysis.travelTimes())));
        routes.post("/api/network/load", access.guard(this::load));
        routes.get("/api/network/load", this::job);
    }

    private void job(Context ctx) {
        RoadNetworks.Job job = networks.job().orElseThrow(() -> PlanningException.notFound("No road network has been loaded since the server started."));
        NetworkJson.JobJson json = NetworkJson.JobJson.of(job);
        if (json.error() != null) json = new NetworkJson.JobJson(json.id(), json.status(), json.phase(), json.done(), json.total(),
                json.percent(), json.source(), json.network(), json.note(), Messages.localize(json.error(), ctx), json.startedAt(), json.finishedAt());
        ctx.json(json);
    }

    private void load(Context ctx) {
        RoadNetworks.Source source = source(bodies.read(ctx, NetworkRequestJson.class, NetworkRequestJson.EMPTY));
        ctx.status(202).json(NetworkJson.JobJson.of(networks.load(source)));
    }

    /** The request as a source to load; every problem at once, naming its field. */
    RoadNetworks.Source source(NetworkRequestJson r) {
        ProblemCollector problems = new ProblemCollector();
        int given = (blank(r.cacheKey()) ? 0 : 1) + (blank(r.path()) ? 0 : 1) + (blank(r.url()) ? 0 : 1);
        if (given != 1) {
            problems.field("cache_key", given == 0 ? "give one of cache_key (a cached network), path (an OpenStreetMap file) or url"
                    : "give only one of cache_key, path and url");
            problems.throwIfAny();
        }
        if (!blank(r.md5()) || !blank(r.sha256())) {
            if (blank(r.url())) problems.field(blank(r.md5()) ? "sha256" : "md5", "checksums are checked for downloads (url)");
            checksum(problems, "md5", r.md5(), 32);
            checksum(problems, "sha256", r.sha256(), 64);
        }
        RoadNetworks.Source source = null;
        if (!blank(r.cacheKey())) {
            Optional<CachedNetworks.Entry> e = networks.cached().stream().filter(c -> c.cacheKey().equals(r.cacheKey().trim())).findFirst();
            if (e.isEmpty()) problems.field("cache_key", "no network '" + r.cacheKey() + "' in the graph cache");
            else if (!e.get().available())
                problems.field("cache_key", "the OpenStreetMap file of " + e.get().metadata().osmFileName()
                        + " is no longer where it was imported from: give its path (or url) to load it");
            else source = new RoadNetworks.Source.Cached(e.get().cacheKey());
        } else if (!blank(r.path())) {
            source = file(problems, r.path().trim());
        } else {
            source = download(problems, r, networks.settings().downloadPolicy());
        }
        problems.throwIfAny();
        return source;
    }

    private static RoadNetworks.Source file(ProblemCollector problems, String text) {
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            problems.field("path", "not a file path: " + e.getReason());
            return null;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!path.isAbsolute()) problems.field("path", "give the full path of the file on the server's computer (e.g. /data/bulgaria-latest.osm.pbf)");
        else if (RoutingConfig.SUPPORTED_EXTENSIONS.stream().noneMatch(name::endsWith))
            problems.field("path", "not an OpenStreetMap file name: expected one of " + String.join(", ", RoutingConfig.SUPPORTED_EXTENSIONS));
        else if (!Files.exists(path)) problems.field("path", "file not found: " + text);
        else if (!Files.isRegularFile(path) || !Files.isReadable(path)) problems.field("path", "not a readable file: " + text);
        return new RoadNetworks.Source.File(path);
    }

    private static RoadNetworks.Source download(ProblemCollector problems, NetworkRequestJson r, DownloadPolicy policy) {
        URI url = null;
        try {
            url = new URI(r.url().trim());
        } catch (URISyntaxException e) {
            problems.field("url", "not a valid address: " + e.getReason());
        }
        if (url != null) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) problems.field("url", "an http:// or https:// address is needed");
            else if (url.getHost() == null || url.getHost().isBlank()) problems.field("url", "the address has no host");
            else {
                String p = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
                if (RoutingConfig.SUPPORTED_EXTENSIONS.stream().noneMatch(p::endsWith))
                    problems.field("url", "the address must name an OpenStreetMap file (" + String.join(", ", RoutingConfig.SUPPORTED_EXTENSIONS) + ")");
                else policy.refusal(url).ifPresent(why -> problems.field("url", why)); // each redirect is checked again
            }
        }
        return url == null ? null : new RoadNetworks.Source.Download(url, Optional.ofNullable(blank(r.md5()) ? null : r.md5().trim()),
                Optional.ofNullable(blank(r.sha256()) ? null : r.sha256().trim()));
    }

    private static void checksum(ProblemCollector problems, String field, String value, int digits) {
        if (blank(value)) return;
        String v = value.trim();
        if (!HEX.matcher(v).matches() || v.length() != digits) problems.field(field, "expected " + digits + " hexadecimal digits");
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
