package org.dostap.engine.optimize;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Lagrangian relaxation of capacitated coverage's assignment constraints Σ_j x_ij ≤ 1 (multipliers 0 ≤ λ_i ≤ w_i):
 * <pre>
 *   UB(λ) = Σ_i λ_i + Σ_{fixed-open j} ρ_j + (the p − fixed largest ρ_j of the other sites),
 *   ρ_j   = max { Σ_i (w_i − λ_i) x_ij : Σ_i q_i x_ij ≤ Q_j, x_ij ∈ {0, 1} }   over the pairs of {@link CapacitatedCoveragePairs},
 * </pre>
 * an upper bound on the covered weight for every λ ≥ 0 (a multiplier above w_i only adds to Σ λ, so λ_i ≤ w_i loses
 * nothing). Minimised by projected subgradient steps (Held, Wolfe &amp; Crowder 1974) with the Polyak step towards the
 * best covered weight known (re-read each iteration).
 * <p><b>The knapsacks.</b> ρ_j is bounded from above by the continuous knapsack (items by value per load, the last one
 * in part: Dantzig's bound) and, when that leaves an item in part, also by a 0-1 knapsack solved by dynamic programming
 * over the capacity in integral units: loads and capacities are scaled by 1, 10, 100 or 1,000 when that makes every one
 * of them whole (then the DP is the exact 0-1 knapsack; service users come in hundredths), otherwise, or when the table
 * would exceed {@code dpCells}, by a coarser factor s with every load and capacity rounded <i>down</i> (Σ ⌊s q_i⌋ ≤
 * ⌊s Σ q_i⌋ ≤ ⌊s Q_j⌋, so every set that fits still fits: a relaxation, still a valid bound). ρ_j is the smaller of the
 * two bounds; both are valid, so UB(λ) is. The DP runs lazily, only for the fixed-open sites and the sites that can
 * still enter the p − fixed largest. With continuous knapsacks alone the best UB(λ) equals the LP relaxation's bound;
 * the 0-1 knapsacks can make it tighter.
 * <p>The p sites each iteration picks go to {@code candidate} (a Lagrangian heuristic: the caller assigns points to them
 * and keeps the best).
 */
final class CapacitatedCoverageBound {
    private final CapacitatedCoveragePairs pairs;
    private final int n, m, p;
    private final int dpCells;
    private final double exactScale; // 0: no scale makes every load and capacity whole
    private double[] dp = new double[0];
    private boolean[] keep = new boolean[0];
    private long dpRuns;
    private boolean useDp;

    CapacitatedCoverageBound(CapacitatedCoveragePairs pairs) { this(pairs, 300_000); }

    /** @param dpCells the largest 0-1 knapsack table (items x capacity units) per site; 0 for continuous knapsacks only */
    CapacitatedCoverageBound(CapacitatedCoveragePairs pairs, int dpCells) {
        this.pairs = pairs;
        this.n = pairs.n;
        this.m = pairs.m;
        this.p = pairs.p;
        this.dpCells = dpCells;
        this.exactScale = pairs.exactScale();
    }

    /** The best bound found, the multipliers that gave it, iterations and how many 0-1 knapsacks were solved. */
    record Result(double bound, double[] multipliers, int iterations, long knapsacksByDp) { }

    /**
     * The multipliers to start from: λ_i = (w_i − r q_i)⁺ with r the weight per load at which the capacity bound's
     * knapsack stops ({@link CapacitatedCoveragePairs#capacityRatio()}; 0 when everything fits: λ = w, UB = the weight
     * within reach). Every ρ_j is then at most r Q_j, so UB starts at or below the capacity bound.
     */
    double[] start() {
        double r = pairs.capacityRatio();
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) lambda[i] = pairs.sitesOf[i].length == 0 ? 0 : Math.max(0, pairs.weight(i) - r * pairs.load(i));
        return lambda;
    }

    /**
     * Subgradient descent from {@code start} until {@code deadlineNanos}, {@code maxIterations}, the step vanishes or
     * the bound meets the best known covered weight ({@code lowerNow}, NaN or -infinity while none) within
     * {@code tolerance}. {@code knapsacks01}: each ρ_j also bounded by its 0-1 knapsack (slower, tighter); otherwise the
     * continuous knapsack alone.
     */
    Result run(double[] start, int maxIterations, long deadlineNanos, DoubleSupplier lowerNow, double tolerance,
               boolean knapsacks01, Consumer<boolean[]> candidate, SolveMonitor monitor) {
        useDp = knapsacks01;
        double[] lambda = start.clone();
        double[] best = lambda.clone();
        double bestBound = Double.POSITIVE_INFINITY;
        double alpha = 2;
        int sinceBetter = 0, iterations = 0;
        double[] g = new double[n];
        boolean[] chosen = new boolean[m];
        double[][] x = new double[m][];
        for (int j = 0; j < m; j++) x[j] = new double[pairs.pointsOf[j].length];
        long dpBefore = dpRuns;
        while (iterations < maxIterations && alpha > 1e-4 && (iterations == 0 || System.nanoTime() < deadlineNanos)) {
            monitor.throwIfStopped();
            iterations++;
            double value = evaluate(lambda, chosen, x);
            if (bestBound == Double.POSITIVE_INFINITY || value < bestBound - 1e-9 * Math.max(1, Math.abs(bestBound))) {
                bestBound = value;
                best = lambda.clone();
                sinceBetter = 0;
                monitor.bound(bestBound);
            } else if (++sinceBetter >= 20) { alpha /= 2; sinceBetter = 0; }
            candidate.accept(chosen.clone());
            double lower = lowerNow.getAsDouble();
            boolean known = Double.isFinite(lower);
            if (known && bestBound - lower <= tolerance) break;
            // subgradient of UB at λ: 1 - Σ_{chosen j} x_ij, projected on 0 <= λ_i <= w_i
            Arrays.fill(g, 1);
            for (int j = 0; j < m; j++) {
                if (!chosen[j]) continue;
                int[] pts = pairs.pointsOf[j];
                for (int t = 0; t < pts.length; t++) g[pts[t]] -= x[j][t];
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                if (pairs.sitesOf[i].length == 0) { g[i] = 0; continue; }
                if ((lambda[i] <= 0 && g[i] > 0) || (lambda[i] >= pairs.weight(i) && g[i] < 0)) g[i] = 0;
                norm += g[i] * g[i];
            }
            if (norm < 1e-12) break; // no direction left: λ is optimal for the relaxation
            double target = known ? lower : 0.9 * value;
            double step = alpha * Math.max(value - target, 1e-6 * Math.max(1, Math.abs(value))) / norm;
            for (int i = 0; i < n; i++)
                if (g[i] != 0) lambda[i] = Math.max(0, Math.min(pairs.weight(i), lambda[i] - step * g[i]));
        }
        return new Result(bestBound, best, iterations, dpRuns - dpBefore);
    }

    /** UB(λ) alone (no sites, no subgradient): any λ ≥ 0 gives a valid upper bound. */
    double evaluate(double[] lambda, boolean knapsacks01) {
        useDp = knapsacks01;
        double[][] x = new double[m][];
        for (int j = 0; j < m; j++) x[j] = new double[pairs.pointsOf[j].length];
        return evaluate(lambda, new boolean[m], x);
    }

    /** UB(λ); fills the chosen sites and their knapsack solutions. */
    private double evaluate(double[] lambda, boolean[] chosen, double[][] x) {
        double value = 0;
        for (int i = 0; i < n; i++) value += Math.max(0, lambda[i]);
        double[] continuous = new double[m];
        boolean[] partial = new boolean[m];
        Integer[] others = new Integer[m];
        int k = 0;
        Arrays.fill(chosen, false);
        for (int j = 0; j < m; j++) {
            if (!pairs.allowed[j]) continue;
            continuous[j] = continuous(j, lambda, x[j]);
            partial[j] = hasPart(x[j]);
            if (pairs.fixed[j]) {
                chosen[j] = true;
                value += partial[j] && useDp ? Math.min(continuous[j], dynamic(j, lambda, x[j], continuous[j])) : continuous[j];
            } else others[k++] = j;
        }
        // the p - fixed largest ρ_j: sites by their continuous bound, the 0-1 knapsack only while a site can still enter
        Arrays.sort(others, 0, k, (a, b) -> Double.compare(continuous[b], continuous[a]));
        int r = p - pairs.fixedCount;
        int[] top = new int[Math.max(0, r)];
        double[] topValue = new double[Math.max(0, r)];
        int size = 0;
        for (int t = 0; t < k && r > 0; t++) {
            int j = others[t];
            if (size == r && continuous[j] <= topValue[size - 1]) break;
            double rho = partial[j] && useDp ? Math.min(continuous[j], dynamic(j, lambda, x[j], continuous[j])) : continuous[j];
            if (size == r && rho <= topValue[size - 1]) continue;
            int pos = size == r ? r - 1 : size++;
            while (pos > 0 && topValue[pos - 1] < rho) { top[pos] = top[pos - 1]; topValue[pos] = topValue[pos - 1]; pos--; }
            top[pos] = j;
            topValue[pos] = rho;
        }
        for (int t = 0; t < size; t++) { chosen[top[t]] = true; value += topValue[t]; }
        // fewer sites with a positive ρ than p - fixed: any others complete the set (ρ >= 0 adds nothing)
        for (int t = 0; t < k && size < r; t++) if (!chosen[others[t]]) { chosen[others[t]] = true; Arrays.fill(x[others[t]], 0); size++; }
        return value;
    }

    private static boolean hasPart(double[] x) {
        for (double v : x) if (v > 1e-12 && v < 1 - 1e-12) return true;
        return false;
    }

    /** Dantzig's bound: positive-value points by value per load, the last in part; fills x. */
    private double continuous(int j, double[] lambda, double[] x) {
        Arrays.fill(x, 0);
        int[] pts = pairs.pointsOf[j];
        double value = 0, sizes = 0;
        int k = 0;
        Integer[] items = new Integer[pts.length];
        for (int t = 0; t < pts.length; t++) {
            int i = pts[t];
            double v = pairs.weight(i) - lambda[i];
            if (v <= 0) continue;
            if (pairs.load(i) <= 0) { x[t] = 1; value += v; continue; }
            items[k++] = t;
            sizes += pairs.load(i);
        }
        double room = pairs.capacity(j);
        if (sizes <= room) {
            for (int a = 0; a < k; a++) { x[items[a]] = 1; value += pairs.weight(pts[items[a]]) - lambda[pts[items[a]]]; }
            return value;
        }
        Arrays.sort(items, 0, k, (a, b) -> Double.compare(
                (pairs.weight(pts[b]) - lambda[pts[b]]) / pairs.load(pts[b]), (pairs.weight(pts[a]) - lambda[pts[a]]) / pairs.load(pts[a])));
        for (int a = 0; a < k && room > 0; a++) {
            int t = items[a], i = pts[t];
            double take = Math.min(1, room / pairs.load(i));
            x[t] = take;
            room -= take * pairs.load(i);
            value += take * (pairs.weight(i) - lambda[i]);
        }
        return value;
    }

    /**
     * The 0-1 knapsack (or its rounded-down relaxation) by dynamic programming over capacity units; replaces x by its
     * solution when it is below {@code continuousValue}. Returns its value (at most the continuous bound up to rounding).
     */
    private double dynamic(int j, double[] lambda, double[] x, double continuousValue) {
        if (dpCells <= 0) return continuousValue;
        int[] pts = pairs.pointsOf[j];
        int k = 0;
        int[] items = new int[pts.length];
        double base = 0;
        for (int t = 0; t < pts.length; t++) {
            int i = pts[t];
            if (pairs.weight(i) - lambda[i] <= 0) continue;
            if (pairs.load(i) <= 0) { base += pairs.weight(i) - lambda[i]; continue; }
            items[k++] = t;
        }
        if (k == 0) return continuousValue;
        double capacity = pairs.capacity(j);
        double scale = exactScale;
        boolean exact = scale > 0 && (capacity * scale + 1) * k <= dpCells;
        if (!exact) scale = Math.min(exactScale > 0 ? exactScale : 1000, (dpCells / (double) k - 1) / capacity);
        if (!(scale > 0) || capacity * scale < 1) return continuousValue;
        int cap = units(capacity, scale, exact);
        int width = cap + 1;
        if ((long) width * k > dpCells) return continuousValue;
        dpRuns++;
        if (dp.length < width) dp = new double[width];
        if (keep.length < width * k) keep = new boolean[width * k];
        Arrays.fill(dp, 0, width, 0);
        Arrays.fill(keep, 0, width * k, false);
        int[] size = new int[k];
        for (int a = 0; a < k; a++) {
            int i = pts[items[a]];
            int z = units(pairs.load(i), scale, exact);
            size[a] = z;
            double v = pairs.weight(i) - lambda[i];
            int row = a * width;
            for (int c = cap; c >= z; c--) {
                double with = dp[c - z] + v;
                if (with > dp[c]) { dp[c] = with; keep[row + c] = true; }
            }
        }
        double value = base + dp[cap];
        if (value >= continuousValue) return continuousValue;
        Arrays.fill(x, 0);
        for (int t = 0; t < pts.length; t++) { int i = pts[t]; if (pairs.weight(i) - lambda[i] > 0 && pairs.load(i) <= 0) x[t] = 1; }
        int c = cap;
        for (int a = k - 1; a >= 0; a--) if (keep[a * width + c]) { x[items[a]] = 1; c -= size[a]; }
        return value;
    }

    private static int units(double v, double scale, boolean exact) {
        double s = v * scale;
        return (int) Math.min(Integer.MAX_VALUE - 1, exact ? Math.round(s) : Math.floor(s));
    }
}
