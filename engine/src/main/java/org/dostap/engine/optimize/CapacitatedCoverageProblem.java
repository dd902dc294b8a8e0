package org.dostap.engine.optimize;

import org.dostap.engine.common.PlanningException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Capacitated maximal coverage with single-source assignment (Current &amp; Storbeck 1988, "Capacitated
 * covering models", Environment and Planning B 15): open p sites and assign demand points within the threshold
 * so that the covered weight is largest and no site serves more load than its capacity:
 * <pre>
 *   max Σ_i Σ_{j: c_ij ≤ T} w_i x_ij   s.t.  Σ_j x_ij ≤ 1,  Σ_i q_i x_ij ≤ Q_j y_j,  x_ij ≤ y_j,  Σ_j y_j = p,  x, y binary.
 * </pre>
 * w_i is the objective weight (residents on a region) and q_i the load on a site's capacity (service users); they may
 * differ. A point not assigned (-1) is not covered; a point whose load exceeds a site's capacity never goes there.
 * <p>Solved in phases, as the capacitated p-median: (1) the greedy start ({@link CapacitatedCoverageGreedy});
 * (2) the Lagrangian relaxation of the assignment constraints ({@link CapacitatedCoverageBound}), whose every iteration's
 * p sites are assigned by {@link CapacitatedCoverageAssigner} (a Lagrangian heuristic); (3) local search over the open
 * sites ({@link CapacitatedCoverageSearch}); (4) the LP relaxation (GLOP); (5) SCIP on the full model from the best
 * solution (its hint: SCIP's first incumbent, so that it prunes below it; OR-Tools offers no cutoff beyond that) and
 * stopped as soon as it reaches the bound. The bound is the smallest of: the weight within reach, the capacity bound
 * ({@link CapacitatedCoveragePairs#capacityBound()}), the Lagrangian bound, the LP bound and SCIP's; rounded down when
 * every weight is whole. The notes say which one it was.
 */
public final class CapacitatedCoverageProblem {
    public static final String NAME = "capacitated-coverage";
    private final LocationInstance instance;
    private final int p;
    private final double threshold;

    public CapacitatedCoverageProblem(LocationInstance instance, int p, double threshold) {
        instance.requireSiteCount(p);
        if (!instance.capacitated()) throw PlanningException.invalid("capacitated coverage needs a capacity for every candidate site");
        if (!(threshold >= 0)) throw PlanningException.invalid("threshold must be non-negative, got " + threshold);
        this.instance = instance;
        this.p = p;
        this.threshold = threshold;
    }

    private static final CapacitatedCoverageBound.Result NONE = new CapacitatedCoverageBound.Result(Double.POSITIVE_INFINITY, null, 0, 0);

    /** A bound and what it is. */
    private record Bound(double value, String source) {
        Bound min(double v, String s) { return v < value ? new Bound(v, s) : this; }
    }

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        double limit = options.timeLimitSeconds();
        long deadline = CapacityModel.deadline(start, limit);
        SolveMonitor monitor = options.monitor();
        monitor.begin(true);
        if (options.exactAllowed()) Mip.loadNativeInBackground(); // the solver comes late: its library loads meanwhile
        monitor.phase("greedy");
        instance.costs().prepareOrders(monitor, false);
        boolean integral = integralWeights();
        CapacitatedCoveragePairs pairs = new CapacitatedCoveragePairs(instance, p, threshold);
        Bound bound = new Bound(pairs.reachableWeight(), "the weight within reach of any candidate site");
        bound = bound.min(pairs.capacityBound(), "the capacity of the p largest sites (a knapsack of the loads)");
        monitor.bound(bound.value());
        CapacitatedCoverageSearch search = new CapacitatedCoverageSearch(pairs, threshold, 1, start, monitor);
        CapacitatedCoverageGreedy.Start greedy = CapacitatedCoverageGreedy.solve(instance, p, threshold,
                start + (long) (limit * 0.05e9), monitor);
        search.offer(greedy.open(), greedy.assignment());
        double target = options.targetGap();
        // 1. Lagrangian bound; every iteration's p sites are assigned (a Lagrangian heuristic)
        monitor.phase("lagrangian");
        CapacitatedCoverageBound lagrangian = new CapacitatedCoverageBound(pairs);
        double tolerance = integral ? 1 - 1e-6 : 1e-9;
        CapacitatedCoverageBound.Result first = NONE;
        if (gapOpen(search.best(), bound.value(), integral, target)) {
            first = lagrangian.run(lagrangian.start(), Integer.MAX_VALUE, start + (long) (limit * 0.10e9),
                    search::best, tolerance, false, search::offer, monitor);
            bound = bound.min(first.bound(), "Lagrangian");
        }
        // 2. local search over the open sites
        monitor.phase("local search");
        long searchEnd = options.exactAllowed() ? start + (long) (limit * 0.35e9) : start + (long) (limit * 0.85e9);
        if (gapOpen(search.best(), bound.value(), integral, target))
            search.improve(searchEnd, stop(bound.value(), integral, target), (long) (Math.max(1, limit * 0.1) * 1e9));
        // 3. the bound again, its step aimed at the better covered weight: continuous knapsacks, then 0-1 knapsacks
        monitor.phase("lagrangian");
        int[] iteration = {0};
        java.util.function.Consumer<boolean[]> sometimes = chosen -> { if (++iteration[0] % 5 == 0) search.offer(chosen); };
        double end = options.exactAllowed() ? 0.45 : 0.95;
        CapacitatedCoverageBound.Result second = NONE, third = NONE;
        if (gapOpen(search.best(), bound.value(), integral, target)) {
            second = lagrangian.run(first.multipliers() != null ? first.multipliers() : lagrangian.start(), Integer.MAX_VALUE, start + (long) (limit * (end - 0.05) * 1e9),
                    search::best, tolerance, false, sometimes, monitor);
            bound = bound.min(second.bound(), "Lagrangian");
        }
        if (gapOpen(search.best(), bound.value(), integral, target)) {
            double[] from = second.bound() < first.bound() ? second.multipliers() : first.multipliers() != null ? first.multipliers() : lagrangian.start();
            third = lagrangian.run(from, 200, start + (long) (limit * end * 1e9), search::best, tolerance, true, sometimes, monitor);
            bound = bound.min(third.bound(), "Lagrangian01");
        }
        double heuristic = search.best(), heuristicSeconds = search.bestSeconds();
        double lagrangianSeconds = Solutions.seconds(start);
        // 4. the LP relaxation
        String lpNote = "LP not run";
        if (gapOpen(search.best(), bound.value(), integral, target) && deadline - System.nanoTime() > 1_000_000_000L) {
            monitor.phase("lp bound");
            long lpStart = System.nanoTime();
            long lpEnd = Math.min(deadline, lpStart + (long) (Math.max(1, limit * 0.1) * 1e9));
            Mip.Result lp = CapacityModel.solve(instance, p, threshold, 0, true, true, lpEnd, monitor).result();
            if (lp.optimal()) {
                bound = bound.min(lp.objective() + 1e-7 * Math.max(1, Math.abs(lp.objective())), "the LP relaxation (GLOP)");
                monitor.bound(lp.objective());
            }
            lpNote = String.format(Locale.ROOT, "LP %.2f s (%s%s)", Solutions.seconds(lpStart), lp.label(),
                    lp.optimal() ? ", " + fmt(lp.objective()) : "");
        }
        // 5. SCIP from the best solution, stopped at the bound
        String mipNote = "mip not run";
        boolean mipRun = false;
        if (options.exactAllowed() && gapOpen(search.best(), bound.value(), integral, target) && deadline - System.nanoTime() > 1_000_000_000L) {
            monitor.phase("exact");
            long mipStart = System.nanoTime();
            double stopAt = rounded(bound.value(), integral);
            CapacityModel.Outcome out = CapacityModel.solve(instance, p, threshold, 0, true, false, deadline, monitor,
                    search.bestOpen(), search.bestAssignment(), "limits/primal = " + String.format(Locale.ROOT, "%.6f", stopAt - 1e-6));
            Mip.Result r = out.result();
            mipRun = true;
            if (r.hasSolution()) search.offer(out.open(), out.assignment());
            if (Double.isFinite(r.bound()) && r.bound() >= 0)
                bound = bound.min(r.bound() + 1e-7 * Math.max(1, Math.abs(r.bound())), "SCIP's");
            mipNote = String.format(Locale.ROOT, "mip %.2f s (%s)", Solutions.seconds(mipStart), r.label());
        }
        int[] a = search.bestAssignment();
        double covered = 0;
        for (int i = 0; i < a.length; i++) if (a[i] >= 0) covered += instance.weight(i);
        double upper = Math.max(covered, rounded(bound.value(), integral));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "phases: greedy %s, lagrangian and local search %.2f s (%d + %d + %d iterations, %d 0-1 knapsacks,"
                        + " %d assignments), %s, %s", fmt(greedy.covered()), lagrangianSeconds, first.iterations(), second.iterations(),
                third.iterations(), third.knapsacksByDp(), search.evaluations(), lpNote, mipNote));
        notes.add(String.format(Locale.ROOT, "heuristic: %s at %.2f s", fmt(heuristic), heuristicSeconds));
        notes.add("bound: " + describe(bound.source()) + (integral ? ", rounded down to a whole weight" : ""));
        String method = "lagrangian+local-search" + (mipRun ? "+mip(" + Mip.SOLVER + ")" : "");
        return new LocationSolution(NAME, true, covered, covered, upper, Solutions.seconds(start), method,
                Solutions.sites(search.bestOpen()), Solutions.list(a), notes);
    }

    /**
     * The baseline: SCIP alone on the textbook model (no heuristic, no hint), stopping once it holds a solution covering
     * at least {@code stopAtObjective} (infinite: never) or at the time limit. For benchmarks; the bound is SCIP's (the
     * total weight when it has none). The answer has no sites when SCIP found no solution.
     */
    public LocationSolution solveTextbookMip(SolveOptions options, double stopAtObjective) {
        long start = System.nanoTime();
        String params = Double.isFinite(stopAtObjective) ? "limits/primal = " + String.format(Locale.ROOT, "%.6f", stopAtObjective) : "";
        CapacityModel.Outcome out = CapacityModel.solve(instance, p, threshold, 0, true, false,
                CapacityModel.deadline(start, options.timeLimitSeconds()), options.monitor(), null, null, params);
        Mip.Result r = out.result();
        double covered = 0;
        int[] a = new int[instance.demandCount()];
        java.util.Arrays.fill(a, -1);
        if (r.hasSolution()) {
            a = out.assignment();
            for (int i = 0; i < a.length; i++) if (a[i] >= 0) covered += instance.weight(i);
        }
        double upper = Double.isFinite(r.bound()) ? Math.max(covered, r.bound()) : instance.totalWeight();
        return new LocationSolution(NAME, true, covered, covered, Math.max(covered, upper), Solutions.seconds(start),
                "mip(" + Mip.SOLVER + ", textbook)", r.hasSolution() ? Solutions.sites(out.open()) : List.of(), Solutions.list(a),
                List.of("status " + r.label()));
    }

    private boolean integralWeights() {
        for (int i = 0; i < instance.demandCount(); i++) if (instance.weight(i) != Math.rint(instance.weight(i))) return false;
        return true;
    }

    /** An upper bound rounded down to a whole weight when the weights are whole (with a margin for rounding errors). */
    private static double rounded(double bound, boolean integral) {
        return integral ? Math.floor(bound + 1e-6 * Math.max(1, Math.abs(bound))) : bound;
    }

    /** True while the covered weight is below the bound by more than the target gap (and, for whole weights, by 1 or more). */
    private static boolean gapOpen(double covered, double bound, boolean integral, double targetGap) {
        double upper = rounded(bound, integral);
        if (!Double.isFinite(covered)) return true;
        return upper - covered > Math.max(1e-9 * Math.max(1, Math.abs(covered)), targetGap * Math.abs(covered));
    }

    /** The covered weight at which the local search may stop: the bound (within the target gap). */
    private static double stop(double bound, boolean integral, double targetGap) {
        double upper = rounded(bound, integral);
        return upper / (1 + Math.min(targetGap, 1e6)) - 1e-9 * Math.max(1, Math.abs(upper));
    }

    private static String describe(String source) {
        return switch (source) {
            case "Lagrangian" -> "Lagrangian relaxation of the assignment constraints (a continuous knapsack per site)";
            case "Lagrangian01" -> "Lagrangian relaxation of the assignment constraints (a 0-1 knapsack per site by dynamic programming)";
            default -> source;
        };
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
