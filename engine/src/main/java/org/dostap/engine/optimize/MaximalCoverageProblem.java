package org.dostap.engine.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal covering location problem, MCLP (Church &amp; ReVelle 1974, "The maximal covering location problem",
 * Papers of the Regional Science Association 32): open p sites maximizing the demand weight (population)
 * within the threshold of an open site:
 * <pre>
 *   max Σ_i w_i z_i   s.t.  z_i ≤ Σ_{j: c_ij ≤ T} y_j ∀i,  Σ_j y_j = p,  z_i ∈ {0,1},  y_j ∈ {0,1},
 *   y_j = 1 for fixed-open sites, y_j = 0 for closed sites.
 * </pre>
 * {@code p} counts all open sites, fixed-open ones included. Solved by lazy greedy and vertex substitution
 * ({@link CoverageSearch}) with a Lagrangian upper bound ({@link CoverageLagrangian}); if a gap remains and the
 * options allow, the model reduced by Lagrangian fixing is solved with SCIP ({@link CoverageMip}). Each demand
 * point is assigned to its nearest open site (-1 when beyond the threshold of all).
 */
public final class MaximalCoverageProblem {
    public static final String NAME = "mclp";
    private final LocationInstance instance;
    private final int p;
    private final double threshold;

    public MaximalCoverageProblem(LocationInstance instance, int p, double threshold) {
        instance.requireSiteCount(p);
        if (!(threshold >= 0)) throw org.dostap.engine.common.PlanningException.invalid("threshold must be non-negative, got " + threshold);
        this.instance = instance;
        this.p = p;
        this.threshold = threshold;
    }

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        long deadline = options.deadlineNanos(start, 1);
        SolveMonitor monitor = options.monitor();
        monitor.begin(true);
        monitor.phase("greedy");
        CoverageSets sets = new CoverageSets(instance, threshold);
        CoverageSearch search = new CoverageSearch(instance, sets, monitor);
        search.greedy(p);
        monitor.incumbent(search.covered());
        monitor.phase("interchange");
        double covered = search.improve(options.deadlineNanos(start, 0.3));
        boolean[] open = search.open();
        boolean integral = integralWeights();
        double total = 0;
        for (int i = 0; i < instance.demandCount(); i++) if (sets.coverable(i)) total += instance.weight(i);
        monitor.bound(total);
        monitor.phase("lagrangian");
        CoverageLagrangian lagrangian = new CoverageLagrangian(instance, sets, p, monitor);
        double stopAt = stopAt(covered, integral, options.targetGap());
        lagrangian.run(3000, covered, stopAt, options.deadlineNanos(start, 0.5));
        double upper = Math.min(total, roundDown(lagrangian.bound(), integral));
        String method = "greedy+vertex-substitution+lagrangian(" + lagrangian.iterations() + " subgradient steps)";
        List<String> notes = new ArrayList<>();
        double remaining = (deadline - System.nanoTime()) / 1e9;
        if (upper > stopAt && options.exactAllowed() && remaining > 0.5) {
            monitor.phase("exact");
            double cutoff = integral ? covered + 1 - 1e-6 : covered + 1e-9 * Math.max(1, covered);
            int[] status = lagrangian.fixings(cutoff);
            int free = 0;
            for (int s : status) if (s == 0) free++;
            long pairs = 0;
            for (int i = 0; i < instance.demandCount(); i++) for (int j : sets.sitesOf[i]) if (status[j] >= 0) pairs++;
            if (pairs > MedianMipModels.MAX_PAIRS) {
                notes.add("exact model not built: " + pairs + " site-point pairs remain after Lagrangian fixing; the bound is the Lagrangian one");
                return finish(open, covered, upper, start, method, notes);
            }
            CoverageMip.Outcome out = CoverageMip.solve(instance, sets, p, status, open, List.of(), remaining, monitor);
            method += "+mip(" + Mip.SOLVER + ", " + free + " free sites)";
            Mip.Result r = out.result();
            if (r.hasSolution() && r.objective() > covered + 1e-9 * Math.max(1, covered)) {
                CoverageSearch check = new CoverageSearch(instance, sets);
                check.start(out.open());
                if (check.covered() > covered) { open = out.open(); covered = check.covered(); }
            }
            if (r.status() == com.google.ortools.linearsolver.MPSolver.ResultStatus.INFEASIBLE) upper = covered;
            else if (!Double.isNaN(r.bound())) upper = Math.min(upper, Math.max(covered, roundDown(r.bound(), integral)));
            if (!r.optimal() && upper > covered) notes.add("time limit reached in the exact model; the bound is the best proven");
        }
        return finish(open, covered, upper, start, method, notes);
    }

    private LocationSolution finish(boolean[] open, double covered, double upper, long start, String method, List<String> notes) {
        int[] assignment = new MedianCosts(instance).assign(open);
        for (int i = 0; i < assignment.length; i++)
            if (assignment[i] >= 0 && instance.costs().cost(i, assignment[i]) > threshold) assignment[i] = -1;
        return new LocationSolution(NAME, true, covered, covered, Math.max(covered, upper), Solutions.seconds(start), method,
                Solutions.sites(open), Solutions.list(assignment), notes);
    }

    private static double roundDown(double v, boolean integral) { return integral ? Math.floor(v + 1e-6) : v; }

    private static double stopAt(double covered, boolean integral, double targetGap) {
        double s = integral ? covered + 1 - 1e-6 : covered + 1e-9 * Math.max(1, covered);
        return targetGap > 0 ? Math.max(s, covered + targetGap * Math.abs(covered)) : s;
    }

    private boolean integralWeights() {
        for (int i = 0; i < instance.demandCount(); i++) if (instance.weight(i) != Math.rint(instance.weight(i))) return false;
        return true;
    }
}
