package org.dostap.engine.optimize;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Lagrangian relaxation of the capacitated p-median's assignment constraints Σ_j x_ij = 1 (multipliers λ_i, free):
 * <pre>
 *   L(λ) = Σ_i λ_i + min { Σ_j ρ_j y_j : Σ_j y_j = p, fixed-open sites in },
 *   ρ_j  = min { Σ_i (w_i c_ij − λ_i) x_ij : Σ_i q_i x_ij ≤ Q_j, x_ij ∈ {0, 1} }   (a 0-1 knapsack per site)
 * </pre>
 * maximised by subgradient steps (Held, Wolfe &amp; Crowder 1974; Polyak step towards the best known cost). Every
 * L(λ) is a valid lower bound on the optimum (whatever λ). With 0-1 knapsacks (single-source assignment; Lorena &amp;
 * Senne 2004, Ceselli &amp; Righini 2005) its maximum is at least the LP relaxation's bound, and usually above it when
 * capacities are tight; with continuous knapsacks (0 ≤ x_ij ≤ 1, for split demand, where a point's load may be shared)
 * its maximum equals the LP bound.
 * <p>The 0-1 knapsack is solved by dynamic programming over the capacity, on the points with negative reduced cost
 * only, and not at all when the continuous knapsack's greedy solution is already whole (then it is the 0-1 optimum).
 * Each iteration solves the continuous knapsacks first (lower bounds of the 0-1 ones), then the 0-1 knapsacks in
 * their order only until the next site's continuous value is no smaller than the p-th smallest 0-1 value so far: the
 * sites left cannot be among the p chosen, so L(λ) is the same as with every 0-1 knapsack solved.
 * The DP needs whole loads and a whole capacity of at most {@value #MAX_DP_CAPACITY} (less on instances of more than
 * 500 sites, at least {@value #MIN_DP_CAPACITY}); a site without them, or whose table would exceed
 * {@value #MAX_DP_CELLS} cells, keeps the continuous knapsack (still a valid bound, the LP's). Fractional loads (e.g.
 * service users) could be scaled and rounded down (a relaxation of the knapsack), but that relaxation is weaker by up to
 * one unit per point and its multipliers need not approach the LP's: it is not used.
 * The p sites each iteration picks go to {@code candidate} (a Lagrangian heuristic: the caller assigns points to
 * them and keeps the best).
 * <p>Points of very different weights (settlements of 10 and of 30,000 residents) need multipliers of very different
 * sizes: the subgradient step of point i is scaled by its weight over the mean weight (a diagonal scaling of the
 * subgradient method; the same step for every point when the weights are equal, as in the published instances). Without
 * it, on the bundled Smolyan region (240 settlements, each its own candidate, so that the multipliers start at 0) the
 * ascent took some 750 iterations to come within 0.01 % of the best solution; with it, some 35.
 */
final class CapacitatedLagrangian {
    private final LocationInstance inst;
    private final int p;
    private final int n, m;
    private final int[][] pointsOf;     // per allowed site: points that fit (finite cost, load <= capacity), cheapest first
    private final double[][] costsOf;   // weighted costs aligned with pointsOf
    private final boolean[] allowed, fixed;
    private final int fixedCount;
    private final double[] stepScale;   // per point: its weight over the mean weight (the step's diagonal scaling)
    /** Sites of a larger capacity keep the continuous knapsack. */
    static final int MAX_DP_CAPACITY = 2000;
    /** The largest DP table (items × capacity) solved per site and iteration; beyond it the continuous knapsack. */
    static final int MAX_DP_CELLS = 1 << 21;
    /** The DP's capacity limit is never below this, whatever the instance's size. */
    static final int MIN_DP_CAPACITY = 100;
    /** The DP's capacity limit is chosen so that all sites' tables together stay near this many cells per iteration. */
    static final double DP_CELLS_PER_ITERATION = 5e7;
    private final boolean integerKnapsack;
    private final int dpLimit;          // the DP capacity of this instance: MAX_DP_CAPACITY, less on many sites
    private final int[][] dpLoadsOf;    // per allowed site: the whole loads, aligned with pointsOf (null: continuous only)
    private final int[] dpCapacity;     // per site: the whole capacity
    private long dpSolves, dpCells;
    private boolean lastFractional;
    static final double MIN_STEP_SCALE = 1e-3;
    private static final int PATIENCE = 30; // iterations without a better bound before the step halves

    CapacitatedLagrangian(LocationInstance inst, int p) { this(inst, p, false); }

    /**
     * @param splitDemand a point's load may be split across sites: a point larger than a site still enters its knapsack
     *                    (in part), so that L(λ) bounds the split problem too
     */
    CapacitatedLagrangian(LocationInstance inst, int p, boolean splitDemand) {
        this(inst, p, splitDemand, !splitDemand);
    }

    /** @param integerKnapsack 0-1 knapsacks (single-source only: they do not bound the split problem); false: continuous */
    CapacitatedLagrangian(LocationInstance inst, int p, boolean splitDemand, boolean integerKnapsack) {
        if (splitDemand && integerKnapsack) throw new IllegalArgumentException("0-1 knapsacks do not bound the split-demand problem");
        this.inst = inst;
        this.integerKnapsack = integerKnapsack;
        this.p = p;
        this.n = inst.demandCount();
        this.m = inst.candidateCount();
        allowed = new boolean[m];
        fixed = new boolean[m];
        int f = 0;
        for (int j = 0; j < m; j++) { allowed[j] = !inst.closed(j); fixed[j] = inst.fixedOpen(j); if (fixed[j]) f++; }
        fixedCount = f;
        stepScale = stepScales(inst);
        pointsOf = new int[m][];
        costsOf = new double[m][];
        int[] idx = new int[n];
        double[] c = new double[n], key = new double[n];
        KeySort sorter = new KeySort();
        for (int j = 0; j < m; j++) {
            if (!allowed[j]) { pointsOf[j] = new int[0]; costsOf[j] = new double[0]; continue; }
            int k = 0;
            for (int i = 0; i < n; i++) {
                double cost = inst.costs().cost(i, j);
                if (cost == Double.POSITIVE_INFINITY || (!splitDemand && inst.load(i) > inst.capacity(j) * (1 + 1e-12))) continue;
                c[i] = inst.weight(i) * cost;
                key[k] = c[i];
                idx[k++] = i;
            }
            sorter.sort(idx, key, k, false);
            pointsOf[j] = new int[k];
            costsOf[j] = new double[k];
            for (int t = 0; t < k; t++) { pointsOf[j][t] = idx[t]; costsOf[j][t] = c[idx[t]]; }
        }
        dpLoadsOf = new int[m][];
        dpCapacity = new int[m];
        if (integerKnapsack) {
            int sites = 0;
            for (boolean a : allowed) if (a) sites++;
            // large instances allow smaller DP capacities so that an iteration stays cheap (some 50 points per knapsack assumed)
            dpLimit = (int) Math.max(MIN_DP_CAPACITY, Math.min(MAX_DP_CAPACITY, DP_CELLS_PER_ITERATION / (50.0 * Math.max(1, sites))));
            for (int j = 0; j < m; j++) if (allowed[j]) dpUnits(j);
        } else dpLimit = 0;
    }

    /** The DP's loads of site j when they and its capacity are whole and the capacity at most {@code dpLimit}. */
    private void dpUnits(int j) {
        double cap = inst.capacity(j);
        int[] pts = pointsOf[j];
        boolean whole = cap == Math.rint(cap) && cap <= dpLimit;
        for (int t = 0; t < pts.length && whole; t++) { double q = inst.load(pts[t]); whole = q == Math.rint(q); }
        if (!whole) return; // the continuous knapsack
        int[] units = new int[pts.length];
        for (int t = 0; t < pts.length; t++) units[t] = (int) inst.load(pts[t]);
        dpCapacity[j] = (int) cap;
        dpLoadsOf[j] = units;
    }

    /**
     * Per point: its weight over the mean weight of the points, at least {@value #MIN_STEP_SCALE} (a point of no weight
     * still needs its multiplier moved: it takes capacity); 1 for every point when the weights are equal or all zero.
     */
    static double[] stepScales(LocationInstance inst) {
        int n = inst.demandCount();
        double sum = 0;
        for (int i = 0; i < n; i++) sum += Math.abs(inst.weight(i));
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = sum > 0 ? Math.max(MIN_STEP_SCALE, Math.abs(inst.weight(i)) * n / sum) : 1;
        return s;
    }

    /** How many 0-1 knapsacks were solved by DP, and their table cells (for measurements). */
    long[] dpWork() { return new long[]{dpSolves, dpCells}; }

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
        int[] order = new int[m];
        double[] orderRho = new double[m];
        KeySort sorter = new KeySort();
        int[] items = new int[n];
        double[] ratio = new double[n];
        boolean[] chosen = new boolean[m];
        Dp dp = new Dp(n);
        boolean[] whole = new boolean[m];
        java.util.PriorityQueue<Integer> largest = new java.util.PriorityQueue<>((a, b) -> Double.compare(rho[b], rho[a]));
        while (System.nanoTime() < deadlineNanos && alpha > 1e-4 && iterations < maxIterations) {
            monitor.throwIfStopped();
            iterations++;
            double maxLambda = Double.NEGATIVE_INFINITY;
            for (double l : lambda) maxLambda = Math.max(maxLambda, l);
            // continuous knapsacks first: each is a lower bound of its site's 0-1 knapsack
            for (int j = 0; j < m; j++) { rho[j] = knapsack(j, lambda, maxLambda, x[j], items, ratio, dp, sorter, false); whole[j] = !lastFractional; }
            // fixed-open sites, then the p - fixed smallest ρ among the others
            int k = 0;
            for (int j = 0; j < m; j++) if (allowed[j] && !fixed[j]) { orderRho[k] = rho[j]; order[k++] = j; }
            sorter.sort(order, orderRho, k, false);
            Arrays.fill(chosen, false);
            double value = 0;
            for (double l : lambda) value += l;
            for (int j = 0; j < m; j++) if (fixed[j]) {
                if (integerKnapsack && !whole[j]) rho[j] = knapsack(j, lambda, maxLambda, x[j], items, ratio, dp, sorter, true);
                chosen[j] = true;
                value += rho[j];
            }
            int need = Math.min(p - fixedCount, k);
            if (integerKnapsack) {
                // 0-1 knapsacks in the order of the continuous ρ, until the next site's continuous ρ (a lower bound
                // of its 0-1 ρ) is no smaller than the need-th smallest 0-1 ρ so far: no later site can be among them
                largest.clear();
                for (int t = 0; t < k && need > 0; t++) {
                    int j = order[t];
                    if (largest.size() >= need && rho[j] >= rho[largest.peek()]) break;
                    if (!whole[j]) rho[j] = knapsack(j, lambda, maxLambda, x[j], items, ratio, dp, sorter, true);
                    largest.add(j);
                    if (largest.size() > need) largest.poll();
                }
                for (int j : largest) { chosen[j] = true; value += rho[j]; }
            } else for (int t = 0; t < need; t++) { chosen[order[t]] = true; value += rho[order[t]]; }
            if (bestBound == Double.NEGATIVE_INFINITY || value > bestBound + 1e-9 * Math.max(1, Math.abs(bestBound))) {
                bestBound = value;
                best = lambda.clone();
                sinceBetter = 0;
                monitor.bound(bestBound);
            } else if (++sinceBetter >= PATIENCE) { alpha /= 2; sinceBetter = 0; }
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
            for (int i = 0; i < n; i++) { double g = 1 - covered[i]; norm += stepScale[i] * g * g; }
            if (norm < 1e-12) break; // the relaxed solution assigns every point once: optimal for the LP
            double target = Double.isFinite(upper) ? upper : Math.abs(value) * 1.05 + 1;
            double step = alpha * Math.max(target - value, 1e-6 * Math.max(1, Math.abs(value))) / norm;
            for (int i = 0; i < n; i++) lambda[i] += step * stepScale[i] * (1 - covered[i]);
        }
        return new Result(bestBound, best, iterations);
    }

    /**
     * ρ_j over the points with negative reduced cost: the continuous knapsack by ratio, then ({@code zeroOne}, when its
     * solution is not whole) the DP; fills x with the solution whose value is returned. Sets {@link #lastFractional}
     * when the continuous solution takes a point in part.
     */
    private double knapsack(int j, double[] lambda, double maxLambda, double[] x, int[] items, double[] ratio, Dp dp, KeySort sorter,
                            boolean zeroOne) {
        Arrays.fill(x, 0);
        lastFractional = false;
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
        // sort items by ratio, largest first (insertion sort for a few dozen items, else primitive sorting)
        if (k > 32) sorter.sort(items, ratio, k, true);
        else for (int a = 1; a < k; a++) {
            int it = items[a];
            double rt = ratio[a];
            int b = a - 1;
            while (b >= 0 && ratio[b] < rt) { ratio[b + 1] = ratio[b]; items[b + 1] = items[b]; b--; }
            ratio[b + 1] = rt;
            items[b + 1] = it;
        }
        double room = inst.capacity(j), value = 0;
        boolean fractional = false;
        for (int a = 0; a < k && room > 0; a++) {
            int t = items[a];
            double q = inst.load(pts[t]);
            double take = q <= room ? 1 : room / q;
            if (take < 1) fractional = true;
            x[t] = take;
            room -= take * q;
            value += take * (cs[t] - lambda[pts[t]]);
        }
        for (int a = 0; a < k; a++) if (inst.load(pts[items[a]]) <= 0) { value += (x[items[a]] == 0 ? 1 : 0) * (cs[items[a]] - lambda[pts[items[a]]]); x[items[a]] = 1; }
        lastFractional = fractional;
        if (!fractional || !zeroOne || dpLoadsOf[j] == null) return value;
        double whole = dp.solve(this, j, lambda, items, k);
        if (Double.isNaN(whole)) return value; // the table is too large
        Arrays.fill(x, 0);
        for (int a = 0; a < k; a++) if (dp.take[a]) x[items[a]] = 1;
        return whole;
    }

    /**
     * The 0-1 knapsack max Σ v_a z_a s.t. Σ u_a z_a ≤ U (v_a = −reduced cost &gt; 0, u_a the DP loads), by DP over the
     * capacity with a table of choices for the solution; buffers reused across sites and iterations.
     */
    private static final class Dp {
        double[] best = new double[0];
        boolean[] choice = new boolean[0];
        final boolean[] take;

        Dp(int n) { take = new boolean[n]; }

        /** −(the optimum) as ρ_j (the reduced costs are negative), {@code take} per item; NaN when the table is too large. */
        double solve(CapacitatedLagrangian lr, int j, double[] lambda, int[] items, int k) {
            int[] units = lr.dpLoadsOf[j];
            int[] pts = lr.pointsOf[j];
            double[] cs = lr.costsOf[j];
            double value = 0;
            long sum = 0;
            for (int a = 0; a < k; a++) {
                take[a] = false;
                int t = items[a];
                if (units[t] == 0) { take[a] = true; value += cs[t] - lambda[pts[t]]; } else sum += units[t];
            }
            int cap = (int) Math.min(lr.dpCapacity[j], sum);
            long cells = (long) k * (cap + 1);
            if (cells > MAX_DP_CELLS) return Double.NaN;
            lr.dpSolves++;
            lr.dpCells += cells;
            if (best.length < cap + 1) best = new double[Math.max(cap + 1, best.length * 2)];
            if (choice.length < cells) choice = new boolean[(int) Math.max(cells, Math.min(MAX_DP_CELLS, 2L * choice.length))];
            Arrays.fill(best, 0, cap + 1, 0);
            for (int a = 0; a < k; a++) {
                int t = items[a];
                int u = units[t];
                int row = a * (cap + 1);
                if (u == 0 || u > cap) { Arrays.fill(choice, row, row + cap + 1, false); continue; }
                double v = lambda[pts[t]] - cs[t];
                for (int c = cap; c >= u; c--) {
                    double with = best[c - u] + v;
                    boolean better = with > best[c];
                    if (better) best[c] = with;
                    choice[row + c] = better;
                }
                Arrays.fill(choice, row, row + u, false);
            }
            int c = cap;
            for (int a = k - 1; a >= 0; a--) {
                int t = items[a];
                if (units[t] == 0 || !choice[a * (cap + 1) + c]) continue;
                take[a] = true;
                c -= units[t];
            }
            return value - best[cap];
        }
    }

}
