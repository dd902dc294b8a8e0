package org.dostap.engine.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Local search over the open sites of capacitated coverage: a move closes one open site (never a fixed-open one) and
 * opens a closed one (never a closed-by-rule one); the points are then re-assigned by {@link CapacitatedCoverageAssigner}.
 * Per site to close, the sites to open are ranked by the weight their places could take from the points left uncovered
 * or served by the closing site (a greedy fill by weight per load), and the best few are assigned in full; first
 * improvement over the sites to close, least useful first. At a local optimum one or two random swaps perturb the best
 * solution (iterated local search, Lourenço, Martin &amp; Stützle 2003) until the deadline, the bound or a stall. Keeps
 * the best feasible solution seen, including every solution {@link #offer offered}.
 */
final class CapacitatedCoverageSearch {
    private static final int RANKED = 6;
    private static final int REPACK_CELLS = 2_000_000;
    private final CapacitatedCoveragePairs pairs;
    private final CapacitatedCoverageAssigner assigner;
    private final double threshold;
    private final Random random;
    private final int n, m;
    private final int[][] byRatio; // per site, its points by weight per load, largest first
    private boolean[] bestOpen;
    private int[] bestAssignment;
    private double best = Double.NEGATIVE_INFINITY;
    private final Set<BitSet> tried = new HashSet<>();
    private long evaluations;
    private double bestSeconds;
    private final long startNanos;
    private final SolveMonitor monitor;

    CapacitatedCoverageSearch(CapacitatedCoveragePairs pairs, double threshold, long seed, long startNanos, SolveMonitor monitor) {
        this.pairs = pairs;
        this.assigner = new CapacitatedCoverageAssigner(pairs);
        this.threshold = threshold;
        this.random = new Random(seed);
        this.n = pairs.n;
        this.m = pairs.m;
        this.startNanos = startNanos;
        this.monitor = monitor;
        byRatio = new int[m][];
        for (int j = 0; j < m; j++)
            byRatio[j] = Arrays.stream(pairs.pointsOf[j]).boxed()
                    .sorted((x, y) -> Double.compare(ratio(y), ratio(x))).mapToInt(Integer::intValue).toArray();
    }

    private double ratio(int i) { return pairs.load(i) <= 0 ? Double.POSITIVE_INFINITY : pairs.weight(i) / pairs.load(i); }

    /** The best covered weight (-infinity while none). */
    double best() { return best; }
    boolean[] bestOpen() { return bestOpen == null ? null : bestOpen.clone(); }
    int[] bestAssignment() { return bestAssignment == null ? null : bestAssignment.clone(); }
    long evaluations() { return evaluations; }
    /** Seconds from the start of the solve to the best solution. */
    double bestSeconds() { return bestSeconds; }

    /** Assigns points to a set of open sites (once per distinct set); kept when it is the best so far. */
    double offer(boolean[] open) {
        if (!tried.add(key(open))) return Double.NEGATIVE_INFINITY;
        int[] a = new int[n];
        double covered = evaluate(open, a);
        keep(open, a, covered);
        return covered;
    }

    /** Offers a complete solution (the greedy's, the solver's): when feasible, its assignment is improved and kept if better. */
    void offer(boolean[] open, int[] assignment) {
        if (!feasible(pairs.instance(), pairs.p, threshold, open, assignment)) return;
        int[] a = assignment.clone();
        double covered = assigner.improve(open, a);
        keep(open, a, covered);
    }

    private double evaluate(boolean[] open, int[] a) {
        evaluations++;
        return assigner.assign(open, a);
    }

    private void keep(boolean[] open, int[] given, double covered) {
        if (covered > best + 1e-9 * Math.max(1, Math.abs(covered))) {
            int[] a = given.clone();
            covered = assigner.repack(open, a, REPACK_CELLS); // a new best: each of its sites packed exactly where it can be
            best = covered;
            bestOpen = open.clone();
            bestAssignment = a.clone();
            bestSeconds = Solutions.seconds(startNanos);
            monitor.incumbent(covered);
        }
    }

    /**
     * Local search from the best solution, then perturbations of the best, until {@code deadlineNanos}, a covered
     * weight of {@code stopAt} (the bound) or {@code stallNanos} without a better solution.
     */
    void improve(long deadlineNanos, double stopAt, long stallNanos) {
        if (bestOpen == null) return;
        descend(bestOpen(), bestAssignment(), best, deadlineNanos, stopAt);
        long lastBest = System.nanoTime();
        double seen = best;
        int repeats = 0;
        while (System.nanoTime() < deadlineNanos && best < stopAt && System.nanoTime() - lastBest < stallNanos) {
            monitor.throwIfStopped();
            boolean[] open = bestOpen();
            int swaps = 1 + random.nextInt(2);
            for (int s = 0; s < swaps; s++) if (!randomSwap(open)) return; // nothing to swap: p sites among p
            if (!tried.add(key(open))) {
                if (++repeats > 200) return; // the neighbourhood is exhausted (small instances)
                continue;
            }
            repeats = 0;
            int[] a = new int[n];
            double covered = evaluate(open, a);
            keep(open, a, covered);
            descend(open, a, covered, deadlineNanos, stopAt);
            if (best > seen) { seen = best; lastBest = System.nanoTime(); }
        }
    }

    /** Swap moves until none improves (first improvement), the deadline or {@code stopAt}. */
    private void descend(boolean[] open, int[] a, double covered, long deadlineNanos, double stopAt) {
        double[] assigned = new double[m];
        double[] potential = new double[m];
        Integer[] closedSites = new Integer[m];
        int[] trial = new int[n];
        boolean improved = true;
        while (improved && covered < stopAt && System.nanoTime() < deadlineNanos) {
            monitor.throwIfStopped();
            improved = false;
            Arrays.fill(assigned, 0);
            for (int i = 0; i < n; i++) if (a[i] >= 0) assigned[a[i]] += pairs.weight(i);
            List<Integer> closing = new ArrayList<>();
            for (int j = 0; j < m; j++) if (open[j] && !pairs.fixed[j]) closing.add(j);
            closing.sort((x, y) -> Double.compare(assigned[x], assigned[y]));
            for (int out : closing) {
                if (System.nanoTime() >= deadlineNanos) return;
                int k = 0;
                for (int j = 0; j < m; j++) {
                    if (open[j] || !pairs.allowed[j] || pairs.pointsOf[j].length == 0) continue;
                    potential[j] = fill(j, a, out);
                    if (potential[j] > 0) closedSites[k++] = j;
                }
                Arrays.sort(closedSites, 0, k, (x, y) -> Double.compare(potential[y], potential[x]));
                double bestTrial = covered;
                int bestIn = -1;
                int[] bestA = null;
                for (int t = 0; t < Math.min(RANKED, k); t++) {
                    int in = closedSites[t];
                    open[out] = false;
                    open[in] = true;
                    if (tried.add(key(open))) {
                        double c = evaluate(open, trial);
                        if (c > bestTrial + 1e-9 * Math.max(1, Math.abs(c))) { bestTrial = c; bestIn = in; bestA = trial.clone(); }
                    }
                    open[in] = false;
                    open[out] = true;
                }
                if (bestIn >= 0) {
                    open[out] = false;
                    open[bestIn] = true;
                    System.arraycopy(bestA, 0, a, 0, n);
                    covered = bestTrial;
                    keep(open, a, covered);
                    improved = true;
                    break;
                }
            }
        }
    }

    /** The weight site j's places could take from points uncovered or served by {@code closing}: greedy by weight per load. */
    private double fill(int j, int[] a, int closing) {
        double room = pairs.capacity(j), value = 0;
        for (int i : byRatio[j]) {
            if (a[i] >= 0 && a[i] != closing) continue;
            if (pairs.load(i) > room) continue;
            room -= pairs.load(i);
            value += pairs.weight(i);
        }
        return value;
    }

    private boolean randomSwap(boolean[] open) {
        List<Integer> out = new ArrayList<>(), in = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (open[j] && !pairs.fixed[j]) out.add(j);
            else if (!open[j] && pairs.allowed[j] && pairs.pointsOf[j].length > 0) in.add(j);
        }
        if (out.isEmpty() || in.isEmpty()) return false;
        open[out.get(random.nextInt(out.size()))] = false;
        open[in.get(random.nextInt(in.size()))] = true;
        return true;
    }

    private static BitSet key(boolean[] open) {
        BitSet b = new BitSet(open.length);
        for (int j = 0; j < open.length; j++) if (open[j]) b.set(j);
        return b;
    }

    /**
     * True when {@code open} has exactly p sites, every fixed-open one and no closed one, and every assigned point goes to
     * an open site within the threshold with its load within the site's capacity, and no site serves more than its capacity.
     */
    static boolean feasible(LocationInstance inst, int p, double threshold, boolean[] open, int[] assignment) {
        if (open == null || assignment == null || open.length != inst.candidateCount() || assignment.length != inst.demandCount()) return false;
        int count = 0;
        for (int j = 0; j < open.length; j++) {
            if (open[j]) count++;
            if (open[j] && inst.closed(j)) return false;
            if (!open[j] && inst.fixedOpen(j)) return false;
        }
        if (count != p) return false;
        double[] load = new double[open.length];
        for (int i = 0; i < assignment.length; i++) {
            int j = assignment[i];
            if (j < 0) continue;
            if (j >= open.length || !open[j] || !(inst.costs().cost(i, j) <= threshold)) return false;
            load[j] += inst.load(i);
        }
        for (int j = 0; j < open.length; j++) if (load[j] > inst.capacity(j) * (1 + 1e-9) + 1e-9) return false;
        return true;
    }
}
