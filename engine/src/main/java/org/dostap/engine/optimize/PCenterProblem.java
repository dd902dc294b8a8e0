package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * p-center (Hakimi 1964): open p sites minimizing the largest cost from a demand point (positive weight) to
 * its nearest open site:
 * <pre>
 *   min r   s.t.  Σ_j x_ij = 1,  x_ij ≤ y_j,  Σ_j c_ij x_ij ≤ r ∀i,  Σ_j y_j = p,  binary x, y.
 * </pre>
 * Solved exactly by bisection over the distinct costs (Minieka 1970; Daskin, Network and Discrete Location,
 * 2nd ed., §5.3): radius r is feasible iff the set cover at threshold r needs at most p sites, decided with
 * SCIP ({@link SetCoveringProblem}). The bound starts at max_i min_j c_ij; a cover not decided in time leaves
 * the bound where it was proven.
 */
public final class PCenterProblem {
    public static final String NAME = "p-center";
    private final LocationInstance instance;
    private final int p;

    public PCenterProblem(LocationInstance instance, int p) {
        instance.requireSiteCount(p);
        this.instance = instance;
        this.p = p;
    }

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        long deadline = options.deadlineNanos(start, 1);
        SolveMonitor monitor = options.monitor();
        monitor.begin(false);
        Solutions.requireEveryWeightedPointServable(instance, "cannot be reached from any candidate site");
        int[] allowed = instance.allowedSites();
        TreeSet<Double> distinct = new TreeSet<>();
        double lowest = 0;
        for (int i = 0; i < instance.demandCount(); i++) {
            if (instance.weight(i) <= 0) continue;
            double nearest = Double.POSITIVE_INFINITY;
            for (int j : allowed) {
                double c = instance.costs().cost(i, j);
                if (c != Double.POSITIVE_INFINITY) { distinct.add(c); nearest = Math.min(nearest, c); }
            }
            lowest = Math.max(lowest, nearest);
        }
        List<Double> radii = new ArrayList<>(distinct.tailSet(lowest, true));
        monitor.bound(lowest);
        monitor.phase("exact");
        int lo = 0, hi = radii.size() - 1, provenLo = 0;
        boolean[] best = null;
        int searches = 0;
        while (lo <= hi) {
            double remaining = (deadline - System.nanoTime()) / 1e9;
            if (remaining <= 0.05) break;
            int mid = (lo + hi) >>> 1;
            searches++;
            CoverageSets sets = new CoverageSets(instance, radii.get(mid));
            SetCoveringProblem.Outcome o = SetCoveringProblem.solveCover(instance, sets, p, remaining, monitor);
            if (o.open() != null) { best = fill(o.open()); hi = mid - 1; monitor.incumbent(radii.get(mid)); }
            else {
                if (o.provenInfeasible()) provenLo = Math.max(provenLo, mid + 1);
                if (o.provenInfeasible() && mid + 1 < radii.size()) monitor.bound(radii.get(mid + 1));
                lo = mid + 1;
            }
        }
        if (best == null)
            throw new PlanningException(ErrorCode.INFEASIBLE, "No " + p + " sites serve every demand point, or none was found within the time limit.");
        int[] assignment = new MedianCosts(instance).assign(best);
        double radius = 0;
        for (int i = 0; i < assignment.length; i++)
            if (instance.weight(i) > 0) radius = Math.max(radius, instance.costs().cost(i, assignment[i]));
        double lower = Math.min(radius, radii.get(Math.min(provenLo, radii.size() - 1)));
        return new LocationSolution(NAME, false, radius, lower, radius, Solutions.seconds(start),
                "bisection over " + radii.size() + " radii with set-cover mip(" + Mip.SOLVER + ", " + searches + " solves)",
                Solutions.sites(best), Solutions.list(assignment), List.of());
    }

    /** A cover may use fewer than p sites: open further allowed sites (any) so that exactly p are open. */
    private boolean[] fill(boolean[] open) {
        int count = 0;
        for (boolean b : open) if (b) count++;
        for (int j = 0; j < open.length && count < p; j++) if (!open[j] && !instance.closed(j)) { open[j] = true; count++; }
        return open;
    }
}
