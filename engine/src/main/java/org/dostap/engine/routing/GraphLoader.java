package org.dostap.engine.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.util.Constants;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.TravelMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Imports an OSM file into the graph cache, or loads the cached graph (see {@link GraphCache} for the key). */
final class GraphLoader {
    static final int STEPS = 3;

    record Loaded(GraphHopper hopper, NetworkMetadata metadata, boolean fromCache) {}

    private GraphLoader() {}

    static Loaded open(RoutingConfig config, ProgressListener progress) {
        String headerTimestamp = OsmFileCheck.requireOsm(config.osmFile());
        progress.progress(0, STEPS);
        String sha256 = GraphCache.sha256Hex(config.osmFile());
        String key = GraphCache.key(sha256, config.modes(), config.minNetworkSize(), Constants.VERSION);
        Path dir = config.cacheDir().resolve(key);
        progress.progress(1, STEPS);
        Optional<NetworkMetadata> cached = GraphCache.readComplete(dir);
        if (cached.isPresent()) {
            try {
                GraphHopper hopper = load(config, dir);
                progress.progress(STEPS, STEPS);
                return new Loaded(hopper, cached.get(), true);
            } catch (RuntimeException corrupt) {
                GraphCache.deleteRecursively(dir); // damaged on disk: import again
            }
        } else {
            GraphCache.deleteRecursively(dir); // no completion marker: never load it
        }
        GraphCache.deleteStaleImports(config.cacheDir(), java.time.Duration.ofDays(1));
        NetworkMetadata metadata = importInto(config, sha256, key, dir, headerTimestamp);
        progress.progress(2, STEPS);
        GraphHopper hopper = load(config, dir);
        progress.progress(STEPS, STEPS);
        return new Loaded(hopper, metadata, false);
    }

    private static GraphHopper newHopper(RoutingConfig config, Path dir) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(config.osmFile().toString());
        hopper.setGraphHopperLocation(dir.toString());
        hopper.setEncodedValuesString(Profiles.ENCODED_VALUES);
        hopper.setProfiles(config.modes().stream().map(Profiles::profile).toList());
        hopper.setMinNetworkSize(config.minNetworkSize());
        return hopper;
    }

    private static GraphHopper load(RoutingConfig config, Path dir) {
        GraphHopper hopper = newHopper(config, dir);
        hopper.setAllowWrites(false);
        if (!hopper.load()) {
            hopper.close();
            throw new IllegalStateException("cached graph in " + dir + " could not be loaded");
        }
        return hopper;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    private static NetworkMetadata importInto(RoutingConfig config, String sha256, String key, Path dir, String headerTimestamp) {
        Path osm = config.osmFile();
        Path tmp = config.cacheDir().resolve(key + ".importing-" + System.nanoTime());
        try {
            Files.createDirectories(tmp);
            long start = System.nanoTime();
            GraphHopper hopper = newHopper(config, tmp);
            int nodes, edges;
            String dataDate;
            try {
                hopper.importOrLoad();
                nodes = hopper.getBaseGraph().getNodes();
                edges = hopper.getBaseGraph().getEdges();
                dataDate = hopper.getProperties().get("datareader.data.date");
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("must not be empty")) nodes = 0; // GraphHopper: no usable way
                else throw PlanningException.invalid(List.of(Problem.of(osm.toString(),
                        "could not be imported as OpenStreetMap data: " + rootMessage(e))));
                edges = 0;
                dataDate = "";
            } finally {
                hopper.close();
            }
            if (nodes == 0)
                throw PlanningException.invalid(List.of(Problem.of(osm.toString(), "contains no roads usable by the profiles "
                        + config.modes().stream().map(TravelMode::label).toList())));
            NetworkMetadata metadata = new NetworkMetadata(osm.getFileName().toString(), Files.size(osm), sha256,
                    Files.getLastModifiedTime(osm).toInstant(), dataDate == null || dataDate.isEmpty() ? headerTimestamp : dataDate,
                    config.modes().stream().map(TravelMode::label).toList(), nodes, edges, Constants.VERSION, key,
                    Instant.now(), (System.nanoTime() - start) / 1e9);
            GraphCache.writeMetadata(tmp, metadata, osm);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                return metadata;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // another process finished the same import first: use its graph
                return GraphCache.readComplete(dir).orElseThrow(() -> new IllegalStateException("incomplete graph in " + dir));
            }
        } catch (IOException e) {
            throw new PlanningException(org.dostap.engine.common.ErrorCode.UNAVAILABLE, List.of(Problem.of(
                    config.cacheDir().toString(), "cannot write the graph cache: " + e.getMessage())));
        } finally {
            GraphCache.deleteRecursively(tmp);
        }
    }
}
