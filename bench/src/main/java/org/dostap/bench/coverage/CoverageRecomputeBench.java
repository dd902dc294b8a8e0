package org.dostap.bench.coverage;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.input.FacilityFileReader;
import org.dostap.data.input.SettlementFileReader;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.coverage.AccessModel;
import org.dostap.engine.coverage.CoverageRequest;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.CoverageService;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Coverage recompute after one facility changes, from the travel times in memory, against the full recompute
 * from scratch (snap settlements, every facility's column, coverage) in the same run. Each edit moves a random
 * facility of the service, or opens a new one, at a random settlement shifted by up to ~500 m, so every edit
 * needs a new column (no cache hit). Timed: {@code AccessModel.withEdits} + {@code CoverageService.evaluate}.
 * <p>Args: {@code region=SML service=community-support threshold-min=30 reps=500 full-reps=50 warmup=100
 * seed=42 osm=FILE (optional: road mode too) road-reps=100 cache=DIR out=bench/results}; {@code settlements=FILE
 * facilities=FILE} replace the bundled region.
 */
public final class CoverageRecomputeBench {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        String regionCode = args.text("region", "SML");
        String serviceId = args.text("service", "community-support");
        int thresholdSeconds = args.integer("threshold-min", 30) * 60;
        long seed = args.longInteger("seed", 42L);
        BenchReport report = new BenchReport("coverage-recompute", args);

        long t0 = System.nanoTime();
        RegionData region = args.has("settlements") ? userFiles(args) : new BundledRegionStore().getRegion(regionCode);
        report.put("region_load_ms", ms(System.nanoTime() - t0));
        report.put("settlements", region.settlements().size());
        report.put("facilities", region.facilities().size());
        report.put("facilities_of_service", region.facilitiesOf(serviceId).size());
        CoverageRequest request = CoverageRequest.of(serviceId, thresholdSeconds);

        report.put("estimated", run(region, EstimatedTravelTimes.defaults(), request, seed,
                args.integer("reps", 500), args.integer("full-reps", 50),
                args.integer("warmup", 100)));
        if (args.has("osm")) {
            long l0 = System.nanoTime();
            Path cache = Path.of(args.text("cache", RoutingConfig.defaultCacheDir().toString()));
            try (RoadNetwork road = RoadNetwork.open(RoutingConfig.defaults(Path.of(args.text("osm")), cache)
                    .withModes(java.util.EnumSet.of(TravelMode.CAR)), ProgressListener.NONE)) {
                report.put("road_network", road.description());
                report.put("road_network_open_ms", ms(System.nanoTime() - l0));
                int roadReps = args.integer("road-reps", 100);
                report.put("road", run(region, road, request, seed, roadReps, Math.max(3, roadReps / 20), 10));
            }
        }
        // other processes on the machine inflate p95/max: record the load the run saw
        report.put("system_load_average_1min", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.write(Path.of(args.text("out", "bench/results")));
    }

    /** {@code settlements=FILE facilities=FILE} instead of a bundled region (e.g. to time road mode on a test extract). */
    private static RegionData userFiles(BenchArgs args) {
        var settlements = new SettlementFileReader(null).readInput(Path.of(args.text("settlements")));
        List<Facility> facilities = new FacilityFileReader(ServiceCatalog.defaults(), null).read(Path.of(args.text("facilities")));
        return new RegionData("FILES", "", "", settlements.settlements(), facilities, List.of(), java.util.Optional.empty(),
                ServiceCatalog.defaults(), settlements.populationColumns(), "user files");
    }

    private static Map<String, Object> run(RegionData region, TravelTimeProvider provider, CoverageRequest request,
                                           long seed, int reps, int fullReps, int warmup) {
        CoverageService service = new CoverageService();
        long[] full = new long[fullReps];
        CoverageResult baselineResult = null;
        for (int i = 0; i < fullReps; i++) {
            long s = System.nanoTime();
            AccessModel m = AccessModel.build(region, provider, TravelMode.CAR, ProgressListener.NONE);
            baselineResult = service.evaluate(m, request);
            full[i] = System.nanoTime() - s;
        }
        AccessModel baseline = AccessModel.build(region, provider, TravelMode.CAR, ProgressListener.NONE);
        List<Facility> movable = region.facilitiesOf(request.serviceTypeId());
        Random random = new Random(seed);
        long[] edit = new long[reps];
        long coveredSum = 0;
        for (int i = -warmup; i < reps; i++) {
            ScenarioEdit e = randomEdit(region, movable, random, i);
            long s = System.nanoTime();
            CoverageResult r = service.evaluate(baseline.withEdits(List.of(e)), request);
            long elapsed = System.nanoTime() - s;
            if (i >= 0) {
                edit[i] = elapsed;
                coveredSum += r.region().getThreshold(r.thresholdSeconds()).coveredPopulation();
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("travel_time_source", provider.source().label());
        m.put("baseline_covered_population", baselineResult.region().getThreshold(baselineResult.thresholdSeconds())
                .coveredPopulation());
        m.put("baseline_population", baselineResult.region().population());
        m.put("mean_covered_population_after_edit", reps == 0 ? 0 : coveredSum / reps);
        m.put("full_recompute_reps", fullReps);
        m.put("full_recompute_ms", percentiles(full));
        m.put("edit_recompute_reps", reps);
        m.put("edit_recompute_warmup", warmup);
        m.put("edit_recompute_ms", percentiles(edit));
        m.put("ratio_full_p50_over_edit_p50", round(p(full, 0.5) / Math.max(1e-9, p(edit, 0.5)), 1));
        m.put("cached_columns", baseline.cachedColumns());
        return m;
    }

    /** Even steps move an existing facility; odd steps open a new one. Always at a fresh point. */
    private static ScenarioEdit randomEdit(RegionData region, List<Facility> movable, Random random, int step) {
        GeoPoint near = region.settlements().get(random.nextInt(region.settlements().size())).location();
        GeoPoint at = new GeoPoint(near.lon() + (random.nextDouble() - 0.5) * 0.012, near.lat() + (random.nextDouble() - 0.5) * 0.009);
        if ((step & 1) == 0 && !movable.isEmpty())
            return new ScenarioEdit.MoveFacility(movable.get(random.nextInt(movable.size())).id(), at);
        return new ScenarioEdit.AddFacility("bench-new-" + (step & 0xffff), "Bench site", movable.isEmpty()
                ? "community-support" : movable.get(0).serviceType(), at, 10, "", FacilityStatus.PLANNED);
    }

    private static Map<String, Object> percentiles(long[] nanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", round(p(nanos, 0.5), 3));
        m.put("p95", round(p(nanos, 0.95), 3));
        m.put("max", round(p(nanos, 1.0), 3));
        return m;
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double p(long[] nanos, double q) {
        if (nanos.length == 0) return 0;
        long[] s = nanos.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(q * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))] / 1e6;
    }

    private static double ms(long nanos) { return round(nanos / 1e6, 1); }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
