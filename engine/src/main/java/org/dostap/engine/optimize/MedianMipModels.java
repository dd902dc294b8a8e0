package org.dostap.engine.optimize;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Exact p-median models solved with SCIP.
 * <ul>
 * <li>{@link #radius}: the radius formulation (Cornuéjols, Nemhauser &amp; Wolsey 1980; Elloumi 2010, "A tighter
 * formulation of the p-median problem", J. Comb. Optim. 19:69-83). For demand point i with distinct site
 * distances D_i^1 &lt; D_i^2 &lt; ..., z_i^k = 1 when no open site is within D_i^k; the cost is
 * w_i (D_i^1 + Σ_k (D_i^{k+1} − D_i^k) z_i^k). Written in the chained form z_i^k ≥ z_i^{k−1} − Σ_{c_ij = D_i^k} y_j
 * (same LP bound, linear size). Levels stop at the first site that is certainly open or once the sites within
 * reach number |S| − p + 1 (one of them must be open), and at the largest cost at which Lagrangian reduced costs
 * still allow the point to be served in a solution better than the incumbent.</li>
 * <li>{@link #textbook}: ReVelle &amp; Swain (1970) x_ij + y_j with x_ij ≤ y_j, as spopt builds it: the baseline.</li>
 * </ul>
 */
final class MedianMipModels {
    private MedianMipModels() { }

    /** Outcome with the open sites of the best solution (null when none). */
    record Outcome(Mip.Result result, boolean[] open, int variables) { }

    /** Above this many (site, point) pairs the exact model is not built (native memory). */
    static final long MAX_PAIRS = 1_500_000;

    /** Upper bound on the radius model's coefficients: per point, the open-able sites within its largest service cost. */
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

    /** @param status per site -1 closed, 0 free, +1 open (from {@link MedianLagrangian#fixings}) */
    static Outcome radius(MedianCosts mc, int p, int[] status, double[] maxCost, boolean[] hint, double timeLimitSeconds) {
        return radius(mc, p, status, maxCost, hint, timeLimitSeconds, SolveMonitor.none());
    }

    /** As above; {@code monitor} stops building and solving when asked. */
    static Outcome radius(MedianCosts mc, int p, int[] status, double[] maxCost, boolean[] hint, double timeLimitSeconds,
                          SolveMonitor monitor) {
        int m = status.length;
        int siteCount = 0;
        for (int s : status) if (s >= 0) siteCount++;
        int coverAll = siteCount - p + 1;
        try (Mip mip = new Mip(timeLimitSeconds, monitor)) {
            MPVariable[] y = new MPVariable[m];
            MPConstraint count = mip.equal(p);
            for (int j = 0; j < m; j++) {
                if (status[j] < 0) continue;
                y[j] = status[j] > 0 ? mip.num(1, 1) : mip.bool();
                count.setCoefficient(y[j], 1);
            }
            int variables = siteCount;
            double offset = 0;
            for (int a = 0; a < mc.size(); a++) {
                if ((a & 255) == 0) monitor.throwIfStopped();
                double w = mc.weight[a];
                int[] order = mc.rowOrder(a);
                int k = 0, within = 0;
                while (status[order[k]] < 0) k++;
                double level = mc.cost(a, order[k]);
                offset += w * level;
                MPVariable previous = null;
                while (true) {
                    // sites at exactly this level
                    MPVariable z = null;
                    boolean certain = false;
                    java.util.List<Integer> atLevel = new java.util.ArrayList<>();
                    while (k < order.length && (status[order[k]] < 0 || mc.cost(a, order[k]) == level)) {
                        if (status[order[k]] >= 0) { atLevel.add(order[k]); within++; if (status[order[k]] > 0) certain = true; }
                        k++;
                    }
                    if (certain || within >= coverAll) break;
                    while (k < order.length && status[order[k]] < 0) k++;
                    if (k >= order.length) break;
                    double next = mc.cost(a, order[k]);
                    if (next > maxCost[a]) { // served within this level in every improving solution
                        MPConstraint c = mip.atLeast(previous == null ? 1 : 0);
                        if (previous != null) c.setCoefficient(previous, -1);
                        for (int j : atLevel) c.setCoefficient(y[j], 1);
                        break;
                    }
                    z = mip.num(0, 1);
                    variables++;
                    mip.objective(z, w * (next - level));
                    MPConstraint c = mip.atLeast(previous == null ? 1 : 0);
                    c.setCoefficient(z, 1);
                    if (previous != null) c.setCoefficient(previous, -1);
                    for (int j : atLevel) c.setCoefficient(y[j], 1);
                    previous = z;
                    level = next;
                }
            }
            mip.objectiveOffset(offset);
            mip.minimize();
            if (hint != null) setHint(mip, y, hint);
            // no presolving and no cutting-plane rounds: the radius LP is large and its bound close, so SCIP's
            // presolve and cut rounds cost more than they gain; branching closes the gap faster (pmed31 proven in
            // about 21 s instead of 42 s, pmed35 gap after 60 s 0.32 % instead of 0.82 %)
            mip.solverParameters(RADIUS_SCIP_PARAMETERS);
            Mip.Result r = mip.solve();
            return new Outcome(r, r.hasSolution() ? values(y) : null, variables);
        }
    }

    static final String RADIUS_SCIP_PARAMETERS = "presolving/maxrounds = 0\nseparating/maxroundsroot = 0\nseparating/maxrounds = 0\n";

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
