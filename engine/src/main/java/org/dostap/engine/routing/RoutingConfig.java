package org.dostap.engine.routing;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.traveltime.TravelMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How to open a road network. Validated on construction: every problem is reported at once as a
 * {@link org.dostap.engine.common.PlanningException} (INVALID_INPUT).
 *
 * @param osmFile               OpenStreetMap extract: {@code .osm.pbf}/{@code .pbf}, {@code .osm}, {@code .osm.gz}
 *                              ({@code .osm.bz2} is not supported: GraphHopper needs commons-compress for it; decompress first)
 * @param cacheDir              folder that holds one imported graph per (file content, profiles, GraphHopper version)
 * @param accessSpeedKmh        walking speed of the access leg from a point to the road it snaps to
 * @param maxSnapDistanceMetres a point farther than this from every usable road is not connected
 * @param modes                 profiles to import ({@code car}, {@code foot})
 * @param minNetworkSize        road islands with fewer nodes than this are not snapped to (GraphHopper's
 *                              {@code prepare.min_network_size}); tiny hand-built test networks use 0
 */
public record RoutingConfig(Path osmFile, Path cacheDir, double accessSpeedKmh, double maxSnapDistanceMetres,
                            Set<TravelMode> modes, int minNetworkSize) {
    public static final double DEFAULT_ACCESS_SPEED_KMH = 4.5;
    public static final double DEFAULT_MAX_SNAP_DISTANCE_METRES = 1000;
    public static final int DEFAULT_MIN_NETWORK_SIZE = 200;
    public static final double MAX_SNAP_DISTANCE_LIMIT_METRES = 50_000;
    /** File name endings GraphHopper reads. */
    public static final List<String> SUPPORTED_EXTENSIONS = List.of(".osm.pbf", ".pbf", ".osm", ".osm.gz");


    public RoutingConfig {
        ProblemCollector problems = new ProblemCollector();
        checkOsmFile(osmFile, problems);
        if (cacheDir == null) problems.field("cache_dir", "a graph cache folder is required");
        else if (Files.exists(cacheDir) && !Files.isDirectory(cacheDir))
            problems.field("cache_dir", cacheDir + " exists but is not a folder");
        if (!(accessSpeedKmh > 0 && accessSpeedKmh <= 30))
            problems.field("access_speed_kmh", "walking speed of the access leg must be above 0 and at most 30 km/h, got " + accessSpeedKmh);
        if (!(maxSnapDistanceMetres > 0 && maxSnapDistanceMetres <= MAX_SNAP_DISTANCE_LIMIT_METRES))
            problems.field("snap_max_m", "maximum snap distance must be above 0 and at most "
                    + (int) MAX_SNAP_DISTANCE_LIMIT_METRES + " m, got " + maxSnapDistanceMetres);
        if (modes == null || modes.isEmpty())
            problems.field("profile", "at least one profile (car, foot) is required");
        if (minNetworkSize < 0)
            problems.field("min_network_size", "must be 0 or more, got " + minNetworkSize);
        problems.throwIfAny();
        modes = Collections.unmodifiableSet(EnumSet.copyOf(modes));
    }

    /** Defaults: access leg 4.5 km/h, snap up to 1000 m, profiles car and foot, islands under 200 nodes ignored. */
    public static RoutingConfig defaults(Path osmFile, Path cacheDir) {
        return new RoutingConfig(osmFile, cacheDir, DEFAULT_ACCESS_SPEED_KMH, DEFAULT_MAX_SNAP_DISTANCE_METRES,
                EnumSet.allOf(TravelMode.class), DEFAULT_MIN_NETWORK_SIZE);
    }

    public RoutingConfig withModes(Set<TravelMode> newModes) {
        return new RoutingConfig(osmFile, cacheDir, accessSpeedKmh, maxSnapDistanceMetres, newModes, minNetworkSize);
    }

    public RoutingConfig withMinNetworkSize(int size) {
        return new RoutingConfig(osmFile, cacheDir, accessSpeedKmh, maxSnapDistanceMetres, modes, size);
    }

    public RoutingConfig withSnapping(double newAccessSpeedKmh, double newMaxSnapDistanceMetres) {
        return new RoutingConfig(osmFile, cacheDir, newAccessSpeedKmh, newMaxSnapDistanceMetres, modes, minNetworkSize);
    }

    /** Default graph cache folder: {@code ${user.home}/.dostap/graph-cache}. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".dostap", "graph-cache");
    }

    private static void checkOsmFile(Path osmFile, ProblemCollector problems) {
        if (osmFile == null) {
            problems.field("osm", "an OpenStreetMap file is required");
            return;
        }
        String name = osmFile.getFileName() == null ? "" : osmFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (SUPPORTED_EXTENSIONS.stream().noneMatch(name::endsWith))
            problems.file(osmFile.toString(), "not an OpenStreetMap file name: expected one of "
                    + String.join(", ", SUPPORTED_EXTENSIONS) + (name.endsWith(".bz2") ? " (decompress .bz2 first: bunzip2 FILE)" : ""));
        if (!Files.exists(osmFile)) problems.file(osmFile.toString(), "file not found");
        else if (!Files.isRegularFile(osmFile) || !Files.isReadable(osmFile))
            problems.file(osmFile.toString(), "not a readable file");
    }
}
