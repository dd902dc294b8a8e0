package org.dostap.bench.optimize;

import org.dostap.bench.BenchReport;
import org.dostap.data.instance.InstanceFormat;
import org.dostap.data.instance.InstanceReader;
import org.dostap.data.instance.PublishedInstance;
import org.dostap.engine.optimize.CapacitatedPMedianProblem;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.SolveOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacitated p-median: Osman &amp; Christofides pmedcap01-10 and Lorena &amp; Senne SJC1/2 against best_known.csv.
 * Args: {@code dir=} (folder with best_known.csv), {@code instances=} (default all), {@code time-limit-s=60},
 * {@code nearest=20} (assignment candidates per point above 100 points), {@code out=bench/results}.
 */
public final class CapmedBench {
    public static void main(String[] args) throws Exception {
        Map<String, String> a = BenchReport.parseArgs(args);
        Path dir = Path.of(a.getOrDefault("dir", "bench/src/main/resources/instances/capmed"));
        double limit = Double.parseDouble(a.getOrDefault("time-limit-s", "60"));
        int nearest = Integer.parseInt(a.getOrDefault("nearest", "20"));
        List<String> lines = Files.readAllLines(dir.resolve("best_known.csv"));
        Map<String, Double> best = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) best.put(line.split(",")[0], Double.parseDouble(line.split(",")[6]));
        List<String> names = a.containsKey("instances") ? List.of(a.get("instances").split(",")) : new ArrayList<>(best.keySet());
        BenchReport report = new BenchReport("optimize-capmed", a);
        List<Map<String, Object>> rows = new ArrayList<>();
        int within = 0;
        double maxSeconds = 0;
        for (String name : names) {
            boolean sjc = name.startsWith("SJC");
            PublishedInstance inst = new InstanceReader().read(dir.resolve(name + (sjc ? ".dat" : ".txt")), sjc ? InstanceFormat.SJC : InstanceFormat.CAPMED);
            LocationSolution s = new CapacitatedPMedianProblem(inst.instance(), inst.p()).withSparsity(100, nearest)
                    .solve(SolveOptions.defaults().withTimeLimitSeconds(limit));
            double excess = s.objective() / best.get(name) - 1;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("instance", name);
            row.put("n", inst.instance().demandCount());
            row.put("p", inst.p());
            row.put("best_known", best.get(name));
            row.put("objective", s.objective());
            row.put("excess_over_best_known", excess);
            row.put("within_1pct", excess <= 0.01 + 1e-9);
            row.put("lower_bound", s.lowerBound());
            row.put("gap", s.gap());
            row.put("seconds", s.seconds());
            row.put("method", s.method());
            row.put("notes", s.notes());
            System.err.println(row);
            rows.add(row);
            if (excess <= 0.01 + 1e-9) within++;
            maxSeconds = Math.max(maxSeconds, s.seconds());
        }
        report.put("instances", rows);
        report.put("within_1pct_count", within);
        report.put("instance_count", names.size());
        report.put("max_seconds", maxSeconds);
        report.write(Path.of(a.getOrDefault("out", "bench/results")));
    }
}
