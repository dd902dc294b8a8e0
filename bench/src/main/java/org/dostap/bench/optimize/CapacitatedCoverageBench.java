package org.dostap.bench.optimize;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.optimize.CapacitatedCoverageProblem;
import org.dostap.engine.optimize.CostMatrix;
import org.dostap.engine.optimize.LocationInstance;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.SolveMonitor;
import org.dostap.engine.optimize.SolveOptions;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Capacitated coverage solver (Lagrangian bound + Lagrangian heuristic + local search + SCIP from the best solution)
 * against SCIP alone on the textbook model (no hint), in the same run.
 * <p>Instances: {@code generated} instances of the shapes planners have (seed {@code seed + index}): n 100-400 points,
 * every point also a candidate site, p 5-40; residents log-normal (a few towns, many villages) with users = residents x
 * 5 / 1,000 in hundredths (weight and load differ by rounding only, as on a region); points uniform in a 100 x 100 square
 * (even indices) or 60 % of them in 5-12 clusters (odd indices); cost the Euclidean distance; the threshold such that a
 * point reaches 6-15 sites on average; site capacities whole places, 0.7-1.3 x the mean, the mean such that p sites hold
 * 0.5-1.2 x the total load. With {@code smolyan=true} also the bundled Smolyan region as the CLI builds it for
 * community-support (settlements as demand and candidates, the 10 illustrative centres kept with their own places, 5 users
 * per 1,000 residents, estimated car times, 30 min) for {@code smolyan-sites} new sites of {@code smolyan-capacity} places.
 * <p>Per instance: covered, bound, gap, seconds, the heuristic alone's covered and gap to the bound (before the LP and
 * SCIP), the seconds until our incumbent was within 1 % of our final covered weight (incumbents sampled every 10 ms through
 * the monitor); the baseline's covered, bound, seconds, status, and its seconds to reach 1 % of our best (SCIP's objective
 * stop limits/primal at 0.99 x our covered; null when not reached in the limit) and the ratio to ours. Load average at the
 * start, the end and per instance. Args: {@code generated=20}, {@code from=0}, {@code seed=2026}, {@code time-limit-s=60},
 * {@code baseline=true}, {@code smolyan=true}, {@code smolyan-sites=1}, {@code smolyan-capacity=50},
 * {@code out=bench/results}.
 */
