package org.dostap.bench.mobile;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.instance.SolomonReader;
import org.dostap.engine.mobile.vrptw.NearestNeighbourVrptw;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.dostap.engine.mobile.vrptw.VrptwSolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solomon VRPTW benchmark: every instance in {@code dir} with a row in {@code best_known.csv}, solved by
 * {@link VrptwSolver} (time limit {@code seconds}) and by the nearest-neighbour baseline in the same run.
 * Reports feasibility, vehicles, distance, the distance gap to the best known where the vehicle count
 * equals the best known's, and the ratio to the baseline.
 * Also the raw distance gap whatever the vehicle count, and the load average (other programs share the cores).
 * Args: {@code dir=data/src/test/resources/solomon seconds=30 only=c101,r101 members=sisr,sisr out=bench/results}
 * ({@code members}: one or two of {@code sisr}, {@code ortools}; default {@link VrptwSolver#DEFAULT_PORTFOLIO}).
 */
public final class SolomonBench {
    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        Path dir = Path.of(a.text("dir", "data/src/test/resources/solomon"));
        int seconds = a.integer("seconds", 30);
        List<String> only = a.has("only") ? List.of(a.text("only").split(",")) : List.of();
        List<VrptwSolver.Member> members = a.has("members")
                ? Arrays.stream(a.text("members").split(",")).map(SolomonBench::member).toList() : VrptwSolver.DEFAULT_PORTFOLIO;
        String loadAtStart = loadAverage();
        BenchReport report = new BenchReport("mobile-solomon", a);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        int feasible = 0, sameVehicles = 0, fewerVehicles = 0, moreVehicles = 0;
        double sumRatio = 0, maxSeconds = 0;
        for (String line : Files.readAllLines(dir.resolve("best_known.csv")).subList(1, Files.readAllLines(dir.resolve("best_known.csv")).size())) {
            String[] f = line.split(",");
            if (!only.isEmpty() && !only.contains(f[0])) continue;
            VrptwInstance inst = new SolomonReader().read(dir.resolve(f[0] + ".txt"));
            int bkVehicles = Integer.parseInt(f[4]);
            double bkDistance = Double.parseDouble(f[5]);
            VrptwSolution base = new NearestNeighbourVrptw().solve(inst);
            VrptwSolution s = new VrptwSolver(members).solve(inst, Duration.ofSeconds(seconds));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("instance", f[0]);
            row.put("feasible", s.feasible());
            row.put("vehicles", s.vehicles());
            row.put("distance", round(s.distance()));
            row.put("seconds", round(s.seconds()));
            row.put("load_average", loadAverage());
            row.put("best_known_vehicles", bkVehicles);
            row.put("best_known_distance", bkDistance);
            if (s.vehicles() == bkVehicles) {
                double gap = (s.distance() / bkDistance - 1) * 100;
                gaps.add(gap);
                row.put("gap_percent", round(gap));
                sameVehicles++;
            } else {
                row.put("gap_percent", null);
                row.put("gap_note", s.vehicles() > bkVehicles ? "more vehicles than best known: not comparable"
                        : "fewer vehicles than best known");
                if (s.vehicles() > bkVehicles) moreVehicles++; else fewerVehicles++;
            }
            row.put("distance_gap_percent_any_vehicles", round((s.distance() / bkDistance - 1) * 100));
            row.put("baseline_feasible", base.feasible());
            row.put("baseline_vehicles", base.vehicles());
            row.put("baseline_distance", round(base.distance()));
            row.put("distance_ratio_to_baseline", round(s.distance() / base.distance()));
            sumRatio += s.distance() / base.distance();
            if (s.feasible()) feasible++;
            maxSeconds = Math.max(maxSeconds, s.seconds());
            rows.add(row);
            System.err.println(row);
        }
        report.put("instances", rows.size()).put("time_limit_seconds", seconds).put("method", members.toString());
        report.put("load_average_at_start", loadAtStart).put("load_average_at_end", loadAverage());
        report.put("feasible", feasible).put("same_vehicles_as_best_known", sameVehicles)
                .put("more_vehicles_than_best_known", moreVehicles).put("fewer_vehicles_than_best_known", fewerVehicles);
        report.put("mean_gap_percent_at_same_vehicles", gaps.isEmpty() ? null : round(gaps.stream().mapToDouble(d -> d).average().orElse(0)));
        report.put("max_gap_percent_at_same_vehicles", gaps.isEmpty() ? null : round(gaps.stream().mapToDouble(d -> d).max().orElse(0)));
        report.put("mean_distance_ratio_to_baseline", rows.isEmpty() ? null : round(sumRatio / rows.size()));
        report.put("max_seconds", round(maxSeconds));
        report.put("results", rows);
        report.write(Path.of(a.text("out", "bench/results")));
    }

    private static VrptwSolver.Member member(String name) {
        return switch (name.trim()) {
            case "sisr" -> VrptwSolver.Member.STRING_REMOVAL;
            case "ortools" -> VrptwSolver.Member.OR_TOOLS;
            default -> throw new IllegalArgumentException("members are sisr or ortools, got '" + name + "'");
        };
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
