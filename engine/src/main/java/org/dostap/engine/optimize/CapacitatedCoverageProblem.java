package org.dostap.engine.optimize;

import org.dostap.engine.common.PlanningException;

import java.util.List;

/**
 * Capacitated maximal coverage with single-source assignment (Current &amp; Storbeck 1988, "Capacitated
 * covering models", Environment and Planning B 15): open p sites and assign demand points within the threshold
 * so that the covered weight is largest and no site serves more load than its capacity:
 * <pre>
 *   max Σ_i Σ_{j: c_ij ≤ T} w_i x_ij   s.t.  Σ_j x_ij ≤ 1,  Σ_i q_i x_ij ≤ Q_j y_j,  x_ij ≤ y_j,  Σ_j y_j = p,  x, y binary.
 * </pre>
 * A greedy start ({@link CapacitatedCoverageGreedy}) is SCIP's first incumbent and the answer when SCIP finds none in
 * the limit; the bound is SCIP's (the total weight when SCIP has none). A point not assigned (-1) is not covered.
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
        long deadline = CapacityModel.deadline(start, options.timeLimitSeconds());
        options.monitor().begin(true);
        options.monitor().phase("greedy");
        CapacitatedCoverageGreedy.Start greedy = CapacitatedCoverageGreedy.solve(instance, p, threshold,
                start + (deadline - start) / 5, options.monitor());
        options.monitor().phase("exact");
        CapacityModel.Outcome out = CapacityModel.solve(instance, p, threshold, 0, true, false, deadline, options.monitor(),
                greedy.open(), greedy.assignment());
        Mip.Result r = out.result();
        double covered = 0;
        int[] a = r.hasSolution() ? out.assignment() : null;
        if (a != null) for (int i = 0; i < a.length; i++) if (a[i] >= 0) covered += instance.weight(i);
        boolean useGreedy = a == null || covered < greedy.covered();
        boolean[] open = useGreedy ? greedy.open() : out.open();
        if (useGreedy) { a = greedy.assignment(); covered = greedy.covered(); }
        double bound = Double.isFinite(r.bound()) && r.bound() > 0 ? r.bound() : instance.totalWeight();
        double upper = Math.max(covered, Math.min(bound, instance.totalWeight()));
        List<String> notes = new java.util.ArrayList<>();
        notes.add("greedy start: " + greedy.covered());
        if (a == greedy.assignment() && !r.hasSolution())
            notes.add("SCIP found no solution in the limit (" + r.status() + "): the greedy start is the answer; the bound is "
                    + (bound == instance.totalWeight() ? "the total weight" : "SCIP's"));
        else if (!r.optimal()) notes.add("time limit reached; the bound is the best proven");
        return new LocationSolution(NAME, true, covered, covered, upper, Solutions.seconds(start),
                "greedy+mip(" + Mip.SOLVER + ")", Solutions.sites(open), Solutions.list(a), notes);
    }
}
