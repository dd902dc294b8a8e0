package org.dostap.web.analysis.network;

import org.dostap.data.download.DownloadPolicy;
import org.dostap.data.download.ExtractDownload;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.routing.CachedNetworks;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads a road network while the server runs and switches the analysis to it ({@link AccessAnalysis#switchTo}): a
 * cached graph, a local OpenStreetMap file or a download, one at a time, as a job on the heavy-work executor (download,
 * import, fit of the estimate on it, preparing the regions in use, switch). A job that fails leaves the network in use
 * as it was; an interrupted import leaves no graph in the cache ({@code GraphLoader}). A network this service loaded
 * and then replaced is closed after {@link #RETIRE_AFTER} (answers still being computed on it finish first).
 */
public final class RoadNetworks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RoadNetworks.class);
    /** How long a replaced network stays open for the work still running on it. */
    static final Duration RETIRE_AFTER = Duration.ofMinutes(15);
    /** The longest a load may take (the Bulgaria extract: a download and a few minutes of import). */
    static final Duration TIME_LIMIT = Duration.ofHours(6);

    /**
     * Where networks live and how they are opened.
     *
     * @param cacheDir    the graph cache folder ({@code network import --cache-dir}); null: loading is not offered
     * @param downloadDir where downloads go
     * @param startedWith how the travel times in use at start were chosen
     * @param localDownloadsAllowed whether a download may come from a loopback or private address (a local mirror;
     *                              {@code serve --allow-local-downloads}); else public addresses only
     */
    public record Settings(Path cacheDir, Path downloadDir, double accessSpeedKmh, double maxSnapDistanceMetres,
                           Set<TravelMode> modes, Origin startedWith, boolean localDownloadsAllowed) {
        public Settings {
            modes = Set.copyOf(modes);
        }

        /** What a download of the panel may reach and take. */
        public DownloadPolicy downloadPolicy() {
            return localDownloadsAllowed ? DownloadPolicy.anyAddress() : DownloadPolicy.publicOnly();
        }

        /** The same, allowing downloads from a local mirror. */
        public Settings allowingLocalDownloads() {
            return new Settings(cacheDir, downloadDir, accessSpeedKmh, maxSnapDistanceMetres, modes, startedWith, true);
        }

        /** Default snapping and both profiles, in {@code cacheDir} (downloads in {@code cacheDir/downloads}). */
        public static Settings in(Path cacheDir, Origin startedWith) {
            return new Settings(cacheDir, cacheDir == null ? null : cacheDir.resolve("downloads"), RoutingConfig.DEFAULT_ACCESS_SPEED_KMH,
                    RoutingConfig.DEFAULT_MAX_SNAP_DISTANCE_METRES, Set.of(TravelMode.CAR, TravelMode.FOOT), startedWith, false);
        }

        /** No graph cache: the network in use is reported, none can be loaded. */
        public static Settings none(Origin startedWith) { return in(null, startedWith); }
    }

    /** How the travel times in use were chosen. */
    public enum Origin {
        /** estimated (no network). */ ESTIMATE("estimate"),
        /** {@code serve --osm FILE}. */ OSM_OPTION("osm_option"),
        /** {@code serve} without {@code --osm}: the most recent cached network. */ CACHED_AT_START("cached_at_start"),
        /** loaded while the server runs. */ LOADED("loaded");

        private final String label;

        Origin(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** What to load. */
    public sealed interface Source {
        /** A graph already in the cache, by its key. */
        record Cached(String cacheKey) implements Source {}

        /** A local OpenStreetMap file. */
        record File(Path path) implements Source {}

        /** A download, checked against the checksum given or the provider's {@code .md5}. */
        record Download(URI url, Optional<String> md5, Optional<String> sha256) implements Source {}
    }

    /**
     * A load, as it stands. {@code status}: running, done, failed; {@code phase}: download, import, fit, prepare, done;
     * {@code done}/{@code total}: progress of the phase (bytes while downloading); {@code note}: e.g. the estimate could
     * not be fitted, or the network was already in use.
     */
    public record Job(String id, String status, String phase, long done, long total, String source, String network,
                      String note, PlanningException error, Instant startedAt, Instant finishedAt) {
        Job phase(String newPhase, long newDone, long newTotal) {
            return new Job(id, status, newPhase, newDone, newTotal, source, network, note, error, startedAt, finishedAt);
        }

        Job finished(String newStatus, String newNetwork, String newNote, PlanningException newError) {
            return new Job(id, newStatus, newStatus.equals("done") ? "done" : phase, done, total, source, newNetwork, newNote,
                    newError, startedAt, Instant.now());
        }

        public boolean running() { return status.equals("running"); }
    }

    /**
     * Where loads run: the server's heavy-work executor (which admits work by its estimated memory and may refuse it as
     * busy, and stops it past its time limit).
     */
    public interface Executor {
        java.util.concurrent.CompletableFuture<Void> submit(String what, long estimatedBytes, Duration timeLimit,
                                                            java.util.concurrent.Callable<Void> work);

        /** The most memory one piece of work may claim. */
        long budgetBytes();
    }

    private final AccessAnalysis analysis;
    private final Settings settings;
    private final Executor work;
    private final AtomicInteger jobs = new AtomicInteger();
    private final List<RoadNetwork> opened = new ArrayList<>(); // guarded by this
    private final ScheduledExecutorService retire = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dostap-network-retire");
        t.setDaemon(true);
        return t;
    });
    private volatile Job job;
    private volatile Origin origin;

    public RoadNetworks(AccessAnalysis analysis, Settings settings, Executor work) {
        this.analysis = analysis;
        this.settings = settings;
        this.work = work;
        this.origin = settings.startedWith();
    }

    public Settings settings() { return settings; }

    /** Whether networks can be loaded (the server has a graph cache folder). */
    public boolean loadingOffered() { return settings.cacheDir() != null; }

    /** How the travel times in use were chosen. */
    public Origin origin() { return origin; }

    /** The road network in use, if any. */
    public Optional<RoadNetwork> current() {
        return analysis.travelTimes() instanceof RoadNetwork road ? Optional.of(road) : Optional.empty();
    }

    /** The networks of the graph cache, most recent first. */
    public List<CachedNetworks.Entry> cached() { return CachedNetworks.list(settings.cacheDir()); }

    /** The last load (running or finished), if any. */
    public Optional<Job> job() { return Optional.ofNullable(job); }

    /**
     * Starts loading {@code source}; the analysis switches to it when it is ready.
     *
     * @throws PlanningException CONFLICT while another load runs; INVALID_INPUT when loading is not offered;
     *                           the executor's refusal when it cannot take it
     */
    public synchronized Job load(Source source) {
        if (!loadingOffered())
            throw PlanningException.invalid(List.of(Problem.atField("source", "this server has no graph cache folder: start it with "
                    + "dostap serve to load road networks")));
        Job running = job;
        if (running != null && running.running())
            throw new PlanningException(ErrorCode.CONFLICT, "A road network is being loaded (" + running.source()
                    + ", job " + running.id() + "); wait until it is done.");
        Job started = new Job(String.valueOf(jobs.incrementAndGet()), "running", source instanceof Source.Download ? "download" : "import",
                0, 0, describe(source), null, null, null, Instant.now(), null);
        long cost = source instanceof Source.File f ? importBytes(f.path()) : 64L << 20;
        job = started;
        try {
            work.submit("loading the road network " + started.source(), Math.min(cost, work.budgetBytes() / 4), TIME_LIMIT,
                    () -> run(started.id(), source)).whenComplete((r, e) -> {
                if (e != null) fail(started.id(), e);
            });
        } catch (RuntimeException busy) {
            job = running;
            throw busy;
        }
        return started;
    }

    private static long importBytes(Path file) {
        try {
            return Math.max(32L << 20, 8 * Files.size(file)); // the import's peak, roughly; capped at a quarter of the budget
        } catch (java.io.IOException e) {
            return 64L << 20;
        }
    }

    private static String describe(Source source) {
        if (source instanceof Source.Cached c) return "cached network " + c.cacheKey();
        if (source instanceof Source.File f) return String.valueOf(f.path().getFileName());
        return ((Source.Download) source).url().toString();
    }

    private Void run(String id, Source source) {
        Path file;
        if (source instanceof Source.Cached c)
            file = cached().stream().filter(e -> e.cacheKey().equals(c.cacheKey())).findFirst()
                    .flatMap(CachedNetworks.Entry::osmFile).orElseThrow(() -> PlanningException.invalid(List.of(
                            Problem.atField("cache_key", "no cached network '" + c.cacheKey() + "' with its OpenStreetMap file"))));
        else if (source instanceof Source.File f) file = f.path();
        else {
            Source.Download d = (Source.Download) source;
            file = new ExtractDownload(settings.downloadPolicy()).fetch(d.url(), settings.downloadDir(), d.md5(), d.sha256(), progress(id, "download")).file();
        }
        update(id, j -> j.phase("import", 0, 0));
        RoutingConfig config = new RoutingConfig(file, settings.cacheDir(), settings.accessSpeedKmh(),
                settings.maxSnapDistanceMetres(), settings.modes(), RoutingConfig.DEFAULT_MIN_NETWORK_SIZE);
        RoadNetwork network = RoadNetwork.open(config, progress(id, "import"));
        boolean switched = false;
        try {
            String key = network.metadata().cacheKey();
            if (current().map(n -> n.metadata().cacheKey().equals(key)).orElse(false)) {
                update(id, j -> j.finished("done", network.metadata().osmFileName(), "already in use", null));
                return null;
            }
            String note = null;
            update(id, j -> j.phase("fit", 0, 0));
            try {
                network.fitEstimate(progress(id, "fit"));
            } catch (PlanningException e) {
                note = "the estimate was not fitted on this network: " + e.getMessage();
            }
            update(id, j -> j.phase("prepare", 0, 0));
            synchronized (this) {
                opened.add(network);
            }
            TravelTimeProvider previous = analysis.switchTo(network, progress(id, "prepare"));
            switched = true;
            origin = Origin.LOADED;
            retireLater(previous);
            String n = note;
            update(id, j -> j.finished("done", network.metadata().osmFileName(), n, null));
            LOG.info("Road times now from {} (loaded while running, job {})", network.metadata().describe(), id);
            return null;
        } finally {
            if (!switched) {
                synchronized (this) {
                    opened.remove(network);
                }
                network.close();
            }
        }
    }

    /** Closes a replaced network that this service opened, once the work still running on it is done. */
    private void retireLater(TravelTimeProvider previous) {
        if (!(previous instanceof RoadNetwork road)) return;
        synchronized (this) {
            if (!opened.contains(road)) return; // opened by serve itself: closed with the server
        }
        retire.schedule(() -> {
            synchronized (this) {
                if (!opened.remove(road)) return;
            }
            road.close();
        }, RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fail(String id, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        PlanningException error = cause instanceof PlanningException p ? p
                : new PlanningException(ErrorCode.UNAVAILABLE, "The road network could not be loaded: " + cause.getMessage());
        if (!(cause instanceof PlanningException)) LOG.warn("Loading a road network failed (job {})", id, cause);
        update(id, j -> j.finished("failed", null, null, error));
    }

    private ProgressListener progress(String id, String phase) {
        return (done, total) -> update(id, j -> j.phase(phase, done, total));
    }

    private synchronized void update(String id, java.util.function.UnaryOperator<Job> change) {
        Job j = job;
        if (j != null && j.id().equals(id) && j.running()) job = change.apply(j);
    }

    @Override
    public void close() {
        retire.shutdownNow();
        List<RoadNetwork> toClose;
        synchronized (this) {
            toClose = List.copyOf(opened);
            opened.clear();
        }
        toClose.forEach(RoadNetwork::close);
    }
}
