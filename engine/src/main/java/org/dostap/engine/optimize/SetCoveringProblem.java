package org.dostap.engine.optimize;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import java.util.ArrayList;
import java.util.List;

/**
 * Location set covering problem, LSCP (Toregas, Swain, ReVelle &amp; Bergman 1971, "The location of emergency
 * service facilities", Operations Research 19): the fewest sites such that every demand point with positive
 * weight is within the threshold of an open site:
 * <pre>
 *   min Σ_j y_j   s.t.  Σ_{j: c_ij ≤ T} y_j ≥ 1 ∀i with w_i &gt; 0,  y_j ∈ {0,1},  fixed-open y_j = 1, closed y_j = 0.
 * </pre>
 * Feasibility is checked first: demand points no allowed candidate reaches within the threshold are reported
 * (INFEASIBLE, each named). Solved exactly with SCIP from a greedy start; the bound is SCIP's.
 */
public final class SetCoveringProblem {
    public static final String NAME = "lscp";
    private final LocationInstance instance;
    private final double threshold;

    public SetCoveringProblem(LocationInstance instance, double threshold) {
        if (instance.candidateCount() == 0) throw PlanningException.invalid("the candidate set is empty: give at least one candidate site");
        if (!(threshold >= 0)) throw PlanningException.invalid("threshold must be non-negative, got " + threshold);
        this.instance = instance;
        this.threshold = threshold;
    }

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        options.monitor().begin(false);
        CoverageSets sets = new CoverageSets(instance, threshold);
        List<Integer> uncoverable = new ArrayList<>();
        for (int i = 0; i < instance.demandCount(); i++) if (instance.weight(i) > 0 && !sets.coverable(i)) uncoverable.add(i);
        if (!uncoverable.isEmpty())
            throw Solutions.unservable(instance, uncoverable, "cannot be reached within " + instance.formatCost(threshold)
                    + " from any candidate site; no set of sites covers every demand point");
        options.monitor().phase("exact");
        Outcome o = solveCover(instance, sets, Integer.MAX_VALUE, options.timeLimitSeconds(), options.monitor());
        if (o.open == null)
            throw new PlanningException(ErrorCode.INFEASIBLE, "No cover found within the time limit of " + options.timeLimitSeconds() + " s.");
        int[] assignment = new MedianCosts(instance).assign(o.open);
        int sites = Solutions.sites(o.open).size();
        List<String> notes = o.optimal ? List.of() : List.of("time limit reached; the bound is the best proven");
        return new LocationSolution(NAME, false, sites, Math.min(sites, Math.ceil(o.bound - 1e-6)), sites, Solutions.seconds(start),
                "mip(" + Mip.SOLVER + ")", Solutions.sites(o.open), Solutions.list(assignment), notes);
    }

    record Outcome(boolean[] open, double bound, boolean optimal, boolean provenInfeasible) { }

    /** Minimum cover with at most {@code maxSites} sites (used by p-center). */
    static Outcome solveCover(LocationInstance instance, CoverageSets sets, int maxSites, double timeLimitSeconds, SolveMonitor monitor) {
        int m = instance.candidateCount();
        try (Mip mip = new Mip(timeLimitSeconds, monitor)) {
            MPVariable[] y = new MPVariable[m];
            MPConstraint count = maxSites == Integer.MAX_VALUE ? null : mip.atMost(maxSites);
            for (int j = 0; j < m; j++) {
                if (instance.closed(j)) continue;
                y[j] = instance.fixedOpen(j) ? mip.num(1, 1) : mip.bool();
                mip.objective(y[j], 1);
                if (count != null) count.setCoefficient(y[j], 1);
            }
            for (int i = 0; i < instance.demandCount(); i++) {
                if (instance.weight(i) <= 0) continue;
                MPConstraint c = mip.atLeast(1);
                for (int j : sets.sitesOf[i]) c.setCoefficient(y[j], 1);
            }
            mip.minimize();
            Mip.Result r = mip.solve();
            boolean infeasible = r.status() == MPSolver.ResultStatus.INFEASIBLE;
            return new Outcome(r.hasSolution() ? MedianMipModels.values(y) : null, infeasible ? Double.POSITIVE_INFINITY : r.bound(),
                    r.optimal(), infeasible);
        }
    }
}
