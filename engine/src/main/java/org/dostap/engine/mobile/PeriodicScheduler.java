package org.dostap.engine.mobile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The periodic part of the plan: each settlement visited every K weeks gets a pattern (team, first week
 * in 0..K-1, day of the week) and so one visit in each of the horizon/K slots that pattern covers. Greedy
 * pattern choice by the cheapest feasible insertion summed over those slots (which groups neighbouring
 * villages on the same days), in two orders (population first; farthest first), each improved by
 * remove-and-reinsert passes; with two or more teams the work is then balanced between them
 * ({@link TeamBalancer}). The order that serves more people wins, then the one with the better balanced
 * team loads (for one team: less team time).
 */
final class PeriodicScheduler {
    record Pattern(int team, int firstWeek, int day) { }

    /** Visiting orders per slot, the pattern per node, and the nodes no slot had room for. */
    record Result(List<List<Integer>> slots, Map<Integer, Pattern> patterns, List<Integer> unplaced, long[] teamLoads) {
        int populationServed(PlanningProblem p) {
            return patterns.keySet().stream().mapToInt(n -> p.population()[n]).sum();
        }
    }

    private final PlanningProblem p;

    PeriodicScheduler(PlanningProblem p) { this.p = p; }

    Result schedule(List<Integer> nodes) {
        List<Integer> byPopulation = new ArrayList<>(nodes);
        byPopulation.sort(Comparator.<Integer>comparingInt(n -> -p.population()[n]).thenComparingLong(n -> -p.aloneSeconds(n)));
        List<Integer> byDistance = new ArrayList<>(nodes);
        byDistance.sort(Comparator.<Integer>comparingLong(n -> -p.aloneSeconds(n)).thenComparingInt(n -> -p.population()[n]));
        Result a = run(byPopulation), b = run(byDistance);
        int pa = a.populationServed(p), pb = b.populationServed(p);
        if (pa != pb) return pa > pb ? a : b;
        return TeamBalancer.compare(a.teamLoads(), b.teamLoads()) <= 0 ? a : b;
    }

    private Result run(List<Integer> order) {
        List<List<Integer>> slots = new ArrayList<>();
        for (int s = 0; s < p.slotCount(); s++) slots.add(new ArrayList<>());
        Map<Integer, Pattern> patterns = new LinkedHashMap<>();
        List<Integer> unplaced = new ArrayList<>();
        for (int node : order) if (!place(node, slots, patterns)) unplaced.add(node);
        for (int pass = 0; pass < 2; pass++) {
            for (int node : List.copyOf(patterns.keySet())) {
                Pattern old = patterns.remove(node);
                for (int slot : slotsOf(old, p.weeks()[node])) slots.get(slot).remove(Integer.valueOf(node));
                if (!place(node, slots, patterns)) throw new IllegalStateException("lost a placed visit");
            }
            unplaced.removeIf(node -> place(node, slots, patterns));
        }
        if (p.teams() > 1) { // balancing may leave room for visits that found none: place them, balance again
            new TeamBalancer(p, this, slots, patterns).balance();
            for (int round = 0; round < 3 && unplaced.removeIf(node -> place(node, slots, patterns)); round++)
                new TeamBalancer(p, this, slots, patterns).balance();
        }
        return new Result(slots, patterns, unplaced, TeamBalancer.teamLoads(p, slots));
    }

    /** Inserts {@code node} with its cheapest feasible pattern; false when none fits. */
    private boolean place(int node, List<List<Integer>> slots, Map<Integer, Pattern> patterns) {
        int k = p.weeks()[node];
        Pattern best = null;
        int[] bestPositions = null;
        long bestCost = Long.MAX_VALUE, bestPeak = Long.MAX_VALUE;
        for (int team = 0; team < p.teams(); team++)
            for (int first = 0; first < k; first++)
                for (int day = 0; day < p.daysPerWeek(); day++) {
                    Pattern pattern = new Pattern(team, first, day);
                    List<Integer> covered = slotsOf(pattern, k);
                    int[] positions = new int[covered.size()];
                    long cost = 0, peak = 0;
                    boolean ok = true;
                    for (int i = 0; i < covered.size() && ok; i++) {
                        long[] ins = cheapestInsertion(slots.get(covered.get(i)), node);
                        if (ins == null) ok = false;
                        else {
                            positions[i] = (int) ins[0];
                            cost += ins[1];
                            peak = Math.max(peak, ins[2]);
                        }
                    }
                    if (ok && (cost < bestCost || cost == bestCost && peak < bestPeak)) {
                        best = pattern;
                        bestPositions = positions;
                        bestCost = cost;
                        bestPeak = peak;
                    }
                }
        if (best == null) return false;
        List<Integer> covered = slotsOf(best, k);
        for (int i = 0; i < covered.size(); i++) slots.get(covered.get(i)).add(bestPositions[i], node);
        patterns.put(node, best);
        return true;
    }

    /** {position, added seconds, new end} of the cheapest feasible insertion, or null. */
    long[] cheapestInsertion(List<Integer> route, int node) {
        int len = route.size();
        int[] seq = new int[len + 1];
        int oldEnd = len == 0 ? 0 : DaySchedule.endSeconds(p, toArray(route), len);
        long[] best = null;
        for (int pos = 0; pos <= len; pos++) {
            for (int i = 0, j = 0; i <= len; i++) seq[i] = i == pos ? node : route.get(j++);
            int end = DaySchedule.endSeconds(p, seq, len + 1);
            if (end != DaySchedule.INFEASIBLE && (best == null || end - oldEnd < best[1]))
                best = new long[]{pos, end - oldEnd, end};
        }
        return best;
    }

    /** The slots a pattern covers: weeks first, first + K, ... within the horizon. */
    List<Integer> slotsOf(Pattern pattern, int k) {
        List<Integer> out = new ArrayList<>();
        for (int w = pattern.firstWeek(); w < p.horizonWeeks(); w += k) out.add(p.slot(pattern.team(), w, pattern.day()));
        return out;
    }

    static int[] toArray(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
