package org.dostap.engine.optimize;

import java.util.Arrays;

/**
 * Single-source assignment of every demand point to a fixed set of open sites within their capacities (a
 * generalized assignment problem): regret greedy (Martello &amp; Toth 1981: the point that would lose most by missing
 * its cheapest feasible site goes first), then an ejection repair for points that found no room (move one point out
 * of a full site to another site with room), then descent with shift and swap moves. A heuristic: it may miss a
 * feasible assignment or the cheapest one; every assignment it returns is checked feasible.
 * <p>Each point considers its {@code nearest} closest allowed sites that can hold its load at a finite cost.
 * Not thread-safe (work arrays are reused).
 */
final class GapAssigner {
    private final LocationInstance inst;
    private final int n;
    private final int[][] sitesOf;    // per point: allowed sites, finite cost, load <= capacity, nearest first
    private final double[][] costOf;  // weighted cost aligned with sitesOf
    private final double[] load;
    private final double[] capacity;
    private final double eps;
    // work arrays
    private final double[] residual;
    private final int[] first, second; // cached positions into sitesOf[i] (-1: none)
    private final int[] pending;

    GapAssigner(LocationInstance inst, int nearest) {
        this.inst = inst;
        this.n = inst.demandCount();
        int m = inst.candidateCount();
        load = new double[n];
        capacity = new double[m];
        double maxCap = 0;
        for (int j = 0; j < m; j++) { capacity[j] = inst.capacity(j); maxCap = Math.max(maxCap, capacity[j]); }
        eps = 1e-9 * Math.max(1, maxCap);
        sitesOf = new int[n][];
        costOf = new double[n][];
        int[] buf = new int[m];
        for (int i = 0; i < n; i++) {
            load[i] = inst.load(i);
            int k = 0;
            for (int j : inst.costs().rowOrder(i)) {
                double c = inst.costs().cost(i, j);
                if (c == Double.POSITIVE_INFINITY) break;
                if (inst.closed(j) || load[i] > capacity[j] + eps) continue;
                buf[k++] = j;
                if (k >= nearest) break;
            }
            sitesOf[i] = Arrays.copyOf(buf, k);
            costOf[i] = new double[k];
            for (int t = 0; t < k; t++) costOf[i][t] = inst.weight(i) * inst.costs().cost(i, sitesOf[i][t]);
        }
        residual = new double[m];
        first = new int[n];
        second = new int[n];
        pending = new int[n];
    }

    int[] sitesOf(int point) { return sitesOf[point]; }

    /** Weighted cost of serving {@code point} from {@code site} (infinite when not allowed). */
    double cost(int point, int site) {
        if (inst.closed(site) || load[point] > capacity[site] + eps) return Double.POSITIVE_INFINITY;
        return inst.weight(point) * inst.costs().cost(point, site);
    }

    /**
     * Assigns every point to an open site within capacities.
     * @param out receives the site of every point
     * @return the total weighted cost, or {@link Double#POSITIVE_INFINITY} when no feasible assignment was found
     */
    double assign(boolean[] open, int[] out) {
        for (int j = 0; j < residual.length; j++) residual[j] = open[j] ? capacity[j] : 0;
        int count = 0;
        for (int i = 0; i < n; i++) { out[i] = -1; pending[count++] = i; }
        return place(open, out, count);
    }

