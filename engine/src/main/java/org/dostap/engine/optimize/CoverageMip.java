package org.dostap.engine.optimize;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;

import java.util.List;

/**
 * The maximal covering model (Church &amp; ReVelle 1974) with SCIP: max Σ w_i z_i, z_i ≤ Σ_{j∈N_i} y_j,
 * Σ y_j = p, z_i ∈ [0,1], y binary; sites fixed open/closed by {@code status}; optional group minimums
 * Σ_{i∈g} w_i z_i ≥ W_g (a share of a municipality's population within the standard).
 */
final class CoverageMip {
    private CoverageMip() { }

    /** A group of demand points that must have at least {@code minimumWeight} covered. */
    record GroupMinimum(int[] demands, double minimumWeight) { }

    record Outcome(Mip.Result result, boolean[] open) { }

    static Outcome solve(LocationInstance instance, CoverageSets sets, int p, int[] status, boolean[] hint,
                         List<GroupMinimum> groups, double timeLimitSeconds, SolveMonitor monitor) {
        int m = status.length, n = instance.demandCount();
        try (Mip mip = new Mip(timeLimitSeconds, monitor)) {
            MPVariable[] y = new MPVariable[m];
            MPConstraint count = mip.equal(p);
            for (int j = 0; j < m; j++) {
                if (status[j] < 0) continue;
                y[j] = status[j] > 0 ? mip.num(1, 1) : mip.bool();
                count.setCoefficient(y[j], 1);
            }
            MPVariable[] z = new MPVariable[n];
            for (int i = 0; i < n; i++) {
                if (instance.weight(i) <= 0) continue;
                MPConstraint link = null;
                for (int j : sets.sitesOf[i]) {
                    if (y[j] == null) continue;
                    if (link == null) {
                        z[i] = mip.num(0, 1);
                        mip.objective(z[i], instance.weight(i));
                        link = mip.atMost(0);
                        link.setCoefficient(z[i], 1);
                    }
                    link.setCoefficient(y[j], -1);
                }
            }
            for (GroupMinimum g : groups) {
                MPConstraint c = mip.atLeast(g.minimumWeight());
                for (int i : g.demands()) if (z[i] != null) c.setCoefficient(z[i], instance.weight(i));
            }
            mip.maximize();
            if (hint != null) MedianMipModels.setHint(mip, y, hint);
            Mip.Result r = mip.solve();
            return new Outcome(r, r.hasSolution() ? MedianMipModels.values(y) : null);
        }
    }
}
