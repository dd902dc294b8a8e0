package org.dostap.engine.optimize;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Lagrangian relaxation of the capacitated p-median's assignment constraints Σ_j x_ij = 1 (multipliers λ_i, free):
 * <pre>
 *   L(λ) = Σ_i λ_i + min { Σ_j ρ_j y_j : Σ_j y_j = p, fixed-open sites in },
 *   ρ_j  = min { Σ_i (w_i c_ij − λ_i) x_ij : Σ_i q_i x_ij ≤ Q_j, 0 ≤ x_ij ≤ 1 }   (a continuous knapsack per site)
 * </pre>
 * maximised by subgradient steps (Held, Wolfe &amp; Crowder 1974; Polyak step towards the best known cost). Every
 * L(λ) is a valid lower bound on the optimum (whatever λ); with continuous knapsacks its maximum equals the LP
 * relaxation's bound. The p sites each iteration picks go to {@code candidate} (a Lagrangian heuristic: the caller
 * assigns points to them and keeps the best).
 */
final class CapacitatedLagrangian {
    private final LocationInstance inst;
    private final int p;
    private final int n, m;
    private final int[][] pointsOf;     // per allowed site: points that fit (finite cost, load <= capacity), cheapest first
    private final double[][] costsOf;   // weighted costs aligned with pointsOf
    private final boolean[] allowed, fixed;
    private final int fixedCount;

    CapacitatedLagrangian(LocationInstance inst, int p) { this(inst, p, false); }

    /**
     * @param splitDemand a point's load may be split across sites: a point larger than a site still enters its knapsack
     *                    (in part), so that L(λ) bounds the split problem too
     */
    CapacitatedLagrangian(LocationInstance inst, int p, boolean splitDemand) {
        this.inst = inst;
        this.p = p;
        this.n = inst.demandCount();
        this.m = inst.candidateCount();
        allowed = new boolean[m];
        fixed = new boolean[m];
        int f = 0;
        for (int j = 0; j < m; j++) { allowed[j] = !inst.closed(j); fixed[j] = inst.fixedOpen(j); if (fixed[j]) f++; }
        fixedCount = f;
        pointsOf = new int[m][];
        costsOf = new double[m][];
        Integer[] idx = new Integer[n];
        double[] c = new double[n];
        for (int j = 0; j < m; j++) {
            if (!allowed[j]) { pointsOf[j] = new int[0]; costsOf[j] = new double[0]; continue; }
            int k = 0;
            for (int i = 0; i < n; i++) {
                double cost = inst.costs().cost(i, j);
                if (cost == Double.POSITIVE_INFINITY || (!splitDemand && inst.load(i) > inst.capacity(j) * (1 + 1e-12))) continue;
                c[i] = inst.weight(i) * cost;
                idx[k++] = i;
            }
            Arrays.sort(idx, 0, k, (a, b) -> Double.compare(c[a], c[b]));
            pointsOf[j] = new int[k];
            costsOf[j] = new double[k];
            for (int t = 0; t < k; t++) { pointsOf[j][t] = idx[t]; costsOf[j][t] = c[idx[t]]; }
        }
    }

    /** The best bound found, the multipliers that gave it and the sites ranked by their ρ at those multipliers. */
    record Result(double bound, double[] multipliers, int iterations) { }