    /**
     * As {@link #assign} but starting from {@code previous} (an assignment to other open sites, e.g. before one site
     * was swapped): points whose site is still open and has room keep it, the others are placed by the regret greedy,
     * then the descent runs over all points. Much faster than {@link #assign} after a small change of the open sites.
     */
    double reassign(boolean[] open, int[] previous, int[] out) {
        for (int j = 0; j < residual.length; j++) residual[j] = open[j] ? capacity[j] : 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            int j = previous[i];
            if (j >= 0 && open[j] && residual[j] + eps >= load[i]) { out[i] = j; residual[j] -= load[i]; }
            else { out[i] = -1; pending[count++] = i; }
        }
        return place(open, out, count);
    }

    /** Regret greedy over the {@code count} pending points, ejection repair, descent; the total or infinity. */
    private double place(boolean[] open, int[] out, int count) {
        for (int t = 0; t < count; t++) {
            int i = pending[t];
            first[i] = next(i, open, 0);
            second[i] = first[i] < 0 ? -1 : next(i, open, first[i] + 1);
        }
        int failed = 0;
        while (count > 0) {
            int bestAt = -1;
            double bestRegret = -1;
            for (int t = 0; t < count; t++) {
                int i = pending[t];
                if (first[i] >= 0 && residual[sitesOf[i][first[i]]] + eps < load[i]) {
                    first[i] = next(i, open, first[i] + 1);
                    second[i] = first[i] < 0 ? -1 : next(i, open, first[i] + 1);
                }
                if (first[i] < 0) { bestAt = t; bestRegret = Double.MAX_VALUE; break; } // no room anywhere: to the repair
                if (second[i] >= 0 && residual[sitesOf[i][second[i]]] + eps < load[i]) second[i] = next(i, open, second[i] + 1);
                double regret = second[i] < 0 ? Double.MAX_VALUE / 2 + load[i] : costOf[i][second[i]] - costOf[i][first[i]];
                if (regret > bestRegret || (regret == bestRegret && load[i] > load[pending[bestAt]])) { bestRegret = regret; bestAt = t; }
            }
            int i = pending[bestAt];
            pending[bestAt] = pending[--count];
            if (first[i] < 0) { pending[n - 1 - failed++] = i; continue; }
            int j = sitesOf[i][first[i]];
            out[i] = j;
            residual[j] -= load[i];
        }
        for (int f = 0; f < failed; f++) if (!repair(pending[n - 1 - f], open, out)) return Double.POSITIVE_INFINITY;
        descend(open, out);
        return total(out);
    }

    /** The first position at or after {@code from} in point i's list of an open site with room for its load, or -1. */
    private int next(int i, boolean[] open, int from) {
        int[] s = sitesOf[i];
        for (int t = from; t < s.length; t++) if (open[s[t]] && residual[s[t]] + eps >= load[i]) return t;
        return -1;
    }

    /** Places point i by moving one point out of one of i's open sites into another open site with room (cheapest). */
    private boolean repair(int i, boolean[] open, int[] out) {
        double best = Double.POSITIVE_INFINITY;
        int bestSite = -1, bestMoved = -1, bestTo = -1;
        for (int t = 0; t < sitesOf[i].length; t++) {
            int j = sitesOf[i][t];
            if (!open[j]) continue;
            if (residual[j] + eps >= load[i]) { best = costOf[i][t]; bestSite = j; bestMoved = -1; break; }
            for (int k = 0; k < n; k++) {
                if (out[k] != j || residual[j] + load[k] + eps < load[i]) continue;
                for (int u = 0; u < sitesOf[k].length; u++) {
                    int to = sitesOf[k][u];
                    if (to == j || !open[to] || residual[to] + eps < load[k]) continue;
                    double delta = costOf[i][t] + costOf[k][u] - cost(k, j);
                    if (delta < best) { best = delta; bestSite = j; bestMoved = k; bestTo = to; }
                    break; // the nearest site with room is the cheapest move for k
                }
            }
        }
        if (bestSite < 0) return false;
        if (bestMoved >= 0) {
            residual[bestSite] += load[bestMoved];
            residual[bestTo] -= load[bestMoved];
            out[bestMoved] = bestTo;
        }
        out[i] = bestSite;
        residual[bestSite] -= load[i];
        return true;
    }

    /** Shift (a point to a cheaper open site with room) and swap (two points of different sites) until neither improves. */
    private void descend(boolean[] open, int[] out) {
        for (int round = 0; round < 50; round++) {
            boolean improved = false;
            for (int i = 0; i < n; i++) {
                int cur = out[i];
                double cc = cost(i, cur);
                for (int t = 0; t < sitesOf[i].length && costOf[i][t] < cc - 1e-12; t++) {
                    int j = sitesOf[i][t];
                    if (!open[j] || j == cur) continue;
                    if (residual[j] + eps >= load[i]) {
                        move(i, j, out);
                        improved = true;
                        break;
                    }
                    if (trySwap(i, j, costOf[i][t], cc, out)) { improved = true; break; }
                }
            }
            if (!improved) return;
        }
    }

    private boolean trySwap(int i, int j, double cij, double cicur, int[] out) {
        int cur = out[i];
        double best = 1e-9, gain;
        int bestK = -1;
        for (int k = 0; k < n; k++) {
            if (out[k] != j) continue;
            if (residual[j] + load[k] + eps < load[i] || residual[cur] + load[i] + eps < load[k]) continue;
            double ckcur = cost(k, cur);
            if (ckcur == Double.POSITIVE_INFINITY) continue;
            gain = cicur + cost(k, j) - cij - ckcur;
            if (gain > best) { best = gain; bestK = k; }
        }
        if (bestK < 0) return false;
        move(i, j, out);
        move(bestK, cur, out);
        return true;
    }

    private void move(int i, int to, int[] out) {
        residual[out[i]] += load[i];
        residual[to] -= load[i];
        out[i] = to;
    }

    double total(int[] out) {
        double sum = 0;
        for (int i = 0; i < n; i++) sum += cost(i, out[i]);
        return sum;
    }

    /** True when every point goes to an open site and no site holds more than its capacity (independent check). */
    static boolean feasible(LocationInstance inst, boolean[] open, int[] out) {
        double[] used = new double[inst.candidateCount()];
        for (int i = 0; i < out.length; i++) {
            int j = out[i];
            if (j < 0 || !open[j] || inst.closed(j) || inst.costs().cost(i, j) == Double.POSITIVE_INFINITY) return false;
            used[j] += inst.load(i);
        }
        for (int j = 0; j < used.length; j++) if (used[j] > inst.capacity(j) * (1 + 1e-9) + 1e-9) return false;
        return true;
    }
}