public final class CapacitatedCoverageBench {
    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        int generated = a.integer("generated", 20);
        int from = a.integer("from", 0);
        long seed = a.longInteger("seed", 2026L);
        double limit = a.decimal("time-limit-s", 60);
        boolean baseline = a.flag("baseline", true);
        BenchReport report = new BenchReport("optimize-capacitated-coverage", a);
        report.put("system_load_average_1min_start", loadAverage());
        List<Map<String, Object>> rows = new ArrayList<>();
        if (a.flag("smolyan", true)) {
            int sites = a.integer("smolyan-sites", 1);
            double capacity = a.decimal("smolyan-capacity", 50);
            Smolyan s = smolyan(capacity);
            rows.add(run("smolyan-community-support-" + sites + "x" + (long) capacity, "region", s.instance(), s.keptCentres() + sites,
                    30 * 60, Double.NaN, limit, baseline));
        }
        for (int g = from; g < from + generated; g++) {
            Random r = new Random(seed + g);
            int n = 100 + r.nextInt(301);
            int p = Math.max(5, Math.min(40, (int) Math.round(n / (8 + r.nextDouble() * 12))));
            double tight = 0.5 + 0.7 * r.nextDouble();
            double reach = 6 + 9 * r.nextDouble();
            boolean clustered = g % 2 == 1;
            LocationInstance inst = generate(r, n, p, tight, clustered);
            double threshold = 100 * Math.sqrt(reach / (Math.PI * n)) * (clustered ? 0.6 : 1);
            String name = String.format(Locale.ROOT, "gen%02d-%s-n%d-p%d-t%.2f-r%.0f", g, clustered ? "clustered" : "uniform", n, p, tight, reach);
            rows.add(run(name, "generated", inst, p, threshold, tight, limit, baseline));
        }
        report.put("instances", rows);
        report.put("instance_count", rows.size());
        report.put("time_limit_s", limit);
        report.put("max_gap", rows.stream().mapToDouble(r -> (double) r.get("gap")).max().orElse(0));
        report.put("median_gap", median(rows.stream().mapToDouble(r -> (double) r.get("gap")).toArray()));
        report.put("max_heuristic_gap", rows.stream().mapToDouble(r -> (double) r.get("heuristic_gap")).max().orElse(0));
        report.put("baseline_reached_1pct_count", rows.stream().filter(r -> r.get("baseline_seconds_to_1pct") != null).count());
        report.put("max_wall_seconds", rows.stream().mapToDouble(r -> (double) r.get("wall_seconds")).max().orElse(0));
        report.put("system_load_average_1min_end", loadAverage());
        System.err.println("written " + report.write(Path.of(a.text("out", "bench/results"))));
    }

    /** A generated instance: see the class comment. */
    static LocationInstance generate(Random r, int n, int p, double tight, boolean clustered) {
        double[] x = new double[n], y = new double[n];
        int clusters = 5 + r.nextInt(8);
        double[][] centres = new double[clusters][];
        for (int c = 0; c < clusters; c++) centres[c] = new double[]{10 + 80 * r.nextDouble(), 10 + 80 * r.nextDouble()};
        for (int i = 0; i < n; i++) {
            if (clustered && r.nextDouble() < 0.6) {
                double[] c = centres[r.nextInt(clusters)];
                x[i] = Math.max(0, Math.min(100, c[0] + r.nextGaussian() * 4));
                y[i] = Math.max(0, Math.min(100, c[1] + r.nextGaussian() * 4));
            } else { x[i] = 100 * r.nextDouble(); y[i] = 100 * r.nextDouble(); }
        }
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) rows[i][j] = Math.hypot(x[i] - x[j], y[i] - y[j]);
        double[] residents = new double[n], users = new double[n];
        double load = 0;
        for (int i = 0; i < n; i++) {
            residents[i] = Math.max(5, Math.round(Math.exp(5 + 1.4 * r.nextGaussian())));
            users[i] = Math.round(residents[i] * 5 / 1000.0 * 100) / 100.0;
            load += users[i];
        }
        double mean = tight * load / p;
        double[] capacity = new double[n];
        for (int j = 0; j < n; j++) capacity[j] = Math.max(1, Math.round(mean * (0.7 + 0.6 * r.nextDouble())));
        return LocationInstance.builder(CostMatrix.fromRows(rows)).weights(residents).loads(users).capacities(capacity).build();
    }

    private record Smolyan(LocationInstance instance, int keptCentres) { }

    /** The bundled Smolyan region for community-support, as the CLI's capacitated coverage builds it (see the class comment). */
    private static Smolyan smolyan(double newCapacity) {
        RegionData region = new BundledRegionStore().findRegion("SML").orElseThrow();
        List<Settlement> settlements = region.settlements();
        List<Facility> centres = region.facilitiesOf("community-support");
        List<GeoPoint> sites = new ArrayList<>();
        List<Double> capacities = new ArrayList<>();
        for (Facility f : centres) { sites.add(f.location()); capacities.add((double) f.capacity()); }
        for (Settlement s : settlements) { sites.add(s.location()); capacities.add(newCapacity); }
        EstimatedTravelTimes provider = EstimatedTravelTimes.defaults();
        TravelTimeMatrix times = provider.matrix(provider.prepareOrigins(settlements.stream().map(Settlement::location).toList(), TravelMode.CAR),
                sites, TravelMode.CAR, 30 * 60, ProgressListener.NONE);
        String column = region.defaultPopulationColumn();
        int[] kept = java.util.stream.IntStream.range(0, centres.size()).toArray();
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromTravelTimes(times)).costsInSeconds(true)
                .weights(settlements.stream().mapToDouble(s -> s.population(column)).toArray())
                .loads(settlements.stream().mapToDouble(s -> Math.round(s.population(column) * 5 / 1000.0 * 100) / 100.0).toArray())
                .capacities(capacities.stream().mapToDouble(Double::doubleValue).toArray()).fixedOpen(kept).build();
        return new Smolyan(inst, centres.size());
    }

    private static Map<String, Object> run(String name, String kind, LocationInstance inst, int p, double threshold, double tight,
                                           double limit, boolean baseline) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("instance", name);
        row.put("kind", kind);
        row.put("n", inst.demandCount());
        row.put("candidates", inst.candidateCount());
        row.put("p", p);
        row.put("fixed_open", inst.fixedOpenSites().length);
        if (!Double.isNaN(tight)) row.put("capacity_over_load", tight);
        row.put("load_average_1min", loadAverage());
        CapacitatedCoverageProblem problem = new CapacitatedCoverageProblem(inst, p, threshold);
        SolveMonitor monitor = SolveMonitor.none();
        List<double[]> timeline = new ArrayList<>();
        long start = System.nanoTime();
        Thread poll = new Thread(() -> {
            double last = Double.NaN;
            while (!Thread.currentThread().isInterrupted()) {
                double now = monitor.progress().incumbent();
                if (!Double.isNaN(now) && now != last) {
                    last = now;
                    synchronized (timeline) { timeline.add(new double[]{(System.nanoTime() - start) / 1e9, now}); }
                }
                try { Thread.sleep(10); } catch (InterruptedException e) { return; }
            }
        });
        poll.setDaemon(true);
        poll.start();
        LocationSolution s = problem.solve(SolveOptions.defaults().withTimeLimitSeconds(limit).withMonitor(monitor));
        double wall = (System.nanoTime() - start) / 1e9;
        poll.interrupt();
        double heuristic = heuristic(s);
        row.put("covered", s.objective());
        row.put("bound", s.upperBound());
        row.put("gap", s.gap());
        row.put("seconds", s.seconds());
        row.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        row.put("heuristic_covered", heuristic);
        row.put("heuristic_gap", heuristic > 0 ? (s.upperBound() - heuristic) / heuristic : null);
        Double ours = null;
        synchronized (timeline) { for (double[] t : timeline) if (t[1] >= 0.99 * s.objective() - 1e-9) { ours = t[0]; break; } }
        if (ours == null) ours = s.seconds();
        row.put("seconds_to_1pct", ours);
        row.put("method", s.method());
        row.put("notes", s.notes());
        if (baseline) {
            LocationSolution b = problem.solveTextbookMip(SolveOptions.defaults().withTimeLimitSeconds(limit), 0.99 * s.objective());
            boolean reached = b.objective() >= 0.99 * s.objective() - 1e-9 && !b.sites().isEmpty();
            row.put("baseline_covered", b.objective());
            row.put("baseline_bound", b.upperBound());
            row.put("baseline_seconds", b.seconds());
            row.put("baseline_status", b.notes());
            row.put("baseline_seconds_to_1pct", reached ? b.seconds() : null);
            row.put("ratio_baseline_over_ours_seconds_to_1pct", reached ? b.seconds() / Math.max(ours, 0.01) : null);
        }
        System.err.println(row);
        return row;
    }

    /** The heuristic's covered weight from the solver's notes ("heuristic: X at Y s"). */
    private static double heuristic(LocationSolution s) {
        for (String note : s.notes())
            if (note.startsWith("heuristic: ")) {
                try { return Double.parseDouble(note.substring(11, note.indexOf(" at "))); } catch (NumberFormatException e) { return Double.NaN; }
            }
        return Double.NaN;
    }

    private static double median(double[] v) {
        if (v.length == 0) return 0;
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
