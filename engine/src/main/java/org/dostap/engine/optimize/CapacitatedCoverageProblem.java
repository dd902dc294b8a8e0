package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import java.util.List;

/**
 * Capacitated maximal coverage with single-source assignment (Current &amp; Storbeck 1988, "Capacitated
 * covering models", Environment and Planning B 15): open p sites and assign demand points within the threshold
 * so that the covered weight is largest and no site serves more load than its capacity:
 * <pre>
 *   max Σ_i Σ_{j: c_ij ≤ T} w_i x_ij   s.t.  Σ_j x_ij ≤ 1,  Σ_i q_i x_ij ≤ Q_j y_j,  x_ij ≤ y_j,  Σ_j y_j = p,  x, y binary.
 * </pre>
 * Solved exactly with SCIP; the bound is SCIP's. A point not assigned (-1) is not covered.
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

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        options.monitor().begin(true);
        options.monitor().phase("exact");
        CapacityModel.Outcome out = CapacityModel.solve(instance, p, threshold, 0, true, false,
                CapacityModel.deadline(start, options.timeLimitSeconds()), options.monitor());
        Mip.Result r = out.result();
        if (!r.hasSolution())
            throw new PlanningException(ErrorCode.INFEASIBLE, "No solution found in " + options.timeLimitSeconds() + " s (" + r.status() + ").");
        double covered = 0;
        int[] a = out.assignment();
        for (int i = 0; i < a.length; i++) if (a[i] >= 0) covered += instance.weight(i);
        double upper = Math.max(covered, r.bound());
        List<String> notes = r.optimal() ? List.of() : List.of("time limit reached; the bound is the best proven");
        return new LocationSolution(NAME, true, covered, covered, upper, Solutions.seconds(start), "mip(" + Mip.SOLVER + ")",
                Solutions.sites(out.open()), Solutions.list(a), notes);
    }
}
