package org.dostap.bench.optimize;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.instance.InstanceFormat;
import org.dostap.data.instance.InstanceReader;
import org.dostap.data.instance.PublishedInstance;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.PMedianProblem;
import org.dostap.engine.optimize.SolveOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OR-Library pmed instances: our solver (Lagrangian + fast interchange + reduced radius MIP) against the
 * textbook x_ij + y_j MIP solved by SCIP in the same run. Args: {@code dir=} (folder with pmed/ and
 * optimal.csv), {@code instances=pmed1,pmed3} (default all in optimal.csv), {@code time-limit-s=60},
 * {@code baseline=true}, {@code baseline-time-limit-s=60}, {@code baseline-max-n=900}, {@code out=bench/results}.
 */
public final class PmedBench {
    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        Path dir = Path.of(a.text("dir", "bench/src/main/resources/instances/pmed"));
        double limit = a.decimal("time-limit-s", 60);
        boolean baseline = a.flag("baseline", true);
        double baselineLimit = a.decimal("baseline-time-limit-s", 60);
        int baselineMaxN = a.integer("baseline-max-n", 900);
        Map<String, Double> optimal = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("optimal.csv")).subList(1, Files.readAllLines(dir.resolve("optimal.csv")).size())) {
            String[] f = line.split(",");
            optimal.put(f[0], Double.parseDouble(f[4]));
        }
        List<String> names = a.has("instances") ? List.of(a.text("instances").split(",")) : new ArrayList<>(optimal.keySet());
        BenchReport report = new BenchReport("optimize-pmed", a);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        int proven = 0, matched = 0;
        InstanceReader reader = new InstanceReader();
        for (String name : names) {
            PublishedInstance inst = reader.read(dir.resolve(name + ".txt"), InstanceFormat.ORLIB_PMED);
            PMedianProblem problem = new PMedianProblem(inst.instance(), inst.p());
            LocationSolution s = problem.solve(SolveOptions.defaults().withTimeLimitSeconds(limit));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("instance", name);
            row.put("n", inst.instance().demandCount());
            row.put("p", inst.p());
            row.put("optimal", optimal.get(name));
            row.put("objective", s.objective());
            row.put("lower_bound", s.lowerBound());
            row.put("gap", s.gap());
            row.put("proven_optimal", s.provenOptimal());
            row.put("seconds", s.seconds());
            row.put("method", s.method());
            row.put("notes", s.notes());
            times.add(s.seconds());
            if (s.provenOptimal()) proven++;
            if (s.objective() == optimal.get(name)) matched++;
            if (baseline && inst.instance().demandCount() <= baselineMaxN) {
                LocationSolution b = problem.solveTextbookMip(SolveOptions.defaults().withTimeLimitSeconds(baselineLimit));
                row.put("textbook_mip_objective", b.objective());
                row.put("textbook_mip_lower_bound", b.lowerBound());
                row.put("textbook_mip_gap", b.gap());
                row.put("textbook_mip_seconds", b.seconds());
                row.put("textbook_mip_timed_out", !b.provenOptimal());
                row.put("time_ratio_textbook_over_ours", b.seconds() / Math.max(s.seconds(), 1e-3));
            }
            System.err.println(row);
            rows.add(row);
        }
        List<Double> sorted = times.stream().sorted().toList();
        double median = sorted.isEmpty() ? 0 : sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        report.put("instances", rows);
        report.put("instance_count", names.size());
        report.put("proven_optimal_count", proven);
        report.put("matches_published_optimum_count", matched);
        report.put("median_seconds", median);
        report.put("max_seconds", sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        report.write(Path.of(a.text("out", "bench/results")));
    }
}
