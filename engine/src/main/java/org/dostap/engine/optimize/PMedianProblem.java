package org.dostap.engine.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * p-median: open p sites minimizing the demand-weighted cost (travel time) of serving every demand
 * point from its nearest open site (Hakimi 1964; ReVelle &amp; Swain 1970):
 * <pre>
 *   min Σ_i Σ_j w_i c_ij x_ij   s.t.  Σ_j x_ij = 1 ∀i,  x_ij ≤ y_j,  Σ_j y_j = p,  y_j ∈ {0,1},
 *   y_j = 1 for fixed-open sites, y_j = 0 for closed sites.
 * </pre>
 * {@code p} counts every open site, fixed-open ones included. Solved by Lagrangian relaxation (lower bound,
 * {@link MedianLagrangian}) with vertex substitution ({@link FastInterchange}); when a gap remains and the
 * options allow, sites are fixed by Lagrangian reduced-cost tests and a Lagrangian branch and bound on the sites
 * proves the optimum ({@link MedianBranchAndBound}). Infinite costs are allowed: a solution that leaves a
 * demand point unserved is reported as INFEASIBLE.
 */
public final class PMedianProblem {
    public static final String NAME = "p-median";
    private final LocationInstance instance;
    private final int p;

    public PMedianProblem(LocationInstance instance, int p) {
        instance.requireSiteCount(p);
        this.instance = instance;
        this.p = p;
    }

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        long deadline = options.deadlineNanos(start, 1);
        SolveMonitor monitor = options.monitor();
        monitor.begin(false);
        monitor.phase("greedy");
        Solutions.requireEveryWeightedPointServable(instance,
                "cannot be reached from any candidate site; remove it or add a candidate that reaches it");
        MedianCosts mc = new MedianCosts(instance);
        boolean integral = integralWeights() && instance.costs().integral();
        MedianLagrangian lagrangian = new MedianLagrangian(mc, p, monitor);
        long lagrangianDeadline = options.deadlineNanos(start, 0.4);
        StringBuilder phases = new StringBuilder("phases:");
        long t = System.nanoTime();
        boolean[] open = FastInterchange.greedy(mc, p);
        lagrangian.offer(open, mc.evaluate(open));
        t = phase(phases, "greedy", t);
        monitor.phase("lagrangian");
        lagrangian.run(300, Double.POSITIVE_INFINITY, options.deadlineNanos(start, 0.15));
        t = phase(phases, "lagrangian", t);
        open = lagrangian.upperOpen();
        monitor.phase("interchange");
        FastInterchange search = new FastInterchange(mc, open, monitor);
        double cost = search.run(options.deadlineNanos(start, 0.5));
        t = phase(phases, "interchange", t);
        lagrangian.offer(search.open(), cost);
        double stopAt = stopAt(lagrangian.upper(), integral, options.targetGap());
        monitor.phase("lagrangian");
        lagrangian.run(5000, stopAt, Math.max(lagrangianDeadline, options.deadlineNanos(System.nanoTime(), 0.25)));
        t = phase(phases, "lagrangian", t);
        if (lagrangian.upper() < cost) { // the relaxation found a better start: polish it too
            monitor.phase("interchange");
            FastInterchange again = new FastInterchange(mc, lagrangian.upperOpen(), monitor);
            lagrangian.offer(again.open(), again.run(options.deadlineNanos(start, 0.7)));
        }
        open = lagrangian.upperOpen();
        double upper = lagrangian.upper();
        double lower = Solutions.roundBound(lagrangian.bound(), integral);
        List<String> notes = new ArrayList<>();
        notes.add(phases.toString());
        String method = "lagrangian(" + lagrangian.iterations() + " subgradient steps)+fast-interchange";
        double remaining = (deadline - System.nanoTime()) / 1e9;
        if (lower < stopAt && options.exactAllowed() && remaining > 0.5) {
            monitor.phase("exact");
            double cutoff = integral ? upper - 1 + 1e-6 : upper - 1e-9 * Math.max(1, upper);
            int[] status = lagrangian.fixings(cutoff);
            int free = 0;
            for (int s : status) if (s == 0) free++;
            double[] maxCost = lagrangian.maxServiceCosts(cutoff);
            long pairs = MedianMipModels.radiusPairs(mc, status, maxCost);
            if (pairs > MedianMipModels.MAX_PAIRS) {
                notes.add("exact search not run: " + pairs + " site-point pairs remain after Lagrangian fixing (limit "
                        + MedianMipModels.MAX_PAIRS + "); the bound is the Lagrangian one");
                return finish(mc, open, upper, lower, start, method, notes);
            }
            MedianBranchAndBound bnb = new MedianBranchAndBound(mc, p, status, maxCost, open, upper, integral, options.targetGap(),
                    deadline, monitor);
            MedianBranchAndBound.Result b = bnb.solve(status, lagrangian.bestMultipliers(), lagrangian.bound());
            method += "+branch-and-bound(" + free + " free sites, " + b.nodes() + " nodes)";
            phase(phases, "branch-and-bound", t);
            notes.set(0, phases.toString());
            if (b.open() != null && b.upper() < upper) { open = b.open(); upper = b.upper(); }
            lower = Math.max(lower, Math.min(upper, Solutions.roundBound(b.lower(), integral)));
            if (!b.exhausted() && lower < upper) notes.add("time limit reached in the branch and bound; the bound is the best proven");
        }
        return finish(mc, open, upper, lower, start, method, notes);
    }

    private LocationSolution finish(MedianCosts mc, boolean[] open, double upper, double lower, long start, String method, List<String> notes) {
        int[] assignment = mc.assign(open);
        List<Integer> unserved = new ArrayList<>();
        for (int i = 0; i < assignment.length; i++)
            if (instance.weight(i) > 0 && instance.costs().cost(i, assignment[i]) == Double.POSITIVE_INFINITY) unserved.add(i);
        if (!unserved.isEmpty())
            throw Solutions.unservable(instance, unserved, "cannot reach any of the " + p + " chosen sites; open more sites or add candidates near it");
        return new LocationSolution(NAME, false, upper, Math.min(lower, upper), upper, Solutions.seconds(start), method,
                Solutions.sites(open), Solutions.list(assignment), notes);
    }

    /**
     * The plain textbook MIP (x_ij + y_j, spopt's formulation) over the whole instance with SCIP: the
     * baseline the benchmark compares against.
     */
    public LocationSolution solveTextbookMip(SolveOptions options) {
        long start = System.nanoTime();
        MedianCosts mc = new MedianCosts(instance);
        MedianMipModels.Outcome out = MedianMipModels.textbook(mc, p, options.timeLimitSeconds());
        Mip.Result r = out.result();
        boolean integral = integralWeights() && instance.costs().integral();
        if (!r.hasSolution())
            return new LocationSolution(NAME, false, Double.POSITIVE_INFINITY, Double.isNaN(r.bound()) ? 0 : r.bound(),
                    Double.POSITIVE_INFINITY, Solutions.seconds(start), "textbook-mip(" + Mip.SOLVER + ")", List.of(), List.of(),
                    List.of("no solution within the time limit (" + r.status() + ")"));
        double upper = mc.evaluate(out.open());
        double lower = Math.min(upper, Solutions.roundBound(r.bound(), integral));
        return new LocationSolution(NAME, false, upper, lower, upper, Solutions.seconds(start),
                "textbook-mip(" + Mip.SOLVER + ", " + out.variables() + " variables)", Solutions.sites(out.open()),
                Solutions.list(mc.assign(out.open())), List.of());
    }

    private static long phase(StringBuilder phases, String name, long since) {
        long now = System.nanoTime();
        phases.append(String.format(java.util.Locale.ROOT, " %s %.2f s", name, (now - since) / 1e9));
        return now;
    }

    /** The objective a solution must beat to matter: one less when costs are integral, less the target gap. */
    static double stopAt(double upper, boolean integral, double targetGap) {
        double s = integral ? upper - 1 + 1e-6 : upper - 1e-9 * Math.max(1, Math.abs(upper));
        return targetGap > 0 ? Math.min(s, upper - targetGap * Math.abs(upper)) : s;
    }

    private boolean integralWeights() {
        for (int i = 0; i < instance.demandCount(); i++) if (instance.weight(i) != Math.rint(instance.weight(i))) return false;
        return true;
    }
}
