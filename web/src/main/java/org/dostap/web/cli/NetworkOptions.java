package org.dostap.web.cli;

import org.dostap.data.input.ClosureFileReader;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.RoadClosure;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Road-network options shared by commands ({@code coverage}, {@code serve}, ...): add with
 * {@code @Mixin NetworkOptions network;} then call {@link #openProvider}. Without {@code --osm} travel times
 * are estimated (great-circle distance x detour factor / speed) and every output says so.
 * The caller closes a returned {@link RoadNetwork} when done ({@code if (p instanceof AutoCloseable c) c.close()}).
 */
public final class NetworkOptions {
    @Option(names = "--osm", paramLabel = "FILE",
            description = "OpenStreetMap extract (.osm.pbf, .osm, .osm.gz) for road travel times; imported once into the graph cache. "
                    + "Without it travel times are estimated.")
    Path osmFile;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Graph cache folder (default: ${user.home}/.dostap/graph-cache).")
    Path cacheDir;

    @Option(names = "--snap-max-m", paramLabel = "METRES", defaultValue = "1000",
            description = "A point farther than this from every road is reported not connected (default: ${DEFAULT-VALUE}).")
    double snapMaxMetres = RoutingConfig.DEFAULT_MAX_SNAP_DISTANCE_METRES;

    @Option(names = "--access-speed-kmh", paramLabel = "KMH", defaultValue = "4.5",
            description = "Walking speed from a point to the road it snaps to (default: ${DEFAULT-VALUE}).")
    double accessSpeedKmh = RoutingConfig.DEFAULT_ACCESS_SPEED_KMH;

    @Option(names = {"--profile", "--profiles"}, paramLabel = "NAME", split = ",", defaultValue = "car,foot",
            description = "Road profiles to import: car, foot (default: ${DEFAULT-VALUE}).")
    List<String> profiles = List.of("car", "foot");

    @Option(names = "--closures", paramLabel = "FILE.geojson",
            description = "Closed roads (needs --osm): a GeoJSON FeatureCollection of Polygon (roads inside closed) and "
                    + "LineString (roads it crosses closed) features; properties name, season, road_classes (e.g. track,unclassified).")
    Path closuresFile;

    public boolean roadNetworkRequested() { return osmFile != null; }

    public Optional<Path> closuresFile() { return Optional.ofNullable(closuresFile); }

    /** The closures of {@code --closures} (empty without it); problems of the file or of its use go to {@code problems}. */
    public List<RoadClosure> readClosures(ProblemCollector problems) {
        if (closuresFile == null) return List.of();
        if (osmFile == null) {
            problems.add(CommandLineProblems.option("--closures"), "road closures need road travel times: add --osm FILE");
            return List.of();
        }
        try {
            return ClosureFileReader.read(closuresFile);
        } catch (PlanningException e) {
            e.problems().forEach(problems::add);
            return List.of();
        }
    }

    public Optional<Path> osmFile() { return Optional.ofNullable(osmFile); }

    /** The validated routing settings for {@code --osm FILE}; every problem at once as a {@link PlanningException}. */
    public RoutingConfig routingConfig(Path osm) {
        ProblemCollector problems = new ProblemCollector();
        Set<TravelMode> modes = parseModes(profiles, problems);
        if (!problems.isEmpty()) {
            // report the settings' own problems too, in one message
            try {
                new RoutingConfig(osm, cacheDirOrDefault(), accessSpeedKmh, snapMaxMetres, EnumSet.of(TravelMode.CAR),
                        RoutingConfig.DEFAULT_MIN_NETWORK_SIZE);
            } catch (PlanningException e) {
                problems.addAll(e);
            }
            problems.throwIfAny();
        }
        return new RoutingConfig(osm, cacheDirOrDefault(), accessSpeedKmh, snapMaxMetres, modes,
                RoutingConfig.DEFAULT_MIN_NETWORK_SIZE);
    }

    /**
     * {@code --mode}: a known travel mode, and with {@code --osm} one of the imported profiles; a problem otherwise.
     * @return the mode, or null when unknown (reported)
     */
    public TravelMode travelMode(String text, ProblemCollector problems) {
        TravelMode mode = TravelMode.parse(text).orElse(null);
        if (mode == null) problems.add(CommandLineProblems.option("--mode"), "unknown travel mode '" + text + "': use car or foot");
        if (!roadNetworkRequested()) return mode;
        try {
            RoutingConfig config = routingConfig(osmFile().orElseThrow());
            if (mode != null && !config.modes().contains(mode))
                problems.add(CommandLineProblems.option("--mode"), "travel mode " + mode.label() + " is not among the imported profiles "
                        + config.modes().stream().map(TravelMode::label).toList() + ": add it to --profile");
        } catch (PlanningException e) {
            e.problems().forEach(p -> problems.add(CommandLineProblems.orAt(p, "--osm")));
        }
        return mode;
    }

    Path cacheDirOrDefault() { return cacheDir != null ? cacheDir : RoutingConfig.defaultCacheDir(); }

    /**
     * {@link RoadNetwork} when {@code --osm} is given (import or cache load behind a progress bar), with the estimate
     * fitted on it for provenance (recorded beside the cached graph, so measured once); else the estimate.
     */
    public TravelTimeProvider openProvider(PrintStream progressOut) {
        ProblemCollector problems = new ProblemCollector();
        List<RoadClosure> closures = readClosures(problems); // a bad file is refused before a long import
        problems.throwIfAny();
        if (osmFile == null) return EstimatedTravelTimes.defaults();
        RoutingConfig config = routingConfig(osmFile);
        if (closures.isEmpty()) {
            RoadNetwork network = ProgressBars.withBar("Road network", progressOut, listener -> RoadNetwork.open(config, listener));
            fitEstimate(network, progressOut);
            return network;
        }
        try {
            RoadNetwork closed = ProgressBars.withBar("Road network", progressOut,
                    listener -> RoadNetwork.openWithClosures(config, listener, closures));
            String d = closed.description();
            progressOut.println("Roads closed (" + closuresFile.getFileName() + "): " + d.substring(d.indexOf("roads closed: ") + 14));
            return closed;
        } catch (PlanningException e) {
            throw PlanningException.invalid(e.problems().stream().map(this::inClosuresFile).toList());
        }
    }

    /** Fits the estimate on the network for provenance; a network too small to fit is used all the same (noted). */
    static void fitEstimate(RoadNetwork network, PrintStream progressOut) {
        try {
            ProgressBars.withBar("Fitting the estimate", progressOut, network::fitEstimate);
        } catch (PlanningException e) {
            progressOut.println("note: the estimate was not fitted on this network: " + e.getMessage());
        }
    }

    /** The engine's field of a road closure: {@code closures[1]}, {@code closures[1].geometry}. */
    private static final java.util.regex.Pattern CLOSURE_FIELD = java.util.regex.Pattern.compile("closures\\[(\\d+)](?:\\.(.+))?");

    /** {@code closures[i]} (the engine's name) as {@code FILE, feature i+1 'name'}. */
    private Problem inClosuresFile(Problem p) {
        java.util.regex.Matcher m = p.field() == null ? null : CLOSURE_FIELD.matcher(p.field());
        if (m == null || !m.matches() || m.group(1) == null) return p;
        return Problem.inCell(closuresFile.getFileName() + ", feature " + (Integer.parseInt(m.group(1)) + 1), 0,
                m.group(2) == null ? "" : m.group(2), p.message());
    }


    /** Parses profile names (car, foot); unknown names are added to {@code problems}. */
    static Set<TravelMode> parseModes(List<String> names, ProblemCollector problems) {
        Set<TravelMode> modes = EnumSet.noneOf(TravelMode.class);
        for (String name : names == null ? List.<String>of() : names) {
            Optional<TravelMode> mode = TravelMode.parse(name);
            if (mode.isPresent()) modes.add(mode.get());
            else problems.add(CommandLineProblems.option("--profile"), "unknown profile '" + name + "': use car or foot");
        }
        if (modes.isEmpty() && problems.isEmpty()) problems.add(CommandLineProblems.option("--profile"), "at least one profile (car, foot) is required");
        return modes;
    }
}
