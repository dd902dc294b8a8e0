package org.dostap.engine.optimize;

import java.util.Arrays;

/**
 * Lagrangian relaxation of the p-median assignment constraints (Cornuéjols, Fisher &amp; Nemhauser 1977;
 * Beasley 1993, "Lagrangean heuristics for location problems", EJOR 65): with multipliers λ_i on
 * Σ_j x_ij = 1, L(λ) = Σ_i λ_i + Σ_{j open} ρ_j with ρ_j = Σ_i min(0, w_i c_ij − λ_i); the p sites of
 * smallest ρ (fixed-open sites always) give the bound, which subgradient optimization raises towards the
 * LP bound. Each relaxed solution's sites are also evaluated as a feasible p-median (an upper bound).
 * The best multipliers allow reduced-cost fixing of sites for an exact model.
 */
final class MedianLagrangian {
    private final MedianCosts mc;
    private final int p;
    private final int[] free;      // allowed, not fixed-open sites
    private final int q;           // sites to choose among free
    private final double[] lambda;
    private final double[] rho;
    private final boolean[] chosen;
    private double bound = Double.NEGATIVE_INFINITY;
    private double[] bestRho;
    private double[] bestLambda;
    private double upper = Double.POSITIVE_INFINITY;
    private boolean[] upperOpen;
    private double theta = 2;
    private final double maxStep;
    private int iterations;
    private final SolveMonitor monitor;

    MedianLagrangian(MedianCosts mc, int p) { this(mc, p, SolveMonitor.none()); }

    /** Reports its bound and the feasible solutions it sees to {@code monitor}, and stops when asked. */
    MedianLagrangian(MedianCosts mc, int p, SolveMonitor monitor) {
        this.monitor = monitor;
        this.mc = mc;
        this.p = p;
        int m = mc.allowed.length;
        int fixedCount = 0;
        for (int j = 0; j < m; j++) if (mc.fixed[j]) fixedCount++;
        free = java.util.stream.IntStream.range(0, m).filter(j -> mc.allowed[j] && !mc.fixed[j]).toArray();
        q = p - fixedCount;
        lambda = new double[mc.size()];
        maxStep = 0.05 * (mc.unreachable - 1) / 2;
        rho = new double[m];
        chosen = new boolean[m];
        for (int a = 0; a < mc.size(); a++) {
            int seen = 0;
            for (int j : mc.rowOrder(a)) {
                if (!mc.allowed[j]) continue;
                lambda[a] = mc.weight[a] * mc.cost(a, j);
                if (++seen == 2) break;
            }
        }
    }

    double bound() { return bound; }
    double upper() { return upper; }
    boolean[] upperOpen() { return upperOpen == null ? null : upperOpen.clone(); }
    int iterations() { return iterations; }
    /** Multipliers of the best bound (null before the first step). */
    double[] bestMultipliers() { return bestLambda == null ? null : bestLambda.clone(); }

    /** Offers a feasible solution found elsewhere (improves the step size). */
    void offer(boolean[] open, double cost) {
        if (cost < upper) { upper = cost; upperOpen = open.clone(); monitor.incumbent(cost); }
    }

    /**
     * Subgradient steps until the bound reaches {@code stopAt}, the step size vanishes, {@code maxIterations}
     * or the deadline.
     */
    void run(int maxIterations, double stopAt, long deadlineNanos) {
        int sinceBetter = 0;
        double[] g = new double[mc.size()];
        for (int it = 0; it < maxIterations && theta > 1e-4; it++) {
            if ((it & 7) == 0 && monitor.stoppedOrPast(deadlineNanos)) break;
            iterations++;
            double value = evaluate();
            if (value > bound + 1e-12 * Math.abs(value)) {
                bound = value;
                monitor.bound(value);
                bestRho = rho.clone();
                bestLambda = lambda.clone();
                sinceBetter = 0;
            } else if (++sinceBetter >= 40) {
                theta /= 2;
                sinceBetter = 0;
            }
            if (it % 10 == 0 || theta < 0.01) {
                boolean[] open = openSites();
                offer(open, mc.evaluate(open));
            }
            if (bound >= stopAt || bound >= upper - 1e-9 * Math.abs(upper)) break;
            double norm = 0;
            for (int a = 0; a < g.length; a++) {
                double t = lambda[a] / mc.weight[a];
                int covered = 0;
                for (int j : mc.rowOrder(a)) {
                    if (mc.cost(a, j) >= t) break;
                    if (chosen[j]) covered++;
                }
                g[a] = 1 - covered;
                norm += g[a] * g[a] * mc.weight[a];
            }
            if (norm == 0) { // the relaxed solution is feasible and optimal for the relaxation
                boolean[] open = openSites();
                offer(open, mc.evaluate(open));
                break;
            }
            double target = Double.isFinite(upper) ? upper : Math.abs(value) * 1.05 + 1;
            // cap the radius change per step: huge steps make every row scan long and only oscillate
            double step = Math.min(theta * (target - value) / norm, maxStep);
            // steps in cost units (λ_i = w_i μ_i, μ_i += s g_i, s = θ (UB − L) / Σ w_i g_i²): the first-order change of L is
            // θ (UB − L) as in Held-Wolfe-Crowder, and light and heavy points move their service radius alike
            for (int a = 0; a < g.length; a++) lambda[a] = Math.max(0, lambda[a] + step * mc.weight[a] * g[a]);
        }
    }

