package org.dostap.web.cli;

import org.dostap.engine.common.PlanningException;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.routing.CachedNetworks;
import org.dostap.web.analysis.network.RoadNetworks;

import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/** {@code dostap serve}: the coverage map in the browser, on the bundled Smolyan pilot unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web map and API (bundled data, Smolyan pilot first; no database needed).",
                "Open the printed URL in a browser. Stop with Ctrl+C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 = every network).")
    String host;

    @Mixin
    NetworkOptions network;

    @Option(names = "--db", paramLabel = "URL", description = "PostGIS database (e.g. postgresql://user:pass@localhost:5432/dostap) instead of the bundled data and in-memory scenarios.")
    String db;

    @Option(names = "--token", paramLabel = "T", description = "Write token: saving scenarios then needs it (Authorization: Bearer T). Also read from DOSTAP_TOKEN. Without one, only this computer (127.0.0.1) may save.")
    String token;

    @Option(names = "--tiles", paramLabel = "URL", description = "OSM tile URL template for a background map, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: none, works offline).")
    String tiles;

    @Option(names = "--region", defaultValue = "SML", description = "Region prepared at start-up and opened first (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--estimated", description = "Estimated travel times even when the graph cache holds a road network "
            + "(without --osm, serve uses the most recently imported cached network whose OpenStreetMap file is still there).")
    boolean estimated;

    @Option(names = "--allow-local-downloads", description = "Let the Road network panel download from loopback and private-network"
            + " addresses (a local mirror of the extracts). Without it only public addresses are downloaded from, every redirect checked.")
    boolean allowLocalDownloads;

    @Option(names = "--max-request-kb", defaultValue = "256", description = "Largest request body accepted, in KiB (default: ${DEFAULT-VALUE}).")
    int maxRequestKb;

    @Override
    public Integer call() throws InterruptedException {
        if (network.closuresFile().isPresent())
            throw PlanningException.invalid(java.util.List.of(new org.dostap.engine.common.Problem(CommandLineProblems.option("--closures"),
                    "serve keeps the baseline open: draw road closures on the map as scenario edits (kind close-roads)")));
        WebConfig web = web();
        if (estimated && network.roadNetworkRequested())
            throw PlanningException.invalid(java.util.List.of(new org.dostap.engine.common.Problem(CommandLineProblems.option("--estimated"),
                    "--estimated and --osm exclude each other: give one")));
        RoadNetworks.Origin origin = network.roadNetworkRequested() ? RoadNetworks.Origin.OSM_OPTION : RoadNetworks.Origin.ESTIMATE;
        Path cacheDir = network.cacheDirOrDefault();
        if (!estimated && !network.roadNetworkRequested()) {
            Optional<CachedNetworks.Entry> cached = CachedNetworks.mostRecentAvailable(cacheDir);
            if (cached.isPresent()) {
                var m = cached.get().metadata();
                System.out.println("No --osm given: using the most recent cached road network " + m.osmFileName() + " (OSM data "
                        + (m.osmDataTimestamp().isEmpty() ? "date unknown" : m.osmDataTimestamp()) + ", imported " + m.importedAt()
                        + ") from " + cacheDir.toAbsolutePath() + "; --estimated for estimated times, --osm FILE for another network.");
                network.osmFile = cached.get().osmFile().orElseThrow();
                origin = RoadNetworks.Origin.CACHED_AT_START;
            }
        }
        Path downloads = network.cacheDir == null ? Path.of(System.getProperty("user.home"), ".dostap", "downloads") : cacheDir.resolve("downloads");
        ProblemCollector modeProblems = new ProblemCollector();
        var modes = NetworkOptions.parseModes(network.profiles, modeProblems);
        modeProblems.throwIfAny();
        RoadNetworks.Settings networks = new RoadNetworks.Settings(cacheDir, downloads, network.accessSpeedKmh,
                network.snapMaxMetres, modes, origin, allowLocalDownloads);
        AppWiring.Settings settings = new AppWiring.Settings(web, Optional.ofNullable(db), region, networks);
        AppWiring.Running running;
        try {
            running = AppWiring.start(settings, network.openProvider(System.err));
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class))
                throw PlanningException.invalid("Cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                        + "). Another program may be using the port: choose another with --port.");
            throw e;
        }
        var travel = running.analysis().travelTimes();
        System.out.println("Dostap is running: " + running.app().url());
        System.out.println("  travel times: " + travel.source().label() + " (" + travel.description() + ")");
        if (db == null) System.out.println("  data: bundled (Smolyan pilot facilities are ILLUSTRATIVE); scenarios kept in memory");
        else System.out.println("  data: PostGIS database");
        System.out.println("  saving scenarios: " + (web.writeToken().isPresent() ? "needs the write token"
                : "allowed from this computer only (read-only for others)"));
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1") && web.writeToken().isEmpty())
            System.out.println("  note: listening on " + host + "; other computers can view but not save (no --token).");
        System.out.println("Stop with Ctrl+C.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "dostap-shutdown"));
        stopped.await();
        return DostapCommand.EXIT_OK;
    }

    WebConfig web() {
        String t = token != null ? token : System.getenv("DOSTAP_TOKEN");
        if (port < 0 || port > 65535) throw PlanningException.invalid("--port must be between 0 and 65535, got " + port);
        if (maxRequestKb < 1 || maxRequestKb > 65536) throw PlanningException.invalid("--max-request-kb must be between 1 and 65536, got " + maxRequestKb);
        return new WebConfig(host, port, Optional.ofNullable(tiles), Optional.ofNullable(t), maxRequestKb * 1024L);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
