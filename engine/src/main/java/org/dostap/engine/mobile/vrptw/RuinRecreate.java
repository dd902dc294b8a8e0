package org.dostap.engine.mobile.vrptw;

import java.util.SplittableRandom;

/**
 * The move of SISR (Christiaens &amp; Vanden Berghe 2020, "Slack Induction by String Removals for Vehicle
 * Routing Problems", Transportation Science 54(2)): remove strings (runs of consecutive customers) from routes near
 * a random seed customer, then reinsert every absent customer greedily at its cheapest feasible position,
 * skipping each position with a small "blink" probability. Parameters are the paper's: on average
 * {@value #MEAN_REMOVED} customers removed, strings of at most {@value #MAX_STRING} customers, split-string
 * with probability 1/2, blink rate {@value #BLINK}; insertion order random / largest demand / farthest from
 * the depot / closest with weights 4 / 4 / 2 / 1.
 */
final class RuinRecreate {
    static final double MEAN_REMOVED = 10;
    static final int MAX_STRING = 10;
    static final double BLINK = 0.01;
    private static final double SPLIT_DEPTH = 0.01;

    private final VrptwArrays p;
    private final SplittableRandom random;
    private final boolean[] removed;
    private final boolean[] ruined;
    private final int[] order;
    private final double[] key;

    RuinRecreate(VrptwArrays p, SplittableRandom random) {
        this.p = p;
        this.random = random;
        removed = new boolean[p.nodes];
        ruined = new boolean[p.nodes];
        order = new int[p.nodes];
        key = new double[p.nodes];
    }

    /**
     * Ruins {@code s} around a seed customer ({@code seed} if positive, else a random routed one) and recreates it.
     * New routes are opened for customers that fit nowhere while fewer than {@code maxRoutes} exist; the others stay absent.
     */
    void apply(RouteSet s, int seed, int maxRoutes) {
        ruin(s, seed);
        recreate(s, maxRoutes);
    }

    private void ruin(RouteSet s, int seed) {
        if (s.routeCount == 0) return;
        int routed = 0;
        for (int r = 0; r < s.routeCount; r++) routed += s.length[r];
        double maxString = Math.min(MAX_STRING, (double) routed / s.routeCount);
        double maxStrings = 4 * MEAN_REMOVED / (1 + maxString) - 1;
        int strings = (int) (1 + random.nextDouble() * maxStrings);
        if (seed <= 0) seed = 1 + random.nextInt(p.customers());
        int done = 0;
        java.util.Arrays.fill(ruined, 0, s.routeCount, false);
        java.util.Arrays.fill(removed, false);
        for (int c : p.neighbours[seed]) {
            if (done >= strings) break;
            int r = s.routeOf[c];
            if (r < 0 || removed[c] || ruined[r]) continue;
            int size = s.length[r];
            int length = (int) (1 + random.nextDouble() * Math.min(size, maxString));
            if (length >= size || random.nextBoolean()) removeString(s, r, s.positionOf[c], length);
            else removeSplitString(s, r, s.positionOf[c], length);
            ruined[r] = true;
            done++;
        }
        for (int r = 0; r < s.routeCount; r++) if (ruined[r]) s.removeFlagged(r, removed);
        s.dropEmptyRoutes();
    }

    /** Flags {@code length} consecutive customers of route {@code r} including position {@code at}. */
    private void removeString(RouteSet s, int r, int at, int length) {
        int first = spanStart(s.length[r], at, length);
        for (int i = first; i < first + length; i++) removed[s.route[r][i]] = true;
    }

    /** Flags {@code length} customers of a span of {@code length + kept} around {@code at}, keeping {@code kept} consecutive ones. */
    private void removeSplitString(RouteSet s, int r, int at, int length) {
        int size = s.length[r];
        int kept = 1;
        while (length + kept < size && random.nextDouble() > SPLIT_DEPTH) kept++;
        int span = length + kept;
        int first = spanStart(size, at, span);
        int keptFrom = first + random.nextInt(length + 1);
        for (int i = first; i < first + span; i++)
            if (i < keptFrom || i >= keptFrom + kept) removed[s.route[r][i]] = true;
    }

    private int spanStart(int size, int at, int span) {
        int lo = Math.max(0, at - span + 1);
        int hi = Math.min(at, size - span);
        return lo + random.nextInt(hi - lo + 1);
    }

    private void recreate(RouteSet s, int maxRoutes) {
        int n = 0;
        for (int c = 1; c < p.nodes; c++) if (s.routeOf[c] < 0 && p.servable[c]) order[n++] = c;
        sortForInsertion(n);
        for (int k = 0; k < n; k++) {
            int c = order[k];
            int bestRoute = -1, bestAt = -1;
            double bestCost = Double.MAX_VALUE;
            for (int r = 0; r < s.routeCount; r++) {
                if (s.load[r] + p.demand[c] > p.capacity) continue;
                for (int i = 0; i <= s.length[r]; i++) {
                    if (random.nextDouble() < BLINK) continue;
                    double cost = s.insertionCost(r, i, c);
                    if (cost < bestCost && s.fitsInTime(r, i, c)) {
                        bestCost = cost;
                        bestRoute = r;
                        bestAt = i;
                    }
                }
            }
            if (bestRoute >= 0) s.insert(bestRoute, bestAt, c);
            else if (s.routeCount < maxRoutes) s.open(c);
        }
    }

    private void sortForInsertion(int n) {
        int pick = random.nextInt(11);
        for (int k = 0; k < n; k++) {
            int c = order[k];
            key[c] = pick < 4 ? random.nextDouble()
                    : pick < 8 ? -p.demand[c]
                    : pick < 10 ? -p.distance[0][c] : p.distance[0][c];
        }
        // insertion sort: at most a few dozen customers, and deterministic for equal keys
        for (int i = 1; i < n; i++) {
            int c = order[i];
            int j = i - 1;
            while (j >= 0 && key[order[j]] > key[c]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = c;
        }
    }
}
