package org.dostap.engine.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Iterated local search over the open sites of a capacitated p-median: a move closes one open site and opens a
 * candidate near the points it serves (one of their three nearest sites); the points are then re-assigned by
 * {@link GapAssigner}. Best improvement per closed site, first improvement over sites; at a local optimum one to three
 * random such swaps perturb the best solution (Lourenço, Martin &amp; Stützle 2003). Fixed-open sites never close,
 * closed sites never open. Keeps the best feasible solution seen, including every solution {@link #offer offered}.
 */
final class CapacitatedMedianSearch {
    private final LocationInstance inst;
    private final GapAssigner gap;
    private final Random random;
    private final int n, m;
    private boolean[] bestOpen;
    private int[] bestAssignment;
    private double bestCost = Double.POSITIVE_INFINITY;
    private final Set<String> tried = new HashSet<>();
    private long evaluations;
    private double bestSeconds;
    private long lastBetterNanos = System.nanoTime();
    private final long startNanos;
    private final SolveMonitor monitor;

    CapacitatedMedianSearch(LocationInstance inst, GapAssigner gap, long seed, long startNanos, SolveMonitor monitor) {
        this.inst = inst;
        this.gap = gap;
        this.random = new Random(seed);
        this.n = inst.demandCount();
        this.m = inst.candidateCount();
        this.startNanos = startNanos;
        this.monitor = monitor;
    }

    double bestCost() { return bestCost; }
    boolean[] bestOpen() { return bestOpen == null ? null : bestOpen.clone(); }
    int[] bestAssignment() { return bestAssignment == null ? null : bestAssignment.clone(); }
    long evaluations() { return evaluations; }
    /** Seconds from the start of the solve to the best solution. */
    double bestSeconds() { return bestSeconds; }

    /** Evaluates a set of open sites (once per distinct set); keeps it when it is the best so far. */
    double offer(boolean[] open) {
        String key = key(open);
        if (!tried.add(key)) return Double.POSITIVE_INFINITY;
        int[] a = new int[n];
        double c = evaluate(open, a);
        keep(open, a, c);
        return c;
    }

    /** Offers a complete solution (e.g. the MIP's): kept when feasible and better. */
    void offer(boolean[] open, int[] assignment) {
        if (!GapAssigner.feasible(inst, open, assignment)) return;
        keep(open, assignment, gap.total(assignment));
    }

    private void keep(boolean[] open, int[] a, double c) {
        if (c < bestCost - 1e-9 * Math.max(1, Math.abs(c))) {
            bestCost = c;
            bestOpen = open.clone();
            bestAssignment = a.clone();
            bestSeconds = Solutions.seconds(startNanos);
            lastBetterNanos = System.nanoTime();
            monitor.incumbent(c);
        }
    }

    private double evaluate(boolean[] open, int[] a) {
        evaluations++;
        double c = gap.assign(open, a);
        return c < Double.POSITIVE_INFINITY && GapAssigner.feasible(inst, open, a) ? c : Double.POSITIVE_INFINITY;
    }

    /** Evaluates open sites starting from the assignment {@code from} (a neighbour's). */
    private double evaluateFrom(boolean[] open, int[] from, int[] a) {
        evaluations++;
        double c = gap.reassign(open, from, a);
        return c < Double.POSITIVE_INFINITY && GapAssigner.feasible(inst, open, a) ? c : Double.POSITIVE_INFINITY;
    }

    /** One swap descent from the best solution (no perturbation). */
    void descendFromBest(long deadlineNanos) {
        if (bestOpen == null) return;
        boolean[] open = bestOpen.clone();
        int[] a = bestAssignment.clone();
        keep(open, a, descend(open, a, bestCost, deadlineNanos, Double.NEGATIVE_INFINITY));
    }

    /**
     * Iterated local search from the best solution until the deadline, {@code stopBelow} is reached or nothing better
     * was found for {@code patienceNanos}.
     */
    void improve(long deadlineNanos, double stopBelow, long patienceNanos) {
        if (bestOpen == null) return;
        lastBetterNanos = System.nanoTime();
        boolean[] open = bestOpen.clone();
        int[] a = bestAssignment.clone();
        double cost = bestCost;
        int stale = 0;
        while (System.nanoTime() < deadlineNanos && bestCost > stopBelow
                && System.nanoTime() - lastBetterNanos < patienceNanos) {
            monitor.throwIfStopped();
            cost = descend(open, a, cost, deadlineNanos, stopBelow);
            keep(open, a, cost);
            if (cost > bestCost + 1e-9) stale++; else stale = 0;
            // restart from the best, perturbed by 1-3 random neighbouring swaps
            open = bestOpen.clone();
            a = bestAssignment.clone();
            int kicks = 1 + random.nextInt(stale > 20 ? 4 : 3);
            for (int k = 0; k < kicks; k++) kick(open, a);
            cost = evaluate(open, a);
            if (cost == Double.POSITIVE_INFINITY) { open = bestOpen.clone(); a = bestAssignment.clone(); cost = bestCost; }
        }
    }

    /** Swap descent: for each open site in random order, the best swap with a nearby candidate, taken when it improves. */
    private double descend(boolean[] open, int[] a, double cost, long deadlineNanos, double stopBelow) {
        int[] trial = new int[n];
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            List<Integer> sites = openSites(open);
            java.util.Collections.shuffle(sites, random);
            for (int j : sites) {
                if (System.nanoTime() >= deadlineNanos) break;
                monitor.throwIfStopped();
                double bestMove = cost;
                int bestK = -1;
                int[] bestA = null;
                for (int k : neighbours(j, open, a)) {
                    open[j] = false;
                    open[k] = true;
                    double c = evaluateFrom(open, a, trial);
                    open[k] = false;
                    open[j] = true;
                    if (c < bestMove - 1e-9 * Math.max(1, Math.abs(c))) { bestMove = c; bestK = k; bestA = trial.clone(); }
                }
                if (bestK >= 0) {
                    open[j] = false;
                    open[bestK] = true;
                    System.arraycopy(bestA, 0, a, 0, n);
                    cost = bestMove;
                    double fresh = evaluate(open, trial); // a full re-assignment sometimes does better
                    if (fresh < cost - 1e-9 * Math.max(1, Math.abs(fresh))) { cost = fresh; System.arraycopy(trial, 0, a, 0, n); }
                    improved = true;
                    keep(open, a, cost);
                    if (bestCost <= stopBelow) return cost;
                }
            }
        }
        return cost;
    }

    private void kick(boolean[] open, int[] a) {
        List<Integer> sites = openSites(open);
        if (sites.isEmpty()) return;
        int j = sites.get(random.nextInt(sites.size()));
        List<Integer> near = new ArrayList<>(neighbours(j, open, a));
        if (near.isEmpty()) return;
        int k = near.get(random.nextInt(near.size()));
        open[j] = false;
        open[k] = true;
        for (int i = 0; i < n; i++) if (a[i] == j) a[i] = k; // only for later neighbourhoods; re-evaluated anyway
    }

    private List<Integer> openSites(boolean[] open) {
        List<Integer> s = new ArrayList<>();
        for (int j = 0; j < m; j++) if (open[j] && !inst.fixedOpen(j)) s.add(j);
        return s;
    }

    /** Closed allowed sites among the three nearest of the points that site j serves (and of j's own nearest points). */
    private Set<Integer> neighbours(int j, boolean[] open, int[] a) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (a[i] != j) continue;
            int[] s = gap.sitesOf(i);
            for (int t = 0, taken = 0; t < s.length && taken < 3; t++) {
                if (open[s[t]]) continue;
                out.add(s[t]);
                taken++;
            }
        }
        return out;
    }

    private static String key(boolean[] open) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < open.length; j++) if (open[j]) b.append(j).append(',');
        return b.toString();
    }

    static boolean[] fromArray(int m, int... sites) {
        boolean[] open = new boolean[m];
        for (int j : sites) open[j] = true;
        return open;
    }

    static int countOpen(boolean[] open) {
        int c = 0;
        for (boolean b : open) if (b) c++;
        return c;
    }

    static String describe(boolean[] open) { return Arrays.toString(Solutions.sites(open).toArray()); }
}