    /**
     * Subgradient ascent until {@code deadlineNanos}, the step vanishes or the bound meets {@code upper} within
     * {@code targetGap}. {@code upper} (may be infinite) is re-read through {@code upperNow} each iteration.
     */
    Result run(double[] start, int maxIterations, long deadlineNanos, java.util.function.DoubleSupplier upperNow, double targetGap,
               Consumer<boolean[]> candidate, SolveMonitor monitor) {
        double[] lambda = start.clone();
        double[] best = lambda.clone();
        double bestBound = Double.NEGATIVE_INFINITY;
        double alpha = 2;
        int sinceBetter = 0, iterations = 0;
        double[] rho = new double[m];
        double[] covered = new double[n];
        double[][] x = new double[m][];
        for (int j = 0; j < m; j++) x[j] = new double[pointsOf[j].length];
        Integer[] order = new Integer[m];
        int[] items = new int[n];
        double[] ratio = new double[n];
        boolean[] chosen = new boolean[m];
        while (System.nanoTime() < deadlineNanos && alpha > 1e-4 && iterations < maxIterations) {
            monitor.throwIfStopped();
            iterations++;
            double maxLambda = Double.NEGATIVE_INFINITY;
            for (double l : lambda) maxLambda = Math.max(maxLambda, l);
            for (int j = 0; j < m; j++) rho[j] = knapsack(j, lambda, maxLambda, x[j], items, ratio);
            // fixed-open sites, then the p - fixed smallest ρ among the others
            int k = 0;
            for (int j = 0; j < m; j++) if (allowed[j] && !fixed[j]) order[k++] = j;
            Arrays.sort(order, 0, k, (a, b) -> Double.compare(rho[a], rho[b]));
            Arrays.fill(chosen, false);
            double value = 0;
            for (double l : lambda) value += l;
            for (int j = 0; j < m; j++) if (fixed[j]) { chosen[j] = true; value += rho[j]; }
            for (int t = 0; t < p - fixedCount && t < k; t++) { chosen[order[t]] = true; value += rho[order[t]]; }
            if (bestBound == Double.NEGATIVE_INFINITY || value > bestBound + 1e-9 * Math.max(1, Math.abs(bestBound))) {
                bestBound = value;
                best = lambda.clone();
                sinceBetter = 0;
                monitor.bound(bestBound);
            } else if (++sinceBetter >= 30) { alpha /= 2; sinceBetter = 0; }
            candidate.accept(chosen.clone());
            double upper = upperNow.getAsDouble();
            if (Double.isFinite(upper) && upper - bestBound <= targetGap * Math.abs(upper)) break;
            // subgradient of the relaxed constraints: 1 - Σ_j x_ij over the chosen sites
            Arrays.fill(covered, 0);
            for (int j = 0; j < m; j++) {
                if (!chosen[j]) continue;
                for (int t = 0; t < pointsOf[j].length; t++) covered[pointsOf[j][t]] += x[j][t];
            }
            double norm = 0;
            for (int i = 0; i < n; i++) { double g = 1 - covered[i]; norm += g * g; }
            if (norm < 1e-12) break; // the relaxed solution assigns every point once: optimal for the LP
            double target = Double.isFinite(upper) ? upper : Math.abs(value) * 1.05 + 1;
            double step = alpha * Math.max(target - value, 1e-6 * Math.max(1, Math.abs(value))) / norm;
            for (int i = 0; i < n; i++) lambda[i] += step * (1 - covered[i]);
        }
        return new Result(bestBound, best, iterations);
    }

    /** ρ_j: the continuous knapsack over the points with negative reduced cost, by ratio; fills x. */
    private double knapsack(int j, double[] lambda, double maxLambda, double[] x, int[] items, double[] ratio) {
        Arrays.fill(x, 0);
        if (!allowed[j]) return 0;
        int[] pts = pointsOf[j];
        double[] cs = costsOf[j];
        int k = 0;
        for (int t = 0; t < pts.length && cs[t] < maxLambda; t++) {
            double r = cs[t] - lambda[pts[t]];
            if (r >= 0) continue;
            double q = inst.load(pts[t]);
            ratio[k] = q <= 0 ? Double.POSITIVE_INFINITY : -r / q;
            items[k++] = t;
        }
        if (k > 32) sortByRatio(items, ratio, k);
        // sort items by ratio, largest first (insertion sort: usually a few dozen items per site)
        for (int a = 1; a < k; a++) {
            int it = items[a];
            double rt = ratio[a];
            int b = a - 1;
            while (b >= 0 && ratio[b] < rt) { ratio[b + 1] = ratio[b]; items[b + 1] = items[b]; b--; }
            ratio[b + 1] = rt;
            items[b + 1] = it;
        }
        double room = inst.capacity(j), value = 0;
        for (int a = 0; a < k && room > 0; a++) {
            int t = items[a];
            double q = inst.load(pts[t]);
            double take = q <= room ? 1 : room / q;
            x[t] = take;
            room -= take * q;
            value += take * (cs[t] - lambda[pts[t]]);
        }
        for (int a = 0; a < k; a++) if (inst.load(pts[items[a]]) <= 0) { value += (x[items[a]] == 0 ? 1 : 0) * (cs[items[a]] - lambda[pts[items[a]]]); x[items[a]] = 1; }
        return value;
    }

    private static void sortByRatio(int[] items, double[] ratio, int k) {
        Integer[] idx = new Integer[k];
        for (int a = 0; a < k; a++) idx[a] = a;
        Arrays.sort(idx, (a, b) -> Double.compare(ratio[b], ratio[a]));
        int[] it = new int[k];
        double[] rt = new double[k];
        for (int a = 0; a < k; a++) { it[a] = items[idx[a]]; rt[a] = ratio[idx[a]]; }
        System.arraycopy(it, 0, items, 0, k);
        System.arraycopy(rt, 0, ratio, 0, k);
    }
}
