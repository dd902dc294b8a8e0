package org.dostap.engine.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pairs a capacitated coverage solution may use, as {@link CapacityModel} builds them: point i at site j when j may
 * open (not closed), i is within the threshold of j (cost &lt;= threshold) and i's load alone fits j's capacity (single
 * source: a point larger than a site never goes there). Points of weight 0 are left out (covering them gains nothing, and
 * an optimal solution need not assign them). Per point its sites nearest first; per site its points.
 * <p>Also the two simple bounds on the covered weight: the weight of the points that have a pair (whatever opens), and a
 * continuous knapsack of those points (value weight, size load) into the largest capacity p sites may have (the
 * fixed-open sites and the largest others): covered points' loads fit into the open sites' capacities together. Both
 * hold whether weight and load are the same quantity (users) or not (residents and users).
 */
final class CapacitatedCoveragePairs {
    final int n, m, p;
    final int[][] sitesOf;   // per point: sites it may go to, nearest first
    final int[][] pointsOf;  // per site: points it may serve
    final boolean[] allowed, fixed;
    final int fixedCount;
    private final LocationInstance inst;

    CapacitatedCoveragePairs(LocationInstance inst, int p, double threshold) {
        this.inst = inst;
        this.p = p;
        n = inst.demandCount();
        m = inst.candidateCount();
        allowed = new boolean[m];
        fixed = new boolean[m];
        int f = 0;
        for (int j = 0; j < m; j++) { allowed[j] = !inst.closed(j); fixed[j] = inst.fixedOpen(j); if (fixed[j]) f++; }
        fixedCount = f;
        sitesOf = new int[n][];
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.clear();
            if (inst.weight(i) > 0)
                for (int j : inst.costs().rowOrder(i)) {
                    if (inst.costs().cost(i, j) > threshold) break;
                    if (allowed[j] && !(inst.load(i) > inst.capacity(j))) s.add(j);
                }
            sitesOf[i] = s.stream().mapToInt(Integer::intValue).toArray();
        }
        pointsOf = CoverageSets.pointsOf(sitesOf, m);
    }

    LocationInstance instance() { return inst; }
    double weight(int i) { return inst.weight(i); }
    double load(int i) { return inst.load(i); }
    double capacity(int j) { return inst.capacity(j); }

    /** Σ w_i over the points that have a pair: nothing else can be covered. */
    double reachableWeight() {
        double w = 0;
        for (int i = 0; i < n; i++) if (sitesOf[i].length > 0) w += inst.weight(i);
        return w;
    }

    /** The most capacity p sites may have together: the fixed-open sites and the p - fixed largest others. */
    double largestCapacity() {
        double total = 0;
        for (int j = 0; j < m; j++) if (fixed[j]) total += inst.capacity(j);
        double[] others = new double[m];
        int k = 0;
        for (int j = 0; j < m; j++) if (allowed[j] && !fixed[j]) others[k++] = inst.capacity(j);
        Arrays.sort(others, 0, k);
        for (int t = 0; t < p - fixedCount && t < k; t++) total += others[k - 1 - t];
        return total;
    }

    /** The continuous knapsack of the points that have a pair into {@link #largestCapacity()}: a valid bound. */
    double capacityBound() { return capacityKnapsack(false); }

    /** The weight per load of the point the capacity bound's knapsack takes in part or stops at (0 when all fit). */
    double capacityRatio() { return capacityKnapsack(true); }

    private double capacityKnapsack(boolean ratio) {
        double room = largestCapacity();
        if (room == Double.POSITIVE_INFINITY) return ratio ? 0 : reachableWeight();
        List<Integer> items = new ArrayList<>();
        double value = 0;
        for (int i = 0; i < n; i++) {
            if (sitesOf[i].length == 0) continue;
            if (inst.load(i) <= 0) value += inst.weight(i);
            else items.add(i);
        }
        items.sort((a, b) -> Double.compare(inst.weight(b) / inst.load(b), inst.weight(a) / inst.load(a)));
        for (int i : items) {
            if (room <= 0 || inst.load(i) > room) return ratio ? inst.weight(i) / inst.load(i) : value + room / inst.load(i) * inst.weight(i);
            value += inst.weight(i);
            room -= inst.load(i);
        }
        return ratio ? 0 : value;
    }

    /** 1, 10, 100 or 1,000 when that makes every load and finite capacity whole (users come in hundredths); 0 when none does. */
    double exactScale() {
        for (double s : new double[]{1, 10, 100, 1000}) {
            boolean whole = true;
            for (int i = 0; i < n && whole; i++) whole = isWhole(inst.load(i) * s);
            for (int j = 0; j < m && whole; j++) if (Double.isFinite(inst.capacity(j))) whole = isWhole(inst.capacity(j) * s);
            if (whole) return s;
        }
        return 0;
    }

    private static boolean isWhole(double v) { return Math.abs(v - Math.rint(v)) <= 1e-7 * Math.max(1, Math.abs(v)); }
}
