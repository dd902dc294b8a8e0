package org.dostap.engine.optimize;

import java.util.Arrays;

/**
 * Lagrangian relaxation of maximal coverage (Galvão &amp; ReVelle 1996, "A Lagrangean heuristic for the maximal
 * covering location problem", EJOR 88): with multipliers μ_i ≥ 0 on z_i ≤ Σ_{j∈N_i} y_j,
 * L(μ) = Σ_i max(0, w_i − μ_i) + Σ_{j open} σ_j, σ_j = Σ_{i covered by j} μ_i, taking fixed-open sites and the
 * p of largest σ: an UPPER bound on the coverage, lowered by subgradient steps. The best multipliers give
 * reduced-cost tests that fix sites for the exact model.
 */
final class CoverageLagrangian {
    private final LocationInstance instance;
    private final CoverageSets sets;
    private final int[] free;
    private final int q;
    private final double[] mu;
    private final double[] sigma;
    private final boolean[] chosen;
    private double bound = Double.POSITIVE_INFINITY;
    private double[] bestSigma;
    private int iterations;
    private final SolveMonitor monitor;

    /** Reports its (upper) bound to {@code monitor} and stops when asked. */
    CoverageLagrangian(LocationInstance instance, CoverageSets sets, int p, SolveMonitor monitor) {
        this.monitor = monitor;
        this.instance = instance;
        this.sets = sets;
        int m = instance.candidateCount();
        free = java.util.stream.IntStream.range(0, m).filter(j -> !instance.closed(j) && !instance.fixedOpen(j)).toArray();
        q = p - instance.fixedOpenSites().length;
        mu = new double[instance.demandCount()];
        for (int i = 0; i < mu.length; i++) mu[i] = sets.coverable(i) ? instance.weight(i) / 2 : 0;
        sigma = new double[m];
        chosen = new boolean[m];
    }

    double bound() { return bound; }
    int iterations() { return iterations; }

    void run(int maxIterations, double lower, double stopAt, long deadlineNanos) {
        double theta = 2;
        int since = 0;
        double[] g = new double[mu.length];
        for (int it = 0; it < maxIterations && theta > 1e-4; it++) {
            if ((it & 7) == 0 && monitor.stoppedOrPast(deadlineNanos)) break;
            iterations++;
            double value = evaluate();
            if (value < bound - 1e-12 * Math.abs(value)) { bound = value; bestSigma = sigma.clone(); since = 0; monitor.bound(value); }
            else if (++since >= 40) { theta /= 2; since = 0; }
            if (bound <= stopAt) break;
            double norm = 0;
            for (int i = 0; i < mu.length; i++) {
                if (!sets.coverable(i)) continue;
                int cover = 0;
                for (int j : sets.sitesOf[i]) if (chosen[j]) cover++;
                g[i] = cover - (instance.weight(i) > mu[i] ? 1 : 0);
                norm += g[i] * g[i];
            }
            if (norm == 0) break;
            double step = theta * (value - lower) / norm;
            for (int i = 0; i < mu.length; i++) if (sets.coverable(i)) mu[i] = Math.max(0, mu[i] - step * g[i]);
        }
    }

    private double evaluate() {
        Arrays.fill(sigma, 0);
        double sum = 0;
        for (int i = 0; i < mu.length; i++) {
            if (!sets.coverable(i)) continue;
            sum += Math.max(0, instance.weight(i) - mu[i]);
            for (int j : sets.sitesOf[i]) sigma[j] += mu[i];
        }
        Arrays.fill(chosen, false);
        for (int j = 0; j < sigma.length; j++) if (instance.fixedOpen(j)) { chosen[j] = true; sum += sigma[j]; }
        int[] order = sortedFree(sigma);
        for (int k = 0; k < q && k < order.length; k++) { chosen[order[k]] = true; sum += sigma[order[k]]; }
        return sum;
    }

    /** Free sites by decreasing σ. */
    private int[] sortedFree(double[] s) {
        Integer[] idx = new Integer[free.length];
        for (int k = 0; k < idx.length; k++) idx[k] = free[k];
        Arrays.sort(idx, (x, y) -> Double.compare(s[y], s[x]));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /** Per site -1 closed, +1 open, 0 free, for solutions covering more than {@code cutoff}. */
    int[] fixings(double cutoff) {
        int m = sigma.length;
        int[] status = new int[m];
        for (int j = 0; j < m; j++) status[j] = instance.fixedOpen(j) ? 1 : instance.closed(j) ? -1 : 0;
        if (bestSigma == null || q <= 0 || q >= free.length) return status;
        int[] order = sortedFree(bestSigma);
        double lastChosen = bestSigma[order[q - 1]], firstOut = bestSigma[order[q]];
        for (int k = 0; k < order.length; k++) {
            int j = order[k];
            if (k < q) { if (bound - bestSigma[j] + firstOut < cutoff) status[j] = 1; }
            else if (bound - lastChosen + bestSigma[j] < cutoff) status[j] = -1;
        }
        return status;
    }
}
