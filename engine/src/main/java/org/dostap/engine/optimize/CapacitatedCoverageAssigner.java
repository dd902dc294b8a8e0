package org.dostap.engine.optimize;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A feasible single-source assignment for capacitated coverage once the open sites are chosen: points by weight per
 * unit of load (then fewer sites within reach first), each to the open site within reach whose free places it fills
 * best (best fit); then improvement moves until none gains: an uncovered point <i>enters</i> a site with room, or
 * <i>shifts</i> a covered point of a full site to another open site with room and takes its place, or <i>swaps</i> out
 * a covered point of less weight whose places it can take (the point swapped out then tries to enter or shift
 * elsewhere). Every move raises the covered weight, so it ends. Only the pairs of {@link CapacitatedCoveragePairs}
 * (within the threshold, load within the capacity) are used: the result is feasible by construction.
 */
final class CapacitatedCoverageAssigner {
    private final CapacitatedCoveragePairs pairs;
    private final int[] order;
    private final double[] room;
    private final int[][] members;  // per site, its covered points (first count[j] entries)
    private final int[] count;
    private final int[] position;   // index of a covered point in its site's members
    private boolean[] open;
    private int[] a;

    CapacitatedCoverageAssigner(CapacitatedCoveragePairs pairs) {
        this.pairs = pairs;
        order = IntStream.range(0, pairs.n).filter(i -> pairs.sitesOf[i].length > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -ratio(pairs, i))
                        .thenComparingInt(i -> pairs.sitesOf[i].length).thenComparingDouble(i -> -pairs.weight(i)))
                .mapToInt(Integer::intValue).toArray();
        room = new double[pairs.m];
        members = new int[pairs.m][];
        for (int j = 0; j < pairs.m; j++) members[j] = new int[pairs.pointsOf[j].length];
        count = new int[pairs.m];
        position = new int[pairs.n];
    }

    private static double ratio(CapacitatedCoveragePairs pairs, int i) {
        return pairs.load(i) <= 0 ? Double.POSITIVE_INFINITY : pairs.weight(i) / pairs.load(i);
    }

    /** Assigns points to the open sites into {@code assignment} (-1: not covered); returns the covered weight. */
    double assign(boolean[] openSites, int[] assignment) {
        start(openSites, assignment);
        for (int i : order) enter(i);
        improve();
        return covered();
    }

    /**
     * Improves a feasible assignment in place (e.g. the solver's or the greedy's): points of weight 0 are taken out
     * (they gain nothing and take places), pairs outside {@link CapacitatedCoveragePairs} are kept as they are; returns
     * the covered weight.
     */
    double improve(boolean[] openSites, int[] assignment) {
        start(openSites, assignment.clone());
        for (int i = 0; i < pairs.n; i++) {
            int j = assignment[i];
            if (j < 0) continue;
            if (contains(pairs.sitesOf[i], j)) add(i, j);
            else if (pairs.weight(i) > 0) { a[i] = j; room[j] -= pairs.load(i); } // kept as it is, never moved
            // a point of weight 0 gains nothing: its places are freed
        }
        improve();
        System.arraycopy(a, 0, assignment, 0, pairs.n);
        return covered();
    }

    /**
     * Improves a feasible assignment in place by re-packing each open site exactly: the points it serves and the
     * uncovered points within its reach, the most weight that fits its capacity (a 0-1 knapsack by dynamic programming,
     * when loads and capacity are whole in units of 1/{@link CapacitatedCoveragePairs#exactScale()} and the table has at
     * most {@code dpCells} cells; other sites are left as they are); points it drops then try other sites. Returns the
     * covered weight (never less than before).
     */
    double repack(boolean[] openSites, int[] assignment, int dpCells) {
        improve(openSites, assignment);
        double scale = pairs.exactScale();
        if (scale <= 0) return covered();
        start(openSites, assignment.clone());
        for (int i = 0; i < pairs.n; i++) {
            int j = assignment[i];
            if (j < 0) continue;
            if (contains(pairs.sitesOf[i], j)) add(i, j); else { a[i] = j; room[j] -= pairs.load(i); }
        }
        for (int pass = 0; pass < 5; pass++) {
            boolean gained = false;
            for (int j = 0; j < pairs.m; j++) if (open[j] && pairs.pointsOf[j].length > 0 && repackSite(j, scale, dpCells)) gained = true;
            if (!gained) break;
            for (int i : order) if (a[i] < 0) enter(i);
            improve();
        }
        System.arraycopy(a, 0, assignment, 0, pairs.n);
        return covered();
    }

    private boolean repackSite(int j, double scale, int dpCells) {
        int[] pts = pairs.pointsOf[j];
        int[] items = new int[pts.length];
        int k = 0;
        double current = 0, capacity = room[j];
        for (int i : pts) {
            if (a[i] == j) { current += pairs.weight(i); capacity += pairs.load(i); items[k++] = i; }
            else if (a[i] < 0) items[k++] = i;
        }
        if (k == 0 || !Double.isFinite(capacity)) return false;
        int cap = (int) Math.min(Integer.MAX_VALUE - 1, Math.round(Math.floor(capacity * scale + 1e-6)));
        int width = cap + 1;
        if ((long) width * k > dpCells) return false;
        double[] dp = new double[width];
        boolean[] keep = new boolean[width * k];
        int[] size = new int[k];
        for (int t = 0; t < k; t++) {
            int i = items[t];
            int z = (int) Math.round(pairs.load(i) * scale);
            size[t] = z;
            double v = pairs.weight(i);
            int row = t * width;
            for (int c = cap; c >= z; c--) if (dp[c - z] + v > dp[c]) { dp[c] = dp[c - z] + v; keep[row + c] = true; }
        }
        if (dp[cap] <= current + 1e-9 * Math.max(1, current)) return false;
        boolean[] take = new boolean[k];
        int c = cap;
        for (int t = k - 1; t >= 0; t--) if (keep[t * width + c]) { take[t] = true; c -= size[t]; }
        for (int t = 0; t < k; t++) if (!take[t] && a[items[t]] == j) remove(items[t]);
        for (int t = 0; t < k; t++) if (take[t] && a[items[t]] < 0) add(items[t], j);
        return true;
    }

    private void start(boolean[] openSites, int[] assignment) {
        open = openSites;
        a = assignment;
        Arrays.fill(a, -1);
        for (int j = 0; j < pairs.m; j++) room[j] = open[j] ? pairs.capacity(j) : 0;
        Arrays.fill(count, 0);
    }

    private double covered() {
        double w = 0;
        for (int i = 0; i < pairs.n; i++) if (a[i] >= 0) w += pairs.weight(i);
        return w;
    }

    private void improve() {
        boolean better = true;
        for (int pass = 0; better && pass < 50; pass++) {
            better = false;
            for (int i : order) if (a[i] < 0 && (enter(i) || shift(i) || swap(i))) better = true;
        }
    }

    /** i to the open site within reach whose room it fills best. */
    private boolean enter(int i) {
        double q = pairs.load(i);
        int best = -1;
        double left = Double.POSITIVE_INFINITY;
        for (int j : pairs.sitesOf[i]) {
            if (!open[j] || !fits(q, room[j])) continue;
            if (room[j] - q < left) { left = room[j] - q; best = j; }
        }
        if (best < 0) return false;
        add(i, best);
        return true;
    }

    /** A covered point k of a site j within reach of i moves to another open site with room, and i takes j. */
    private boolean shift(int i) {
        double q = pairs.load(i);
        for (int j : pairs.sitesOf[i]) {
            if (!open[j]) continue;
            double need = q - room[j];
            for (int t = 0; t < count[j]; t++) {
                int k = members[j][t];
                if (pairs.load(k) < need) continue;
                for (int j2 : pairs.sitesOf[k]) {
                    if (j2 == j || !open[j2] || !fits(pairs.load(k), room[j2])) continue;
                    remove(k);
                    add(k, j2);
                    add(i, j);
                    return true;
                }
            }
        }
        return false;
    }

    /** i takes the places of the lightest covered point k (weight below i's) of a site within reach; k then tries elsewhere. */
    private boolean swap(int i) {
        double q = pairs.load(i), w = pairs.weight(i);
        int bestK = -1;
        double bestW = w;
        for (int j : pairs.sitesOf[i]) {
            if (!open[j]) continue;
            for (int t = 0; t < count[j]; t++) {
                int k = members[j][t];
                if (pairs.weight(k) < bestW - 1e-12 * Math.max(1, w) && fits(q, room[j] + pairs.load(k))) { bestW = pairs.weight(k); bestK = k; }
            }
        }
        if (bestK < 0) return false;
        int j = a[bestK];
        remove(bestK);
        add(i, j);
        if (!enter(bestK)) shift(bestK);
        return true;
    }

    /** A load fits the room (up to rounding errors of sums of loads). */
    private static boolean fits(double load, double room) { return load <= room + 1e-9 * Math.max(1, room); }

    private void add(int i, int j) {
        a[i] = j;
        room[j] -= pairs.load(i);
        position[i] = count[j];
        members[j][count[j]++] = i;
    }

    private void remove(int i) {
        int j = a[i];
        int last = members[j][--count[j]];
        members[j][position[i]] = last;
        position[last] = position[i];
        room[j] += pairs.load(i);
        a[i] = -1;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) if (x == v) return true;
        return false;
    }
}
