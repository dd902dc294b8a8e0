package org.dostap.web.cli;

import org.dostap.data.download.ExtractDownload;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import java.net.URI;
import java.util.Optional;

import org.dostap.engine.routing.NetworkMetadata;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code dostap network import FILE}: imports an OpenStreetMap extract into the graph cache (or finds it there). */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = "Road network: import an OpenStreetMap extract into the graph cache.")
public final class NetworkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports FILE (.osm.pbf, .osm, .osm.gz) with the car and foot profiles, or loads the cached graph "
                    + "if the same file and profiles were imported before, and prints the network's provenance.",
                    "The Bulgaria extract (about 100 MB) is at https://download.geofabrik.de/europe/bulgaria.html."})
    int importFile(@Parameters(paramLabel = "FILE|URL", description = "OpenStreetMap extract: a file, or an http(s) address to download "
                           + "(resumed when interrupted; checked against --md5/--sha256 or the provider's .md5 beside it)") String source,
                   @Option(names = "--md5", paramLabel = "HEX", description = "Expected MD5 of the downloaded extract.") String md5,
                   @Option(names = "--sha256", paramLabel = "HEX", description = "Expected SHA-256 of the downloaded extract.") String sha256,
                   @Option(names = "--download-dir", paramLabel = "DIR",
                           description = "Where downloads go (default: ${user.home}/.dostap/downloads).") Path downloadDir,
                   @Option(names = "--cache-dir", paramLabel = "DIR",
                           description = "Graph cache folder (default: ${user.home}/.dostap/graph-cache).") Path cacheDir,
                   @Option(names = {"--profiles", "--profile"}, paramLabel = "NAME", split = ",", defaultValue = "car,foot",
                           description = "Profiles to import: car, foot (default: ${DEFAULT-VALUE}).") List<String> profiles) {
        Path file;
        if (source.startsWith("http://") || source.startsWith("https://")) {
            URI url;
            try {
                url = URI.create(source);
            } catch (IllegalArgumentException e) {
                throw PlanningException.invalid(List.of(Problem.inFile(source, "not a valid address: " + e.getMessage())));
            }
            Path dir = downloadDir != null ? downloadDir : Path.of(System.getProperty("user.home"), ".dostap", "downloads");
            ExtractDownload.Result r = ProgressBars.withBar("Downloading " + url.getPath().substring(url.getPath().lastIndexOf('/') + 1),
                    System.err, listener -> new ExtractDownload().fetch(url, dir, Optional.ofNullable(md5), Optional.ofNullable(sha256), listener));
            spec.commandLine().getOut().printf(Locale.ROOT, "Downloaded %s (%,d bytes%s), checked: %s%n", r.file(), r.bytes(),
                    r.resumed() ? ", resumed" : "", r.checkedWith());
            file = r.file();
        } else {
            if (md5 != null || sha256 != null)
                throw PlanningException.invalid(List.of(new Problem(CommandLineProblems.option(md5 != null ? "--md5" : "--sha256"),
                        "checksums are checked for downloads (FILE given as an http(s) address); check a local file with md5sum/sha256sum")));
            file = Path.of(source);
        }
        NetworkOptions options = new NetworkOptions();
        options.cacheDir = cacheDir;
        options.profiles = profiles;
        RoutingConfig config = options.routingConfig(file);
        try (RoadNetwork network = ProgressBars.withBar("Importing " + file.getFileName(), System.err,
                listener -> RoadNetwork.open(config, listener))) {
            print(spec.commandLine().getOut(), network, config);
            try {
                EstimateFitPrinter.fitAndPrint(spec.commandLine().getOut(), System.err, network);
            } catch (org.dostap.engine.common.PlanningException e) {
                spec.commandLine().getOut().println("Estimate not fitted on this network: " + e.getMessage());
            }
        }
        return DostapCommand.EXIT_OK;
    }

    private static void print(PrintWriter out, RoadNetwork network, RoutingConfig config) {
        NetworkMetadata m = network.metadata();
        out.printf(Locale.ROOT, "Road network %s%n", network.loadedFromCache() ? "loaded from the graph cache"
                : String.format(Locale.ROOT, "imported in %.1f s", m.importSeconds()));
        out.printf(Locale.ROOT, "  file:          %s (%,d bytes, modified %s)%n", m.osmFileName(), m.osmFileBytes(), m.osmFileModified());
        out.printf(Locale.ROOT, "  sha256:        %s%n", m.osmFileSha256());
        out.printf(Locale.ROOT, "  OSM data date: %s%n", m.osmDataTimestamp().isEmpty() ? "not in the file" : m.osmDataTimestamp());
        out.printf(Locale.ROOT, "  profiles:      %s%n", String.join(", ", m.profiles()));
        out.printf(Locale.ROOT, "  graph:         %,d nodes, %,d edges (GraphHopper %s, imported %s)%n",
                m.nodes(), m.edges(), m.graphhopperVersion(), m.importedAt());
        out.printf(Locale.ROOT, "  cache:         %s%n", config.cacheDir().resolve(m.cacheKey()).toAbsolutePath());
        out.printf(Locale.ROOT, "  snapping:      access legs walked at %.1f km/h, points farther than %.0f m are not connected%n",
                config.accessSpeedKmh(), config.maxSnapDistanceMetres());
        out.flush();
    }
}
