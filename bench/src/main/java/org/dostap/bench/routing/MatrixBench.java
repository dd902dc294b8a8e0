package org.dostap.bench.routing;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.RouteLeg;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Travel-time matrix throughput (one reverse shortest-path tree per destination, all cores) against
 * GraphHopper point-to-point routing of the same pairs (all cores), in the same run; plus graph import
 * time, reload-from-cache time and peak heap. Arguments (key=value):
 * {@code osm=FILE[,FILE...]} {@code origins=200} {@code destinations=20} {@code seed=42} {@code mode=car}
 * {@code limit_s=14400} {@code runs=3} {@code cache=target/bench-graph-cache} {@code out=bench/results}.
 */
public final class MatrixBench {
    private MatrixBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        List<Path> files = Arrays.stream(a.text("osm",
                "engine/src/test/resources/osm/andorra.osm.pbf,engine/src/test/resources/osm/mostar.osm.gz").split(","))
                .map(Path::of).toList();
        int originCount = a.integer("origins", 200);
        int destinationCount = a.integer("destinations", 20);
        long seed = a.longInteger("seed", 42L);
        TravelMode mode = TravelMode.parse(a.text("mode", "car")).orElseThrow();
        int limitSeconds = a.integer("limit_s", 14400);
        int runs = a.integer("runs", 3);
        Path cache = Path.of(a.text("cache", "target/bench-graph-cache"));

        BenchReport report = new BenchReport("routing-matrix", a);
        report.put("origins", originCount).put("destinations", destinationCount).put("seed", seed)
                .put("mode", mode.label()).put("limit_seconds", limitSeconds).put("runs", runs);
        List<Map<String, Object>> results = new ArrayList<>();
        for (Path file : files) results.add(measure(file, cache, originCount, destinationCount, seed, mode, limitSeconds, runs));
        report.put("networks", results);
        report.write(Path.of(a.text("out", "bench/results")));
    }

    private static Map<String, Object> measure(Path file, Path cache, int originCount, int destinationCount, long seed,
                                               TravelMode mode, int limitSeconds, int runs) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("osm_file", file.getFileName().toString());
        r.put("osm_file_bytes", Files.size(file));
        wipe(cache);
        BenchReport.resetPeakHeap();
        RoutingConfig config = RoutingConfig.defaults(file, cache);

        long t0 = System.nanoTime();
        RoadNetwork imported = RoadNetwork.open(config, ProgressListener.NONE);
        r.put("import_ms", ms(t0));
        if (imported.loadedFromCache()) throw new IllegalStateException("expected an import");
        r.put("nodes", imported.metadata().nodes());
        r.put("edges", imported.metadata().edges());
        imported.close();
        t0 = System.nanoTime();
        try (RoadNetwork network = RoadNetwork.open(config, ProgressListener.NONE)) {
            r.put("reload_from_cache_ms", ms(t0));
            if (!network.loadedFromCache()) throw new IllegalStateException("expected a cache load");

            Random random = new Random(seed);
            List<GeoPoint> origins = connectedPoints(network, mode, originCount, random);
            List<GeoPoint> destinations = connectedPoints(network, mode, destinationCount, random);
            // warm-up (JIT) on a slice of the work, both methods
            network.matrix(network.prepareOrigins(origins.subList(0, Math.min(20, originCount)), mode),
                    destinations.subList(0, Math.min(3, destinationCount)), mode, limitSeconds, ProgressListener.NONE);
            routeAll(network, origins.subList(0, Math.min(20, originCount)), destinations.subList(0, Math.min(3, destinationCount)), mode);

            long[] prepareNanos = new long[runs];
            long[] matrixNanos = new long[runs];
            long[] routeNanos = new long[runs];
            TravelTimeMatrix matrix = null;
            int[][] routed = null;
            for (int run = 0; run < runs; run++) {
                t0 = System.nanoTime();
                OriginSet set = network.prepareOrigins(origins, mode);
                prepareNanos[run] = System.nanoTime() - t0;
                matrix = network.matrix(set, destinations, mode, limitSeconds, ProgressListener.NONE);
                matrixNanos[run] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                routed = routeAll(network, origins, destinations, mode);
                routeNanos[run] = System.nanoTime() - t0;
            }
            long pairs = (long) originCount * destinationCount;
            double matrixSeconds = median(matrixNanos) / 1e9;
            double routeSeconds = median(routeNanos) / 1e9;
            r.put("pairs", pairs);
            r.put("matrix_ms_median", matrixSeconds * 1000);
            r.put("of_which_snapping_origins_ms_median", median(prepareNanos) / 1e6);
            r.put("matrix_pairs_per_second", pairs / matrixSeconds);
            r.put("route_ms_median", routeSeconds * 1000);
            r.put("route_pairs_per_second", pairs / routeSeconds);
            r.put("speedup_matrix_over_route", routeSeconds / matrixSeconds);
            r.put("reachable_pairs", countReachable(matrix));
            r.put("pairs_differing_from_route_by_more_than_1s", countDifferences(matrix, routed));
        }
        r.put("peak_heap_mb", BenchReport.peakHeapMb());
        return r;
    }

    private static List<GeoPoint> connectedPoints(RoadNetwork network, TravelMode mode, int count, Random random) {
        Envelope b = network.bounds();
        List<GeoPoint> points = new ArrayList<>();
        while (points.size() < count) {
            GeoPoint p = new GeoPoint(b.getMinX() + random.nextDouble() * b.getWidth(), b.getMinY() + random.nextDouble() * b.getHeight());
            if (network.snap(p, mode).connected()) points.add(p);
        }
        return points;
    }

    /** The baseline: one GraphHopper route per pair, pairs spread over all cores. */
    private static int[][] routeAll(RoadNetwork network, List<GeoPoint> origins, List<GeoPoint> destinations, TravelMode mode) {
        int[][] seconds = new int[origins.size()][destinations.size()];
        IntStream.range(0, origins.size() * destinations.size()).parallel().forEach(k -> {
            int o = k / destinations.size(), d = k % destinations.size();
            seconds[o][d] = network.route(origins.get(o), destinations.get(d), mode)
                    .map(RouteLeg::travelTimeSeconds).orElse(TravelTimeMatrix.UNREACHABLE);
        });
        return seconds;
    }

    private static long countReachable(TravelTimeMatrix m) {
        long n = 0;
        for (int o = 0; o < m.originCount(); o++) for (int d = 0; d < m.destinationCount(); d++) if (m.reachable(o, d)) n++;
        return n;
    }

    private static long countDifferences(TravelTimeMatrix m, int[][] routed) {
        long n = 0;
        for (int o = 0; o < m.originCount(); o++)
            for (int d = 0; d < m.destinationCount(); d++) {
                int a = m.seconds(o, d), b = routed[o][d];
                if (a == TravelTimeMatrix.UNREACHABLE || b == TravelTimeMatrix.UNREACHABLE ? a != b : Math.abs(a - b) > 1) n++;
            }
        return n;
    }

    private static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static double ms(long startNanos) { return (System.nanoTime() - startNanos) / 1e6; }

    private static void wipe(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
