package org.dostap.engine.optimize;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A feasible start for capacitated coverage: the fixed-open sites, then p minus them added one at a time, each the site
 * whose free places take the most uncovered weight within the threshold (points by weight per unit of load, whole points
 * only: single source); finally every point, most weight per load first, goes to its nearest open site within the
 * threshold that still has room. Feasible by construction; SCIP starts from it and it is the answer when SCIP has none.
 */
final class CapacitatedCoverageGreedy {
    record Start(boolean[] open, int[] assignment, double covered) { }

    private CapacitatedCoverageGreedy() { }

    static Start solve(LocationInstance inst, int p, double threshold, long deadlineNanos, SolveMonitor monitor) {
        int n = inst.demandCount(), m = inst.candidateCount();
        Integer[] byRatio = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byRatio, Comparator.comparingDouble((Integer i) -> -ratio(inst, i)));
        boolean[] open = new boolean[m];
        int count = 0;
        for (int j : inst.fixedOpenSites()) { open[j] = true; count++; }
        boolean[] covered = new boolean[n];
        double[] free = new double[m];
        for (int j = 0; j < m; j++) free[j] = inst.capacity(j);
        assignInto(inst, open, byRatio, threshold, covered, free, new int[n]);
        int[] allowed = inst.allowedSites();
        while (count < p) {
            monitor.throwIfStopped();
            int best = -1;
            double bestGain = -1;
            boolean late = System.nanoTime() > deadlineNanos;
            for (int j : allowed) {
                if (open[j]) continue;
                if (late) { best = j; break; } // out of time: any allowed site keeps the start feasible
                double room = inst.capacity(j), gain = 0;
                for (int i : byRatio) {
                    if (covered[i] || inst.costs().cost(i, j) > threshold || inst.load(i) > room) continue;
                    room -= inst.load(i);
                    gain += inst.weight(i);
                }
                if (gain > bestGain) { bestGain = gain; best = j; }
            }
            if (best < 0) break;
            open[best] = true;
            count++;
            Arrays.fill(covered, false);
            for (int j = 0; j < m; j++) free[j] = inst.capacity(j);
            assignInto(inst, open, byRatio, threshold, covered, free, new int[n]);
        }
        int[] assignment = new int[n];
        Arrays.fill(covered, false);
        for (int j = 0; j < m; j++) free[j] = inst.capacity(j);
        double weight = assignInto(inst, open, byRatio, threshold, covered, free, assignment);
        monitor.incumbent(weight);
        return new Start(open, assignment, weight);
    }

    private static double ratio(LocationInstance inst, int i) {
        return inst.load(i) <= 0 ? Double.POSITIVE_INFINITY : inst.weight(i) / inst.load(i);
    }

    /** Points in the given order to their nearest open site within the threshold with room; returns the weight covered. */
    private static double assignInto(LocationInstance inst, boolean[] open, Integer[] order, double threshold, boolean[] covered,
                                     double[] free, int[] assignment) {
        Arrays.fill(assignment, -1);
        double weight = 0;
        for (int i : order) {
            if (covered[i]) continue;
            int[] row = inst.costs().rowOrder(i);
            for (int j : row) {
                if (inst.costs().cost(i, j) > threshold) break;
                if (!open[j] || inst.load(i) > free[j]) continue;
                free[j] -= inst.load(i);
                covered[i] = true;
                assignment[i] = j;
                weight += inst.weight(i);
                break;
            }
        }
        return weight;
    }
}
