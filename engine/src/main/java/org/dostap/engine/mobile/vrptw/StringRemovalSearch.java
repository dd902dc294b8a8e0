package org.dostap.engine.mobile.vrptw;

import java.util.List;
import java.util.SplittableRandom;

/**
 * SISR for the VRPTW's hierarchical objective (Christiaens &amp; Vanden Berghe 2020). Deterministic for a seed when
 * the iteration budget stays ahead of the clock (each phase ends, and the temperature follows, whichever of the two
 * budgets is further spent):
 * <ol>
 * <li>a greedy construction (the recreate step from nothing);</li>
 * <li>fleet minimisation (the paper's section 5): dissolve a route, then ruin-and-recreate without opening routes,
 * accepting a candidate when fewer customers are absent or their absence counters sum lower (the counters grow
 * each iteration a customer stays absent, so persistently hard customers get priority); whenever every customer
 * is served, the solution is kept and another route is dissolved. Stops at the capacity lower bound, or after
 * {@code fleetShare} of the budget;</li>
 * <li>simulated annealing on distance at that fleet size (temperature {@value #START_TEMPERATURE} down to
 * {@value #END_TEMPERATURE}, geometric in the share of the budget used), keeping the best.</li>
 * </ol>
 */
final class StringRemovalSearch {
    static final double START_TEMPERATURE = 100;
    static final double END_TEMPERATURE = 1;

    private final VrptwArrays p;
    private final SplittableRandom random;
    private final RuinRecreate move;

    StringRemovalSearch(VrptwArrays p, long seed) {
        this.p = p;
        this.random = new SplittableRandom(seed);
        this.move = new RuinRecreate(p, random);
    }

    /**
     * Runs at most {@code iterations} ruin-and-recreate steps (a share {@code fleetShare} for fleet minimisation) and
     * stops at {@code deadlineNanos} ({@link System#nanoTime()}) whichever comes first. Returns the routes found.
     */
    List<List<Integer>> solve(long iterations, double fleetShare, long deadlineNanos) {
        long startNanos = System.nanoTime();
        RouteSet best = new RouteSet(p);
        move.apply(best, 0, Integer.MAX_VALUE);
        long fleetIterations = (long) (iterations * fleetShare);
        long fleetDeadline = startNanos + (long) ((deadlineNanos - startNanos) * fleetShare);
        best = minimiseFleet(best, fleetIterations, Math.min(fleetDeadline, deadlineNanos));
        return anneal(best, iterations - fleetIterations, deadlineNanos).routes();
    }

    private RouteSet minimiseFleet(RouteSet complete, long iterations, long deadlineNanos) {
        int lowerBound = p.fewestVehiclesByCapacity;
        if (complete.absentCount() > 0 || complete.routeCount <= lowerBound) return complete;
        long[] absences = new long[p.nodes];
        RouteSet current = new RouteSet(p);
        RouteSet candidate = new RouteSet(p);
        current.copyFrom(complete);
        dissolveOne(current);
        long currentAbsences = sum(current, absences);
        for (long it = 0; it < iterations && current.routeCount >= lowerBound; it++) {
            if ((it & 63) == 0 && System.nanoTime() > deadlineNanos) break;
            candidate.copyFrom(current);
            move.apply(candidate, randomAbsent(candidate), candidate.routeCount);
            int candidateAbsent = candidate.absentCount();
            long candidateAbsences = sum(candidate, absences);
            if (candidateAbsent < current.absentCount() || candidateAbsences < currentAbsences) {
                current.copyFrom(candidate);
                if (candidateAbsent == 0) {
                    complete.copyFrom(current);
                    if (current.routeCount <= lowerBound) break;
                    dissolveOne(current);
                }
            }
            for (int c = 1; c < p.nodes; c++) if (candidate.routeOf[c] < 0) absences[c]++;
            currentAbsences = sum(current, absences);
        }
        return complete;
    }

    private RouteSet anneal(RouteSet start, long iterations, long deadlineNanos) {
        RouteSet best = new RouteSet(p);
        RouteSet current = new RouteSet(p);
        RouteSet candidate = new RouteSet(p);
        best.copyFrom(start);
        current.copyFrom(start);
        double bestDistance = best.totalDistance();
        double currentDistance = bestDistance;
        long startNanos = System.nanoTime();
        double span = Math.max(1, deadlineNanos - startNanos);
        double temperature = START_TEMPERATURE;
        for (long it = 0; it < iterations; it++) {
            if ((it & 63) == 0) {
                long now = System.nanoTime();
                if (now > deadlineNanos) break;
                double progress = Math.max((double) it / iterations, (now - startNanos) / span);
                temperature = START_TEMPERATURE * Math.pow(END_TEMPERATURE / START_TEMPERATURE, progress);
            }
            candidate.copyFrom(current);
            move.apply(candidate, 0, current.routeCount);
            if (candidate.absentCount() > 0) continue;
            double d = candidate.totalDistance();
            boolean fewer = candidate.routeCount < current.routeCount;
            if (fewer || d < currentDistance - temperature * Math.log(random.nextDouble())) {
                current.copyFrom(candidate);
                currentDistance = d;
                if (fewer && current.routeCount < best.routeCount || current.routeCount == best.routeCount && d < bestDistance) {
                    best.copyFrom(current);
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private void dissolveOne(RouteSet s) {
        int pick = 0;
        for (int r = 1; r < s.routeCount; r++) if (s.length[r] < s.length[pick]) pick = r;
        if (random.nextBoolean()) pick = random.nextInt(s.routeCount);
        s.dissolve(pick);
    }

    private int randomAbsent(RouteSet s) {
        int absent = s.absentCount();
        if (absent == 0) return 0;
        int k = random.nextInt(absent);
        for (int c = 1; c < p.nodes; c++) if (s.routeOf[c] < 0 && p.servable[c] && k-- == 0) return c;
        return 0;
    }

    private long sum(RouteSet s, long[] absences) {
        long total = 0;
        for (int c = 1; c < p.nodes; c++) if (s.routeOf[c] < 0) total += absences[c];
        return total;
    }
}
