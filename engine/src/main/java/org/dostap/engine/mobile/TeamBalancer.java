package org.dostap.engine.mobile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Balances the work between teams once every visit is placed: a team's load is the sum of its day lengths
 * over the horizon, and a plan is better when its loads, sorted from the largest down, are smaller
 * (lexicographic min-max: first the busiest team, then the next), then when the total is smaller. Moves:
 * give one settlement's visit pattern to another team, day or first week (cheapest insertion into each day
 * it covers), or swap two settlements between a busier and a less busy team. Only strictly better plans are
 * kept, so the search ends; every move keeps the frequency, the windows and the day length. Deterministic.
 */
final class TeamBalancer {
    private static final int MAX_PASSES = 20;
    private final PlanningProblem p;
    private final PeriodicScheduler scheduler;
    private final List<List<Integer>> slots;
    private final Map<Integer, PeriodicScheduler.Pattern> patterns;
    private final long[] load;

    TeamBalancer(PlanningProblem p, PeriodicScheduler scheduler, List<List<Integer>> slots,
                 Map<Integer, PeriodicScheduler.Pattern> patterns) {
        this.p = p;
        this.scheduler = scheduler;
        this.slots = slots;
        this.patterns = patterns;
        this.load = teamLoads(p, slots);
    }

    void balance() {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int node : nodes()) improved |= relocate(node);
            if (!improved) improved = swapOnce();
            if (!improved) return;
        }
    }

    /** Sum of day lengths per team (seconds). */
    static long[] teamLoads(PlanningProblem p, List<List<Integer>> slots) {
        long[] out = new long[p.teams()];
        for (int s = 0; s < slots.size(); s++) out[p.teamOf(s)] += end(p, slots.get(s));
        return out;
    }

    /** Negative when loads {@code a} are better balanced than {@code b} (sorted largest first, then total). */
    static int compare(long[] a, long[] b) {
        long[] x = a.clone(), y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        for (int i = x.length - 1; i >= 0; i--) if (x[i] != y[i]) return Long.compare(x[i], y[i]);
        return Long.compare(Arrays.stream(a).sum(), Arrays.stream(b).sum());
    }

    private List<Integer> nodes() {
        List<Integer> out = new ArrayList<>(patterns.keySet());
        out.sort(null);
        return out;
    }

    private boolean relocate(int node) {
        long[] before = load.clone();
        PeriodicScheduler.Pattern old = patterns.get(node);
        int[] oldPositions = remove(node, old);
        if (oldPositions == null) return false;
        PeriodicScheduler.Pattern best = null;
        long[] bestLoads = before;
        int k = p.weeks()[node];
        for (int team = 0; team < p.teams(); team++)
            for (int first = 0; first < k; first++)
                for (int day = 0; day < p.daysPerWeek(); day++) {
                    PeriodicScheduler.Pattern pattern = new PeriodicScheduler.Pattern(team, first, day);
                    if (pattern.equals(old)) continue;
                    long added = addedSeconds(node, pattern);
                    if (added < 0) continue;
                    long[] trial = load.clone();
                    trial[team] += added;
                    if (compare(trial, bestLoads) < 0) {
                        best = pattern;
                        bestLoads = trial;
                    }
                }
        if (best == null) {
            restore(node, old, oldPositions);
            return false;
        }
        insert(node, best);
        return true;
    }

    /** One improving swap between a busier and a less busy team, if any. */
    private boolean swapOnce() {
        List<Integer> nodes = nodes();
        for (int a : nodes)
            for (int b : nodes) {
                PeriodicScheduler.Pattern pa = patterns.get(a), pb = patterns.get(b);
                if (load[pa.team()] > load[pb.team()] && swap(a, pa, b, pb)) return true;
            }
        return false;
    }

    private boolean swap(int a, PeriodicScheduler.Pattern pa, int b, PeriodicScheduler.Pattern pb) {
        long[] before = load.clone();
        int[] posA = remove(a, pa);
        if (posA == null) return false;
        int[] posB = remove(b, pb);
        if (posB == null) {
            restore(a, pa, posA);
            return false;
        }
        PeriodicScheduler.Pattern na = cheapestIn(a, pb.team()), nb = na == null ? null : insertThen(a, na, b, pa.team());
        if (nb != null && compare(load, before) < 0) return true;
        if (nb != null) remove(b, nb);
        if (na != null) remove(a, na);
        restore(b, pb, posB);
        restore(a, pa, posA);
        return false;
    }

    /** Inserts {@code a} with {@code pattern}, then finds and inserts {@code b}'s cheapest pattern in {@code team}. */
    private PeriodicScheduler.Pattern insertThen(int a, PeriodicScheduler.Pattern pattern, int b, int team) {
        insert(a, pattern);
        PeriodicScheduler.Pattern nb = cheapestIn(b, team);
        if (nb != null) insert(b, nb);
        return nb;
    }

    private PeriodicScheduler.Pattern cheapestIn(int node, int team) {
        PeriodicScheduler.Pattern best = null;
        long bestAdded = Long.MAX_VALUE;
        for (int first = 0; first < p.weeks()[node]; first++)
            for (int day = 0; day < p.daysPerWeek(); day++) {
                PeriodicScheduler.Pattern pattern = new PeriodicScheduler.Pattern(team, first, day);
                long added = addedSeconds(node, pattern);
                if (added >= 0 && added < bestAdded) {
                    best = pattern;
                    bestAdded = added;
                }
            }
        return best;
    }

    /** Seconds the team's days grow by when {@code node} is inserted cheapest into each day of the pattern; -1 if it does not fit. */
    private long addedSeconds(int node, PeriodicScheduler.Pattern pattern) {
        long added = 0;
        for (int slot : scheduler.slotsOf(pattern, p.weeks()[node])) {
            long[] ins = scheduler.cheapestInsertion(slots.get(slot), node);
            if (ins == null) return -1;
            added += ins[1];
        }
        return added;
    }

    private void insert(int node, PeriodicScheduler.Pattern pattern) {
        for (int slot : scheduler.slotsOf(pattern, p.weeks()[node])) {
            List<Integer> route = slots.get(slot);
            long[] ins = scheduler.cheapestInsertion(route, node);
            long was = end(p, route);
            route.add((int) ins[0], node);
            load[pattern.team()] += end(p, route) - was;
        }
        patterns.put(node, pattern);
    }

    /** Takes the node out of its days; the positions it had, or null (nothing changed) when a day would become infeasible. */
    private int[] remove(int node, PeriodicScheduler.Pattern pattern) {
        List<Integer> covered = scheduler.slotsOf(pattern, p.weeks()[node]);
        for (int slot : covered) {
            List<Integer> rest = new ArrayList<>(slots.get(slot));
            rest.remove(Integer.valueOf(node));
            if (end(p, rest) == DaySchedule.INFEASIBLE) return null;
        }
        int[] positions = new int[covered.size()];
        for (int i = 0; i < covered.size(); i++) {
            List<Integer> route = slots.get(covered.get(i));
            long was = end(p, route);
            positions[i] = route.indexOf(node);
            route.remove(positions[i]);
            load[pattern.team()] += end(p, route) - was;
        }
        patterns.remove(node);
        return positions;
    }

    private void restore(int node, PeriodicScheduler.Pattern pattern, int[] positions) {
        List<Integer> covered = scheduler.slotsOf(pattern, p.weeks()[node]);
        for (int i = 0; i < covered.size(); i++) {
            List<Integer> route = slots.get(covered.get(i));
            long was = end(p, route);
            route.add(positions[i], node);
            load[pattern.team()] += end(p, route) - was;
        }
        patterns.put(node, pattern);
    }

    private static long end(PlanningProblem p, List<Integer> route) {
        return route.isEmpty() ? 0 : DaySchedule.endSeconds(p, PeriodicScheduler.toArray(route), route.size());
    }
}