    /** L(λ) at the current multipliers; fills rho and chosen. */
    private double evaluate() {
        Arrays.fill(rho, 0);
        double sum = 0;
        for (int a = 0; a < lambda.length; a++) {
            double l = lambda[a], w = mc.weight[a], t = l / w;
            sum += l;
            for (int j : mc.rowOrder(a)) {
                double c = mc.cost(a, j);
                if (c >= t) break;
                if (mc.allowed[j]) rho[j] += w * c - l;
            }
        }
        Arrays.fill(chosen, false);
        for (int j = 0; j < rho.length; j++) if (mc.fixed[j]) { chosen[j] = true; sum += rho[j]; }
        if (q > 0) {
            int[] order = sortedFree(rho);
            for (int k = 0; k < q; k++) { chosen[order[k]] = true; sum += rho[order[k]]; }
        }
        return sum;
    }

    private int[] sortedFree(double[] r) {
        // ρ ≤ 0: sort (−ρ as float bits, descending) packed with the site index, via one primitive sort
        long[] keys = new long[free.length];
        for (int k = 0; k < free.length; k++)
            keys[k] = ((long) Float.floatToIntBits((float) -r[free[k]]) << 32) | free[k];
        Arrays.sort(keys);
        int[] out = new int[free.length];
        for (int k = 0; k < out.length; k++) out[k] = (int) keys[out.length - 1 - k];
        // float rounding may misorder near-equal values: repair with exact values (insertion, nearly sorted)
        for (int k = 1; k < out.length; k++) {
            int x = out[k];
            int t = k - 1;
            while (t >= 0 && r[out[t]] > r[x]) { out[t + 1] = out[t]; t--; }
            out[t + 1] = x;
        }
        return out;
    }

    private boolean[] openSites() { return chosen.clone(); }

    /**
     * Reduced-cost tests at the best multipliers: a site whose forced opening (closing) lifts the bound above
     * {@code cutoff} is closed (opened) in every solution cheaper than the incumbent.
     * @return per site: -1 fixed closed, +1 fixed open, 0 free (fixed-open and closed sites keep their rule)
     */
    /**
     * Per active demand point, the largest cost at which it can be served in a solution cheaper than the
     * cutoff: forcing x_ij = 1 raises the bound by at least w_i c_ij − λ_i.
     */
    double[] maxServiceCosts(double cutoff) {
        double[] out = new double[mc.size()];
        for (int a = 0; a < out.length; a++)
            out[a] = bestLambda == null ? Double.POSITIVE_INFINITY : (cutoff - bound + bestLambda[a]) / mc.weight[a];
        return out;
    }

    int[] fixings(double cutoff) {
        int m = rho.length;
        int[] status = new int[m];
        for (int j = 0; j < m; j++) status[j] = mc.fixed[j] ? 1 : mc.allowed[j] ? 0 : -1;
        if (bestRho == null || q <= 0 || q >= free.length) return status;
        int[] order = sortedFree(bestRho);
        double lastChosen = bestRho[order[q - 1]], firstOut = bestRho[order[q]];
        for (int k = 0; k < order.length; k++) {
            int j = order[k];
            if (k < q) { if (bound - bestRho[j] + firstOut > cutoff) status[j] = 1; }
            else if (bound - lastChosen + bestRho[j] > cutoff) status[j] = -1;
        }
        return status;
    }
}
