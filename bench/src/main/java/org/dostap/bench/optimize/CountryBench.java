package org.dostap.bench.optimize;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.optimize.CostMatrix;
import org.dostap.engine.optimize.LocationInstance;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.MaximalCoverageProblem;
import org.dostap.engine.optimize.PMedianProblem;
import org.dostap.engine.optimize.SolveOptions;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Country scale: every located settlement of Bulgaria as demand and as candidate, estimated car travel times,
 * pop_2017 weights; p-median (p=265) and MCLP (30 min, p=265). Args: {@code p=265}, {@code threshold-min=30},
 * {@code time-limit-s=60}, {@code target-gap=0.01}, {@code problems=p-median,mclp}, {@code out=bench/results}.
 * Run with -Xmx4g.
 */
public final class CountryBench {
    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        int p = a.integer("p", 265);
        double thresholdSeconds = a.decimal("threshold-min", 30) * 60;
        double limit = a.decimal("time-limit-s", 60);
        double targetGap = a.decimal("target-gap", 0.01);
        List<String> problems = List.of(a.text("problems", "p-median,mclp").split(","));
        BenchReport report = new BenchReport("optimize-country", a);
        long t0 = System.nanoTime();
        RegionData country = new BundledRegionStore().country();
        List<Settlement> s = country.settlements();
        List<org.dostap.engine.common.GeoPoint> points = s.stream().map(Settlement::location).toList();
        EstimatedTravelTimes provider = EstimatedTravelTimes.defaults();
        TravelTimeMatrix times = provider.matrix(provider.prepareOrigins(points, TravelMode.CAR), points, TravelMode.CAR,
                Integer.MAX_VALUE, ProgressListener.NONE);
        String column = country.defaultPopulationColumn();
        LocationInstance instance = LocationInstance.builder(CostMatrix.fromTravelTimes(times)).costsInSeconds(true)
                .weights(s.stream().mapToDouble(x -> x.population(column)).toArray()).build();
        report.put("settlements", s.size());
        report.put("population_column", column);
        report.put("population", instance.totalWeight());
        report.put("matrix_seconds", (System.nanoTime() - t0) / 1e9);
        SolveOptions options = SolveOptions.defaults().withTimeLimitSeconds(limit).withTargetGap(targetGap);
        for (String problem : problems) {
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            LocationSolution r = problem.equals("mclp")
                    ? new MaximalCoverageProblem(instance, p, thresholdSeconds).solve(options)
                    : new PMedianProblem(instance, p).solve(options);
            long cpu1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("p", p);
            if (problem.equals("mclp")) row.put("threshold_min", thresholdSeconds / 60);
            row.put("objective", r.objective());
            row.put("lower_bound", r.lowerBound());
            row.put("upper_bound", r.upperBound());
            row.put("gap", r.gap());
            row.put("seconds", r.seconds());
            row.put("cpu_seconds_main_thread", (cpu1 - cpu0) / 1e9);
            row.put("method", r.method());
            row.put("notes", r.notes());
            if (problem.equals("p-median")) row.put("mean_travel_min_population_weighted", r.objective() / instance.totalWeight() / 60);
            else row.put("share_covered", r.objective() / instance.totalWeight());
            System.err.println(problem + " " + row);
            report.put(problem, row);
        }
        report.write(Path.of(a.text("out", "bench/results")));
    }
}
