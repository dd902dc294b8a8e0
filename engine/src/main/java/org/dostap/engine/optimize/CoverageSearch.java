package org.dostap.engine.optimize;

import java.util.PriorityQueue;

/**
 * Greedy (lazy evaluation) then vertex substitution for maximal coverage: each closed site is tried
 * against the open site whose removal loses least, using per point the number of open sites covering
 * it and, when that is one, which site it is. First improvement until no swap helps or the deadline.
 */
final class CoverageSearch {
    private final LocationInstance instance;
    private final CoverageSets sets;
    private final boolean[] open;
    private final int[] count;
    private final long[] idSum;
    private final double[] unique;
    private final double[] adjust;
    private final SolveMonitor monitor;

    CoverageSearch(LocationInstance instance, CoverageSets sets) { this(instance, sets, SolveMonitor.none()); }

    /** Reports each improving swap to {@code monitor} and stops when asked. */
    CoverageSearch(LocationInstance instance, CoverageSets sets, SolveMonitor monitor) {
        this.monitor = monitor;
        this.instance = instance;
        this.sets = sets;
        int n = instance.demandCount(), m = instance.candidateCount();
        open = new boolean[m];
        count = new int[n];
        idSum = new long[n];
        unique = new double[m];
        adjust = new double[m];
    }

    boolean[] open() { return open.clone(); }

    double covered() {
        double t = 0;
        for (int i = 0; i < count.length; i++) if (count[i] > 0) t += instance.weight(i);
        return t;
    }

    private void set(int j, boolean value) {
        open[j] = value;
        for (int i : sets.pointsOf[j]) { count[i] += value ? 1 : -1; idSum[i] += value ? j : -j; }
    }

    private double gain(int j) {
        double g = 0;
        for (int i : sets.pointsOf[j]) if (count[i] == 0) g += instance.weight(i);
        return g;
    }

    /** Opens the fixed sites, then p minus those by lazy greedy (largest marginal coverage first). */
    void greedy(int p) {
        int opened = 0;
        for (int j = 0; j < open.length; j++) if (instance.fixedOpen(j)) { set(j, true); opened++; }
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int j = 0; j < open.length; j++) if (!open[j] && !instance.closed(j)) queue.add(new double[]{gain(j), j});
        while (opened < p && !queue.isEmpty()) {
            double[] top = queue.poll();
            int j = (int) top[1];
            double g = gain(j);
            if (!queue.isEmpty() && g < queue.peek()[0]) { queue.add(new double[]{g, j}); continue; }
            set(j, true);
            opened++;
        }
    }

    /** Starts from the given sites instead of greedy. */
    void start(boolean[] sites) {
        for (int j = 0; j < open.length; j++) if (sites[j] != open[j]) set(j, sites[j]);
    }

    double improve(long deadlineNanos) {
        int m = open.length, since = 0, f = 0;
        refreshUnique();
        while (since < m) {
            if ((f & 63) == 0 && monitor.stoppedOrPast(deadlineNanos)) break;
            if (!open[f] && !instance.closed(f)) {
                double gain = 0;
                for (int i : sets.pointsOf[f]) {
                    if (count[i] == 0) gain += instance.weight(i);
                    else if (count[i] == 1) adjust[(int) idSum[i]] -= instance.weight(i);
                }
                double bestLoss = Double.POSITIVE_INFINITY;
                int best = -1;
                for (int r : openList) {
                    if (instance.fixedOpen(r)) continue;
                    double loss = unique[r] + adjust[r];
                    if (loss < bestLoss) { bestLoss = loss; best = r; }
                }
                for (int i : sets.pointsOf[f]) if (count[i] == 1) adjust[(int) idSum[i]] = 0;
                if (best >= 0 && gain - bestLoss > 1e-9) {
                    set(best, false);
                    set(f, true);
                    refreshUnique();
                    since = 0;
                    monitor.incumbent(covered());
                }
            }
            since++;
            f = f + 1 == m ? 0 : f + 1;
        }
        return covered();
    }

    private int[] openList = new int[0];

    private void refreshUnique() {
        openList = java.util.stream.IntStream.range(0, open.length).filter(j -> open[j]).toArray();
        java.util.Arrays.fill(unique, 0);
        for (int i = 0; i < count.length; i++) if (count[i] == 1) unique[(int) idSum[i]] += instance.weight(i);
    }
}
