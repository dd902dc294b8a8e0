package org.dostap.engine.optimize;

import java.util.Arrays;

/**
 * Vertex substitution for the p-median (Teitz &amp; Bart 1968) with Whitaker's fast interchange
 * (Whitaker 1983, "A fast algorithm for the greedy interchange for large-scale clustering and median
 * location problems", INFOR 21(2)): for each closed candidate the best site to swap out is found in
 * one pass over the demand points near it, using each point's nearest and second-nearest open site.
 * First-improvement, cycling over the candidates until no swap improves. Fixed-open sites never leave.
 */
final class FastInterchange {
    private final MedianCosts mc;
    private final boolean[] open;
    private final double[] d1, d2;
    private final int[] c1;
    private final double[] base;   // cost of closing each open site, given the others stay
    private final double[] adjust; // scratch
    private final int[] stamp;
    private int epoch;
    private int[] openList;
    private final SolveMonitor monitor;

    /**
     * Points considered per candidate: its nearest {@code neighbourhood} demand points. Leaving out farther points
     * only under-estimates a swap's profit (they could only gain), so every swap made truly improves; it keeps
     * country-scale instances fast. Up to 2,000 demand points every point is considered.
     */
    private final int neighbourhood;

    /** Reports each improving swap to {@code monitor} and stops when asked. */
    FastInterchange(MedianCosts mc, boolean[] initialOpen, SolveMonitor monitor) {
        this.monitor = monitor;
        this.mc = mc;
        int openCount = 0;
        for (boolean b : initialOpen) if (b) openCount++;
        int points = mc.matrix.demandCount();
        this.neighbourhood = points <= 2000 ? points : Math.max(256, 8 * points / Math.max(1, openCount));
        this.open = initialOpen.clone();
        int n = mc.size(), m = open.length;
        d1 = new double[n]; d2 = new double[n]; c1 = new int[n];
        base = new double[m]; adjust = new double[m]; stamp = new int[m];
        refresh();
    }

    boolean[] open() { return open.clone(); }

    /**
     * Greedy addition (Kuehn &amp; Hamburger 1963) with lazy evaluation: fixed-open sites first, then repeatedly the
     * site with the largest saving over its {@code neighbourhood} nearest points, until p are open.
     */
    static boolean[] greedy(MedianCosts mc, int p) {
        int m = mc.allowed.length, n = mc.matrix.demandCount();
        boolean[] open = new boolean[m];
        double[] d1 = new double[n];
        java.util.Arrays.fill(d1, mc.none);
        double[] w = new double[n];
        for (int a = 0; a < mc.size(); a++) w[mc.demand[a]] = mc.weight[a];
        int count = 0;
        for (int j = 0; j < m; j++) if (mc.fixed[j]) { open(mc, j, d1); open[j] = true; count++; }
        int k = n <= 2000 ? n : Math.max(256, 8 * n / Math.max(1, p));
        java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>((x, y) -> Double.compare(y[0], x[0]));
        for (int j = 0; j < m; j++) if (mc.allowed[j] && !open[j]) queue.add(new double[]{saving(mc, j, d1, w, k), j});
        while (count < p && !queue.isEmpty()) {
            double[] top = queue.poll();
            int j = (int) top[1];
            double g = saving(mc, j, d1, w, k);
            if (!queue.isEmpty() && g < queue.peek()[0]) { queue.add(new double[]{g, j}); continue; }
            open(mc, j, d1);
            open[j] = true;
            count++;
        }
        return open;
    }

    private static double saving(MedianCosts mc, int j, double[] d1, double[] w, int k) {
        double s = 0;
        int seen = 0;
        for (int i : mc.matrix.columnOrder(j)) {
            if (++seen > k) break;
            double c = mc.matrix.cost(i, j);
            if (c == Double.POSITIVE_INFINITY) break;
            if (c < d1[i]) s += w[i] * (d1[i] - c);
        }
        return s;
    }

