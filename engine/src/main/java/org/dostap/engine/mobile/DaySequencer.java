package org.dostap.engine.mobile;

import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import org.dostap.engine.mobile.support.OrTools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Orders the stops of one team-day so that the team is back earliest. Up to {@link ExactDayOrder#MAX_STOPS}
 * stops exactly ({@link ExactDayOrder}); longer days with OR-Tools routing (one vehicle, time dimension with
 * the settlements' windows and the day length, cost = driving seconds): cheapest arc, then local search to a
 * local optimum, bounded by a solution count (not by wall-clock time, so the same day gives the same order);
 * the given order is kept unless OR-Tools finds a feasible one that ends earlier. Days with the same set of
 * stops are solved once.
 */
final class DaySequencer {
    /** Local search moves accepted before stopping; a deterministic bound. */
    private static final long SOLUTION_LIMIT = 10_000;
    /** Only against a runaway search: a day of more than 12 stops reaches its local optimum far sooner. */
    private static final java.time.Duration SAFETY_LIMIT = java.time.Duration.ofSeconds(30);
    private final PlanningProblem p;
    private final Map<TreeSet<Integer>, int[]> cache = new HashMap<>();

    DaySequencer(PlanningProblem p) { this.p = p; }

    int[] sequence(List<Integer> stops) {
        int[] given = PeriodicScheduler.toArray(stops);
        if (given.length < 2) return given;
        return cache.computeIfAbsent(new TreeSet<>(stops), k -> improve(given)).clone();
    }

    private int[] improve(int[] given) {
        if (given.length <= ExactDayOrder.MAX_STOPS) {
            int[] exact = ExactDayOrder.solve(p, given);
            return exact == null ? given : exact;
        }
        int[] solved = solve(given);
        if (solved == null) return given;
        int a = DaySchedule.endSeconds(p, given, given.length), b = DaySchedule.endSeconds(p, solved, solved.length);
        if (b == DaySchedule.INFEASIBLE || a != DaySchedule.INFEASIBLE && a <= b) return given;
        return solved;
    }

    /** Node 0 of the small model is the base; node k is {@code stops[k - 1]}. */
    private int[] solve(int[] stops) {
        OrTools.load();
        int n = stops.length + 1;
        int[] node = new int[n];
        System.arraycopy(stops, 0, node, 1, stops.length);
        long[][] drive = new long[n][n], transit = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                long s = i == j ? 0 : Math.min(p.network().seconds(node[i], node[j]), p.dayLengthSeconds() + 1L);
                drive[i][j] = s;
                transit[i][j] = s + p.onSiteSeconds(node[i]);
            }
        RoutingIndexManager manager = new RoutingIndexManager(n, 1, 0);
        RoutingModel routing = new RoutingModel(manager);
        routing.setArcCostEvaluatorOfAllVehicles(routing.registerTransitMatrix(drive));
        long day = p.dayLengthSeconds();
        routing.addDimension(routing.registerTransitMatrix(transit), day, day, true, "time");
        RoutingDimension time = routing.getMutableDimension("time");
        for (int k = 1; k < n; k++)
            time.cumulVar(manager.nodeToIndex(k)).setRange(Math.min(p.open(node[k]), day), Math.min(p.close(node[k]), day));
        time.setSpanCostCoefficientForAllVehicles(1);
        RoutingSearchParameters params = com.google.ortools.constraintsolver.main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC)
                .setSolutionLimit(SOLUTION_LIMIT)
                .setTimeLimit(OrTools.protoDuration(SAFETY_LIMIT)).build();
        Assignment solution = routing.solveWithParameters(params);
        if (solution == null) return null;
        List<Integer> order = new ArrayList<>();
        long index = solution.value(routing.nextVar(routing.start(0)));
        while (!routing.isEnd(index)) {
            order.add(node[manager.indexToNode(index)]);
            index = solution.value(routing.nextVar(index));
        }
        return order.size() == stops.length ? PeriodicScheduler.toArray(order) : null;
    }
}
