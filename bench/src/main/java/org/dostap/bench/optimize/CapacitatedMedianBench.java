package org.dostap.bench.optimize;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.instance.InstanceFormat;
import org.dostap.data.instance.InstanceReader;
import org.dostap.data.instance.PublishedInstance;
import org.dostap.engine.optimize.CapacitatedPMedianProblem;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.SolveMonitor;
import org.dostap.engine.optimize.SolveOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacitated p-median solver (Lagrangian bound + local search with GAP assignment + SCIP on small neighbourhoods above 100 points + SCIP from the best solution)
 * against SCIP alone on the textbook model, in the same run, on the published instances (pmedcap01-10, SJC1-2, with
 * best_known.csv) and on generated instances of the published shapes ({@link CapmedGenerator}, fixed seeds).
 * <p>Per instance: objective, bound, gap, seconds, the reference (best known; for generated instances the best objective
 * of a long run of this solver, {@code reference-time-limit-s}, computed once per instance and cached in
 * {@code reference-file} keyed by generator version, seed and index ({@link GeneratedReferences}), or the best either
 * method found in this run when that is better or when no long run is cached), the best proven lower bound of all runs
 * and the gaps to it (reported apart from the reference), whether the heuristic alone (before SCIP) was within 1 % of the
 * reference, the seconds to reach
 * 1 % (the solver's incumbents sampled every 10 ms through its {@link SolveMonitor}), and the baseline's seconds to
 * reach 1 % of the same reference (SCIP's objective-stop limit limits/primal at 1.01 x the reference; null when not reached in the
 * limit), and the wall seconds of the whole solve against the time limit. Args: {@code dir=} (published instances),
 * {@code published=} (comma list such as {@code pmedcap07,SJC2}, {@code all} or {@code none}),
 * {@code generated=50} (how many), {@code from=0} (first generated index), {@code seed=2026},
 * {@code time-limit-s=60}, {@code baseline=true}, {@code out=bench/results}; {@code reference=use} (cached long runs
 * only), {@code compute} (first runs and caches the missing ones) or {@code only} (computes the missing ones and stops),
 * {@code reference-time-limit-s=600}, {@code reference-file=bench/src/main/resources/instances/capmed/generated_reference.csv}.
 */
public final class CapacitatedMedianBench {
    private static final String COMMIT = BenchReport.gitCommit(); // at the start: the code that computes the references
    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        Path dir = Path.of(a.text("dir", "bench/src/main/resources/instances/capmed"));
        double limit = a.decimal("time-limit-s", 60);
        boolean baseline = a.flag("baseline", true);
        int generated = a.integer("generated", 50);
        int from = a.integer("from", 0);
        long seed = a.longInteger("seed", 2026L);
        String refMode = a.text("reference", "use");
        if (!List.of("use", "compute", "only").contains(refMode))
            throw new IllegalArgumentException("reference=" + refMode + ": expected use, compute or only");
        double refLimit = a.decimal("reference-time-limit-s", 600);
        GeneratedReferences refs = new GeneratedReferences(Path.of(a.text("reference-file",
                "bench/src/main/resources/instances/capmed/generated_reference.csv")));
        List<String> lines = Files.readAllLines(dir.resolve("best_known.csv"));
        Map<String, Double> best = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) best.put(line.split(",")[0], Double.parseDouble(line.split(",")[6]));
        String pub = refMode.equals("only") ? "none" : a.text("published", "all");
        List<String> names = pub.equals("none") ? List.of() : pub.equals("all") ? new ArrayList<>(best.keySet()) : List.of(pub.split(","));
        BenchReport report = new BenchReport(refMode.equals("only") ? "optimize-capacitated-median-references" : "optimize-capacitated-median", a);
        report.put("system_load_average_1min_start", loadAverage());
        Path genDir = Files.createTempDirectory("capmed-gen");
        List<Map<String, Object>> rows = new ArrayList<>();
        InstanceReader reader = new InstanceReader();
        for (String name : names) {
            boolean sjc = name.startsWith("SJC");
            PublishedInstance inst = reader.read(dir.resolve(name + (sjc ? ".dat" : ".txt")), sjc ? InstanceFormat.SJC : InstanceFormat.CAPMED);
            rows.add(run(name, "published", inst, best.get(name), null, limit, baseline));
        }
        for (int g = from; g < from + generated; g++) {
            java.util.Random r = new java.util.Random(seed + g);
            boolean sjc = g % 2 == 1;
            int n = 100 + r.nextInt(303);                           // 100..402
            int p = Math.max(10, Math.min(40, (int) Math.round(n / (8 + r.nextDouble() * 4)))); // n/12..n/8, 10..40
            double tight = 1.1 + 0.2 * r.nextDouble();              // total capacity / total demand
            String name = String.format(java.util.Locale.ROOT, "gen%02d-%s-n%d-p%d-t%.2f", g, sjc ? "sjc" : "capmed", n, p, tight);
            Path file = genDir.resolve(name + (sjc ? ".dat" : ".txt"));
            String text = sjc ? CapmedGenerator.sjc(seed + g, n, p, tight) : CapmedGenerator.capmed(seed + g, n, p, tight);
            Files.writeString(file, text);
            PublishedInstance inst = reader.read(file, sjc ? InstanceFormat.SJC : InstanceFormat.CAPMED);
            String sha = GeneratedReferences.sha256(text);
            GeneratedReferences.Entry cached = refs.find(CapmedGenerator.VERSION, seed, g, sha);
            if (refs.stale(CapmedGenerator.VERSION, seed, g, sha))
                System.err.println(name + ": the cached reference is for other file contents (generator changed without a new VERSION): ignored");
            if (cached == null && !refMode.equals("use")) {
                cached = longRun(name, g, seed, sha, inst, refLimit);
                refs.add(cached);
            }
            if (refMode.equals("only")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("instance", name);
                row.put("n", inst.instance().demandCount());
                row.put("p", inst.p());
                row.put("reference", cached);
                rows.add(row);
                continue;
            }
            rows.add(run(name, "generated", inst, null, cached, limit, baseline));
        }
        if (refMode.equals("only")) {
            report.put("instances", rows);
            report.put("system_load_average_1min_end", loadAverage());
            System.err.println("written " + report.write(Path.of(a.text("out", "bench/results"))));
            return;
        }
        report.put("instances", rows);
        report.put("instance_count", rows.size());
        report.put("within_1pct_count", rows.stream().filter(r -> Boolean.TRUE.equals(r.get("within_1pct"))).count());
        report.put("heuristic_within_1pct_count", rows.stream().filter(r -> Boolean.TRUE.equals(r.get("heuristic_within_1pct"))).count());
        report.put("max_seconds", rows.stream().mapToDouble(r -> (double) r.get("seconds")).max().orElse(0));
        report.put("max_wall_seconds", rows.stream().mapToDouble(r -> (double) r.get("wall_seconds")).max().orElse(0));
        report.put("over_time_limit_count", rows.stream().filter(r -> !Boolean.TRUE.equals(r.get("within_time_limit"))).count());
        report.put("time_limit_s", limit);
        report.put("max_gap_to_bound", rows.stream().mapToDouble(r -> (double) r.get("gap_to_bound")).max().orElse(0));
        report.put("max_gap_to_best_bound", rows.stream().filter(r -> r.get("gap_to_best_bound") != null).mapToDouble(r -> (double) r.get("gap_to_best_bound")).max().orElse(0));
        Map<String, Long> kinds = new java.util.TreeMap<>();
        for (Map<String, Object> r : rows) kinds.merge((String) r.get("reference_kind"), 1L, Long::sum);
        report.put("reference_kinds", kinds);
        report.put("system_load_average_1min_end", loadAverage());
        System.err.println("written " + report.write(Path.of(a.text("out", "bench/results"))));
    }

    /** The long run that gives a generated instance its reference: this solver with a much longer limit (heuristic, then SCIP from its best). */
    private static GeneratedReferences.Entry longRun(String name, int index, long seed, String sha, PublishedInstance inst, double limit) {
        double load = loadAverage();
        System.err.println(name + ": computing the reference (" + limit + " s)");
        LocationSolution s = new CapacitatedPMedianProblem(inst.instance(), inst.p()).solve(SolveOptions.defaults().withTimeLimitSeconds(limit));
        return new GeneratedReferences.Entry(CapmedGenerator.VERSION, seed, index, name, sha, s.objective(), s.lowerBound(), limit,
                s.seconds(), s.method(), java.time.Instant.now().toString(), COMMIT, load);
    }

    private static Map<String, Object> run(String name, String kind, PublishedInstance inst, Double bestKnown,
                                           GeneratedReferences.Entry cached, double limit, boolean baseline) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("instance", name);
        row.put("kind", kind);
        row.put("n", inst.instance().demandCount());
        row.put("p", inst.p());
        row.put("load_average_1min", loadAverage());
        CapacitatedPMedianProblem problem = new CapacitatedPMedianProblem(inst.instance(), inst.p());
        SolveMonitor monitor = SolveMonitor.none();
        List<double[]> timeline = new ArrayList<>(); // seconds, incumbent, 1 while still in the heuristic phases
        long start = System.nanoTime();
        Thread poll = new Thread(() -> {
            double last = Double.NaN;
            while (!Thread.currentThread().isInterrupted()) {
                SolveMonitor.Progress pr = monitor.progress();
                if (!Double.isNaN(pr.incumbent()) && pr.incumbent() != last) {
                    last = pr.incumbent();
                    synchronized (timeline) { timeline.add(new double[]{(System.nanoTime() - start) / 1e9, last, pr.phase().equals("exact") ? 0 : 1}); }
                }
                try { Thread.sleep(10); } catch (InterruptedException e) { return; }
            }
        });
        poll.setDaemon(true);
        poll.start();
        LocationSolution s = problem.solve(SolveOptions.defaults().withTimeLimitSeconds(limit).withMonitor(monitor));
        double wall = (System.nanoTime() - start) / 1e9; // the whole solve as the caller sees it, heuristic and SCIP included
        poll.interrupt();
        double heuristic = heuristicObjective(s);
        LocationSolution b = null;
        if (baseline) {
            double reference = bestKnown != null ? bestKnown : cached != null ? Math.min(cached.objective(), s.objective()) : s.objective();
            try {
                b = problem.solveTextbookMip(SolveOptions.defaults().withTimeLimitSeconds(limit), reference * 1.01);
            } catch (RuntimeException e) {
                row.put("baseline_error", e.getMessage());
            }
        }
        double found = Math.min(s.objective(), b == null ? Double.POSITIVE_INFINITY : b.objective());
        double reference;
        String referenceKind;
        if (bestKnown != null) { reference = bestKnown; referenceKind = "best known"; }
        else if (cached != null && cached.objective() <= found + 1e-9) {
            reference = cached.objective();
            referenceKind = "long run (" + Math.round(cached.timeLimitSeconds()) + " s, cached)";
        } else {
            reference = found;
            referenceKind = cached != null ? "best found in this run (better than the cached long run)" : "best found in this run (no cached long run)";
        }
        // the best proven lower bound of every run (ours, SCIP alone, the cached long run): the gap to it is an upper bound on
        // the distance from the optimum, reported apart from the reference
        double bestBound = Double.isFinite(s.lowerBound()) ? s.lowerBound() : 0;
        if (b != null && Double.isFinite(b.lowerBound())) bestBound = Math.max(bestBound, b.lowerBound());
        if (cached != null && Double.isFinite(cached.lowerBound())) bestBound = Math.max(bestBound, cached.lowerBound());
        row.put("reference", reference);
        row.put("reference_kind", referenceKind);
        row.put("reference_lower_bound", cached == null ? null : cached.lowerBound());
        row.put("reference_seconds", cached == null ? null : cached.seconds());
        row.put("best_lower_bound", bestBound);
        // as gap_to_bound: (objective - bound) / objective
        row.put("gap_to_best_bound", bestBound > 0 ? (s.objective() - bestBound) / s.objective() : null);
        row.put("reference_gap_to_best_bound", bestBound > 0 ? (reference - bestBound) / reference : null);
        row.put("objective", s.objective());
        row.put("excess_over_reference", s.objective() / reference - 1);
        row.put("within_1pct", s.objective() <= reference * 1.01 + 1e-9);
        row.put("lower_bound", s.lowerBound());
        row.put("gap_to_bound", s.gap());
        row.put("seconds", s.seconds());
        row.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        row.put("within_time_limit", wall <= limit);
        row.put("heuristic_objective", heuristic);
        row.put("heuristic_within_1pct", heuristic <= reference * 1.01 + 1e-9);
        Double ours = null;
        synchronized (timeline) {
            for (double[] t : timeline) if (t[1] <= reference * 1.01 + 1e-9) { ours = t[0]; break; }
        }
        if (ours == null && s.objective() <= reference * 1.01 + 1e-9) ours = s.seconds();
        row.put("seconds_to_1pct", ours);
        row.put("method", s.method());
        row.put("notes", s.notes());
        if (b != null) {
            boolean reached = b.objective() <= reference * 1.01 + 1e-9;
            row.put("baseline_objective", b.objective());
            row.put("baseline_lower_bound", b.lowerBound());
            row.put("baseline_seconds", b.seconds());
            row.put("baseline_seconds_to_1pct", reached ? b.seconds() : null);
            row.put("baseline_status", b.notes());
            row.put("ratio_baseline_over_ours_seconds_to_1pct", reached && ours != null ? b.seconds() / Math.max(ours, 0.01) : null);
        }
        System.err.println(row);
        return row;
    }

    /** The heuristic's objective from the solver's notes ("heuristic: X at Y s"). */
    private static double heuristicObjective(LocationSolution s) {
        for (String note : s.notes())
            if (note.startsWith("heuristic: ")) {
                try { return Double.parseDouble(note.substring(11, note.indexOf(" at "))); } catch (NumberFormatException e) { return Double.NaN; }
            }
        return Double.NaN;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
