package org.dostap.engine.optimize;

import com.google.ortools.linearsolver.MPSolver;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import java.util.ArrayList;
import java.util.List;

/**
 * Capacitated p-median with single-source assignment (Osman &amp; Christofides 1994, "Capacitated clustering
 * problems by hybrid simulated annealing and tabu search", ITOR 1; Lorena &amp; Senne 2004, C&amp;OR 31):
 * <pre>
 *   min Σ_i Σ_j w_i c_ij x_ij   s.t.  Σ_j x_ij = 1,  Σ_i q_i x_ij ≤ Q_j y_j,  x_ij ≤ y_j,  Σ_j y_j = p,  x, y binary,
 * </pre>
 * where q_i is the load of point i (its demand; the objective weight w_i may differ, e.g. 1 in the published
 * instances). Solved with SCIP. Above {@code fullModelMaxPoints} demand points each point may only go to its
 * {@code nearestSites} closest sites (a heuristic restriction): the lower bound then comes from the LP
 * relaxation of the full model (GLOP), so the reported gap stays valid.
 */
public final class CapacitatedPMedianProblem {
    public static final String NAME = "capacitated-p-median";
    private final LocationInstance instance;
    private final int p;
    private int fullModelMaxPoints = 100;
    private int nearestSites = 20;

    public CapacitatedPMedianProblem(LocationInstance instance, int p) {
        instance.requireSiteCount(p);
        if (!instance.capacitated()) throw PlanningException.invalid("capacitated p-median needs a capacity for every candidate site");
        this.instance = instance;
        this.p = p;
    }

    /** Restricts assignments to each point's {@code nearest} sites once there are more than {@code maxPoints}. */
    public CapacitatedPMedianProblem withSparsity(int maxPoints, int nearest) {
        this.fullModelMaxPoints = maxPoints;
        this.nearestSites = nearest;
        return this;
    }

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        long deadline = CapacityModel.deadline(start, options.timeLimitSeconds());
        SolveMonitor monitor = options.monitor();
        monitor.begin(false);
        instance.costs().prepareOrders(monitor, false);
        checkCapacity();
        boolean sparse = instance.demandCount() > fullModelMaxPoints;
        double lpSeconds = 0;
        double lpBound = 0; // costs are non-negative: 0 is the trivial bound when the LP is not solved in time
        if (sparse) {
            monitor.phase("lp bound");
            CapacityModel.Outcome lp = CapacityModel.solve(instance, p, Double.POSITIVE_INFINITY, 0, false, true,
                    start + (long) (options.timeLimitSeconds() * 0.3e9), monitor);
            if (lp.result().optimal()) lpBound = lp.result().objective();
            monitor.bound(lpBound);
            lpSeconds = Solutions.seconds(start);
        }
        // the MIP gets what is left of the limit once its model is built (at least 1 s)
        monitor.phase("exact");
        CapacityModel.Outcome out = CapacityModel.solve(instance, p, Double.POSITIVE_INFINITY, sparse ? nearestSites : 0, false, false,
                Math.max(deadline, System.nanoTime() + 1_000_000_000L), monitor);
        Mip.Result r = out.result();
        if (r.status() == MPSolver.ResultStatus.INFEASIBLE && !sparse)
            throw new PlanningException(ErrorCode.INFEASIBLE, "No assignment of every demand point to " + p
                    + " sites fits the capacities (proven by the solver): open more sites or raise capacities.");
        if (!r.hasSolution())
            throw new PlanningException(ErrorCode.INFEASIBLE, "No assignment within the capacities was found"
                    + (sparse ? " among each point's " + nearestSites + " nearest sites" : "") + " in " + options.timeLimitSeconds() + " s.");
        double objective = 0;
        int[] a = out.assignment();
        for (int i = 0; i < a.length; i++) objective += instance.weight(i) * instance.costs().cost(i, a[i]);
        boolean integral = instance.costs().integral();
        double lower = sparse ? lpBound : r.bound();
        lower = Math.min(objective, Solutions.roundBound(lower, integral));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT, "phases:%s mip %.2f s", sparse ? String.format(java.util.Locale.ROOT,
                " lp-bound %.2f s", lpSeconds) : "", Solutions.seconds(start) - lpSeconds));
        if (sparse) notes.add("assignments restricted to each point's " + nearestSites + " nearest sites; bound from the full LP relaxation"
                + (lpBound == 0 ? " (not solved within its time share: bound 0)" : ""));
        String method = sparse ? "mip(" + Mip.SOLVER + ", " + nearestSites + " nearest sites)+lp-bound(GLOP)" : "mip(" + Mip.SOLVER + ")";
        return new LocationSolution(NAME, false, objective, lower, objective, Solutions.seconds(start), method,
                Solutions.sites(out.open()), Solutions.list(a), notes);
    }

    private void checkCapacity() {
        double load = 0;
        for (int i = 0; i < instance.demandCount(); i++) load += instance.load(i);
        double largest = java.util.Arrays.stream(instance.allowedSites()).mapToDouble(instance::capacity).max().orElse(0);
        List<Integer> tooLarge = new ArrayList<>();
        for (int i = 0; i < instance.demandCount(); i++) if (instance.load(i) > largest) tooLarge.add(i);
        if (!tooLarge.isEmpty())
            throw Solutions.unservable(instance, tooLarge, "needs more than the largest site capacity (" + fmt(largest)
                    + ") on its own: raise the capacity to at least its demand");
        // fixed-open sites are open whatever their capacity; the other sites add their largest capacities
        double best = 0;
        int open = 0;
        for (int j : instance.fixedOpenSites()) { best += instance.capacity(j); open++; }
        double[] caps = java.util.Arrays.stream(instance.allowedSites()).filter(j -> !instance.fixedOpen(j))
                .mapToDouble(instance::capacity).sorted().toArray();
        for (int k = 0; k < p - open && k < caps.length; k++) best += caps[caps.length - 1 - k];
        if (load > best + 1e-9)
            throw new PlanningException(ErrorCode.INFEASIBLE, "The total demand " + fmt(load) + " exceeds the capacity of the "
                    + (open == 0 ? p + " largest sites" : open + " fixed-open sites and the " + (p - open) + " largest others")
                    + " together (" + fmt(best) + "): open more sites or raise capacities.");
    }

    static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
}