    private static void open(MedianCosts mc, int j, double[] d1) {
        for (int i = 0; i < d1.length; i++) {
            double c = mc.matrix.cost(i, j);
            if (c == Double.POSITIVE_INFINITY) c = mc.unreachable;
            if (c < d1[i]) d1[i] = c;
        }
    }

    double cost() {
        double t = 0;
        for (int a = 0; a < d1.length; a++) t += mc.weight[a] * d1[a];
        return t;
    }

    private void refresh() {
        Arrays.fill(base, 0);
        for (int a = 0; a < d1.length; a++) {
            int found = 0;
            d2[a] = mc.none;
            for (int j : mc.rowOrder(a)) {
                if (!open[j]) continue;
                if (found == 0) { d1[a] = mc.cost(a, j); c1[a] = j; found = 1; }
                else { d2[a] = mc.cost(a, j); break; }
            }
            base[c1[a]] += mc.weight[a] * (d2[a] - d1[a]);
        }
        openList = java.util.stream.IntStream.range(0, open.length).filter(j -> open[j]).toArray();
    }

    /** Runs until a local optimum or the deadline ({@link System#nanoTime()}); returns the cost. */
    double run(long deadlineNanos) {
        int m = open.length;
        double maxD2 = 0;
        for (double v : d2) maxD2 = Math.max(maxD2, v);
        int sinceImprovement = 0, f = 0;
        while (sinceImprovement < m) {
            if ((f & 63) == 0 && monitor.stoppedOrPast(deadlineNanos)) break;
            if (!open[f] && mc.allowed[f]) {
                int[] best = new int[1];
                double profit = evaluate(f, maxD2, best);
                if (profit > 1e-9 * Math.max(1, cost()) && best[0] >= 0) {
                    open[best[0]] = false;
                    open[f] = true;
                    refresh();
                    maxD2 = 0;
                    for (double v : d2) maxD2 = Math.max(maxD2, v);
                    sinceImprovement = 0;
                    monitor.incumbent(cost());
                }
            }
            sinceImprovement++;
            f = f + 1 == m ? 0 : f + 1;
        }
        return cost();
    }

    /** Profit of opening f and closing the best open site (written to out[0], -1 when none may close). */
    private double evaluate(int f, double maxD2, int[] out) {
        double gain = 0;
        epoch++;
        int[] col = mc.matrix.columnOrder(f);
        int[] touched = new int[Math.min(col.length, 64)];
        int touchedCount = 0;
        int[] activeIndex = activeIndex();
        int seen = 0;
        for (int i : col) {
            if (++seen > neighbourhood) break; // farther points are left out: the estimate can only be pessimistic
            double cRaw = mc.matrix.cost(i, f);
            double c = cRaw == Double.POSITIVE_INFINITY ? mc.unreachable : cRaw;
            if (c >= maxD2) break;
            int a = activeIndex[i];
            if (a < 0 || c >= d2[a]) continue;
            int r = c1[a];
            double w = mc.weight[a];
            if (stamp[r] != epoch) {
                stamp[r] = epoch;
                if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touched.length * 2);
                touched[touchedCount++] = r;
            }
            if (c < d1[a]) { gain += w * (d1[a] - c); adjust[r] -= w * (d2[a] - d1[a]); }
            else adjust[r] -= w * (d2[a] - c);
        }
        double bestLoss = Double.POSITIVE_INFINITY;
        out[0] = -1;
        for (int r : openList) {
            if (mc.fixed[r]) continue;
            double loss = base[r] + adjust[r];
            if (loss < bestLoss) { bestLoss = loss; out[0] = r; }
        }
        for (int k = 0; k < touchedCount; k++) adjust[touched[k]] = 0;
        return gain - bestLoss;
    }

    private int[] activeIndexCache;

    private int[] activeIndex() {
        if (activeIndexCache == null) {
            activeIndexCache = new int[mc.instance.demandCount()];
            Arrays.fill(activeIndexCache, -1);
            for (int a = 0; a < mc.demand.length; a++) activeIndexCache[mc.demand[a]] = a;
        }
        return activeIndexCache;
    }
}
