package org.dostap.engine.mobile.vrptw;

import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import org.dostap.engine.mobile.support.OrTools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Solves a VRPTW with the hierarchical objective of the published benchmarks: fewest vehicles, then
 * shortest total distance. OR-Tools routing in three phases sharing the time limit:
 * (1) cheapest insertion + guided local search with a large fixed cost per vehicle;
 * (2) route elimination: drop the shortest route's customers, re-solve with one vehicle fewer and every
 * customer optional at a large penalty, accept when all are served again, repeat;
 * (3) guided local search on distance alone at the final vehicle count.
 * Integer model: distances x {@value #SCALE}; travel plus service times are rounded UP so that a
 * schedule feasible in integers is feasible in exact arithmetic (checked by {@link VrptwFeasibility}).
 */
public final class VrptwSolver {
    static final long SCALE = 1000;
    private static final long VEHICLE_COST = 100_000_000L;
    private static final long DROP_PENALTY = 1_000_000_000L;

    /** Solves within roughly {@code limit} of wall-clock time. */
    public VrptwSolution solve(VrptwInstance instance, Duration limit) {
        OrTools.load();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        int maxVehicles = Math.min(instance.maxVehicles(), instance.customerCount());

        List<List<Integer>> best = solveModel(instance, maxVehicles, false, null, fraction(deadline, 0.45));
        if (best == null) return VrptwSolution.of(instance, "or-tools", List.of(), seconds(start));
        while (best.size() > 1 && remaining(deadline) > limit.toNanos() * 0.2) {
            List<List<Integer>> keep = new ArrayList<>(best);
            keep.remove(keep.stream().min(Comparator.comparingInt(List::size)).orElseThrow());
            long budget = Math.min(remaining(deadline) / 2, limit.toNanos() / 4);
            List<List<Integer>> fewer = solveModel(instance, best.size() - 1, true, keep, Duration.ofNanos(budget));
            if (fewer == null || fewer.stream().mapToInt(List::size).sum() < instance.customerCount()) break;
            best = fewer;
        }
        Duration rest = Duration.ofNanos(Math.max(remaining(deadline), 1_000_000));
        List<List<Integer>> polished = solveModel(instance, best.size(), false, best, rest);
        if (polished != null && polished.size() <= best.size()
                && VrptwFeasibility.totalDistance(instance, polished) <= VrptwFeasibility.totalDistance(instance, best))
            best = polished;
        return VrptwSolution.of(instance, "or-tools", best, seconds(start));
    }

    private static Duration fraction(long deadline, double share) {
        return Duration.ofNanos((long) (remaining(deadline) * share));
    }

    private static long remaining(long deadline) { return Math.max(0, deadline - System.nanoTime()); }

    private static double seconds(long start) { return (System.nanoTime() - start) / 1e9; }

    /** One OR-Tools run; returns non-empty routes of node indices, or null when no solution was found. */
    private static List<List<Integer>> solveModel(VrptwInstance inst, int vehicles, boolean optional,
                                                  List<List<Integer>> initial, Duration limit) {
        int n = inst.nodes().size();
        RoutingIndexManager manager = new RoutingIndexManager(n, vehicles, 0);
        RoutingModel routing = new RoutingModel(manager);
        long[][] cost = new long[n][n];
        long[][] time = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double d = inst.distance(i, j);
                cost[i][j] = Math.round(d * SCALE);
                time[i][j] = (long) Math.ceil((d + inst.nodes().get(i).service()) * SCALE - 1e-7);
            }
        routing.setArcCostEvaluatorOfAllVehicles(routing.registerTransitMatrix(cost));
        if (!optional) routing.setFixedCostOfAllVehicles(VEHICLE_COST);
        long[] demand = inst.nodes().stream().mapToLong(VrptwCustomer::demand).toArray();
        long[] capacities = new long[vehicles];
        java.util.Arrays.fill(capacities, inst.capacity());
        routing.addDimensionWithVehicleCapacity(routing.registerUnaryTransitVector(demand), 0, capacities, true, "load");
        long horizon = (long) Math.floor(inst.depot().due() * SCALE);
        routing.addDimension(routing.registerTransitMatrix(time), horizon, horizon, false, "time");
        RoutingDimension timeDim = routing.getMutableDimension("time");
        for (int i = 1; i < n; i++) {
            VrptwCustomer c = inst.nodes().get(i);
            long index = manager.nodeToIndex(i);
            timeDim.cumulVar(index).setRange((long) Math.ceil(c.ready() * SCALE), (long) Math.floor(c.due() * SCALE));
            if (optional) routing.addDisjunction(new long[]{index}, DROP_PENALTY);
        }
        for (int v = 0; v < vehicles; v++) {
            timeDim.cumulVar(routing.start(v)).setRange((long) Math.ceil(inst.depot().ready() * SCALE), horizon);
            timeDim.cumulVar(routing.end(v)).setRange(0, horizon);
        }
        var params = OrTools.guidedLocalSearch(limit, FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION);
        Assignment solution;
        if (initial != null) {
            routing.closeModelWithParameters(params);
            long[][] routes = new long[vehicles][];
            for (int v = 0; v < vehicles; v++)
                routes[v] = v < initial.size() ? initial.get(v).stream().mapToLong(manager::nodeToIndex).toArray() : new long[0];
            Assignment start = routing.readAssignmentFromRoutes(routes, true);
            solution = start == null ? routing.solveWithParameters(params)
                    : routing.solveFromAssignmentWithParameters(start, params);
        } else {
            solution = routing.solveWithParameters(params);
        }
        if (solution == null) return null;
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            List<Integer> route = new ArrayList<>();
            long index = solution.value(routing.nextVar(routing.start(v)));
            while (!routing.isEnd(index)) {
                route.add(manager.indexToNode(index));
                index = solution.value(routing.nextVar(index));
            }
            if (!route.isEmpty()) out.add(route);
        }
        return out;
    }
}
