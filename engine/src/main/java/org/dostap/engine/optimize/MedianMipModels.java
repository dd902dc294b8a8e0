package org.dostap.engine.optimize;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;

/**
 * p-median MIP models solved with SCIP: {@link #textbook}, ReVelle &amp; Swain (1970) x_ij + y_j with x_ij &lt;= y_j, as
 * spopt builds it (the benchmark's baseline); {@link #radiusPairs} sizes the exact search after Lagrangian fixing
 * (the pairs of the radius formulation, Elloumi 2010, which {@link MedianBranchAndBound} scans as candidate lists).
 */
final class MedianMipModels {
    private MedianMipModels() { }

    /** Outcome with the open sites of the best solution (null when none). */
    record Outcome(Mip.Result result, boolean[] open, int variables) { }

    /** Above this many (site, point) pairs no exact model or search is run (memory and time). */
    static final long MAX_PAIRS = 1_500_000;

    /** Per point, the open-able sites within its largest service cost (up to the first certainly open one), summed. */
    static long radiusPairs(MedianCosts mc, int[] status, double[] maxCost) {
        long pairs = 0;
        for (int a = 0; a < mc.size(); a++) {
            for (int j : mc.rowOrder(a)) {
                if (mc.cost(a, j) > maxCost[a]) break;
                if (status[j] >= 0) pairs++;
                if (status[j] > 0) break;
            }
        }
        return pairs;
    }

    /** The textbook model over all allowed sites (x_ij for finite costs). */
    static Outcome textbook(MedianCosts mc, int p, double timeLimitSeconds) {
        int m = mc.allowed.length;
        try (Mip mip = new Mip(timeLimitSeconds)) {
            MPVariable[] y = new MPVariable[m];
            MPConstraint count = mip.equal(p);
            for (int j = 0; j < m; j++) {
                if (!mc.allowed[j]) continue;
                y[j] = mc.fixed[j] ? mip.num(1, 1) : mip.bool();
                count.setCoefficient(y[j], 1);
            }
            int variables = m;
            for (int a = 0; a < mc.size(); a++) {
                MPConstraint assign = mip.equal(1);
                for (int j = 0; j < m; j++) {
                    if (y[j] == null) continue;
                    MPVariable x = mip.num(0, 1);
                    variables++;
                    assign.setCoefficient(x, 1);
                    mip.objective(x, mc.weight[a] * mc.cost(a, j));
                    MPConstraint link = mip.atMost(0);
                    link.setCoefficient(x, 1);
                    link.setCoefficient(y[j], -1);
                }
            }
            mip.minimize();
            Mip.Result r = mip.solve();
            return new Outcome(r, r.hasSolution() ? values(y) : null, variables);
        }
    }

    static void setHint(Mip mip, MPVariable[] y, boolean[] open) {
        java.util.List<MPVariable> vars = new java.util.ArrayList<>();
        java.util.List<Double> vals = new java.util.ArrayList<>();
        for (int j = 0; j < y.length; j++) if (y[j] != null) { vars.add(y[j]); vals.add(open[j] ? 1.0 : 0.0); }
        mip.solver().setHint(vars.toArray(new MPVariable[0]), vals.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static boolean[] values(MPVariable[] y) {
        boolean[] open = new boolean[y.length];
        for (int j = 0; j < y.length; j++) open[j] = y[j] != null && y[j].solutionValue() > 0.5;
        return open;
    }
}
