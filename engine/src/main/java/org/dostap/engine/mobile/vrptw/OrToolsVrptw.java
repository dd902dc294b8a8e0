package org.dostap.engine.mobile.vrptw;

import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.util.OptionalBoolean;
import org.dostap.engine.mobile.support.OrTools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The OR-Tools member of {@link VrptwSolver}'s portfolio: routing in three phases sharing the time limit, with
 * up to two searches in parallel:
 * (1) per search, a first solution (parallel cheapest insertion, or savings) + guided local search with a large
 * fixed cost per vehicle (40 % of the time);
 * (2) per search, route elimination (while above the capacity lower bound): drop the shortest route's customers,
 * re-solve with one vehicle fewer and every customer optional at a large penalty, continuing from the partial
 * solution until all are served again (then repeat) or 70 % of the time is spent;
 * (3) restart from the best of the searches (fewest vehicles, then distance): guided local search on distance
 * alone at that vehicle count, with four neighbourhoods OR-Tools leaves off by default (close-nodes and
 * expensive-chain ruin-and-recreate, relocate-neighbours, cross-exchange), one search per guided-local-search
 * penalty coefficient ({@link #POLISH_LAMBDAS}), the shortest wins.
 * Integer model: distances x {@value #SCALE}; travel plus service times are rounded UP so that a
 * schedule feasible in integers is feasible in exact arithmetic (checked by {@link VrptwFeasibility}).
 */
final class OrToolsVrptw {
    static final long SCALE = 1000;
    /** Vehicle cost and drop penalty, in multiples of the longest depot round trip: big enough to rank
     * vehicles (and served customers) first, small enough not to swamp guided local search's arc penalties,
     * which scale with the objective. */
    private static final int BIG_COST_ROUND_TRIPS = 10;
    /** Guided local search penalty coefficient of phases 1 and 2 (OR-Tools' default is 0.1). */
    static final double LAMBDA = 0.3;
    /** Coefficients of the phase-3 searches, one per thread. */
    static final List<Double> POLISH_LAMBDAS = List.of(0.3, 0.1);

    private static final List<FirstSolutionStrategy.Value> PORTFOLIO = List.of(
            FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION, FirstSolutionStrategy.Value.SAVINGS);
    private final int threads;

    /** {@code threads} (1 or 2) independent searches started from different first solutions. */
    OrToolsVrptw(int threads) {
        if (threads < 1 || threads > PORTFOLIO.size()) throw new IllegalArgumentException("threads must be 1 or 2, got " + threads);
        this.threads = threads;
    }

    /** Routes found by {@code deadlineNanos} ({@link System#nanoTime()}), or null when none was found. */
    List<List<Integer>> solve(VrptwInstance instance, long deadlineNanos) {
        Duration usable = Duration.ofNanos(Math.max(1_000_000, deadlineNanos - System.nanoTime()));
        long deadline = deadlineNanos;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<List<List<Integer>>> reduced = inParallel(pool, t -> reduce(instance, deadline, usable, PORTFOLIO.get(t)));
            List<List<Integer>> best = VrptwSolver.best(instance, reduced);
            if (best != null) {
                List<List<Integer>> from = best;
                Duration rest = Duration.ofNanos(Math.max(remaining(deadline), 1_000_000));
                List<List<List<Integer>>> polished = new ArrayList<>(inParallel(pool, t ->
                        solveModel(instance, from.size(), Phase.DISTANCE, from, rest, PORTFOLIO.get(0), POLISH_LAMBDAS.get(t))));
                polished.add(best);
                best = VrptwSolver.best(instance, polished);
            }
            return best;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<List<List<Integer>>> inParallel(ExecutorService pool, IntFunction<List<List<Integer>>> task) {
        List<Future<List<List<Integer>>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            futures.add(pool.submit(() -> task.apply(id)));
        }
        List<List<List<Integer>>> results = new ArrayList<>();
        try {
            for (Future<List<List<Integer>>> f : futures) results.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }

    /** Phases 1 and 2 for one first-solution strategy, leaving 30 % of {@code limit} for phase 3; null when no solution was found. */
    private static List<List<Integer>> reduce(VrptwInstance instance, long deadline, Duration limit, FirstSolutionStrategy.Value first) {
        int maxVehicles = Math.min(instance.maxVehicles(), instance.customerCount());
        List<List<Integer>> best = solveModel(instance, maxVehicles, Phase.FEWEST_VEHICLES, null, fraction(deadline, 0.40), first, LAMBDA);
        if (best == null) return null;
        int fewestPossible = instance.fewestVehiclesByCapacity();
        long polishReserve = (long) (limit.toNanos() * 0.3);
        List<List<Integer>> attempt = null; // partial solution with one route fewer, continued while time allows
        while (best.size() > fewestPossible && remaining(deadline) > polishReserve + limit.toNanos() / 20) {
            if (attempt == null) {
                attempt = new ArrayList<>(best);
                attempt.remove(attempt.stream().min(Comparator.comparingInt(List::size)).orElseThrow());
            }
            long budget = Math.min(remaining(deadline) - polishReserve, limit.toNanos() / 4);
            List<List<Integer>> fewer = solveModel(instance, best.size() - 1, Phase.ELIMINATE_ROUTE, attempt,
                    Duration.ofNanos(budget), first, LAMBDA);
            if (fewer == null) break;
            if (fewer.stream().mapToInt(List::size).sum() == instance.customerCount()) {
                best = fewer;
                attempt = null;
            } else {
                attempt = fewer;
            }
        }
        return best;
    }

    private static Duration fraction(long deadline, double share) {
        return Duration.ofNanos((long) (remaining(deadline) * share));
    }

    private static long remaining(long deadline) { return Math.max(0, deadline - System.nanoTime()); }

    /** One OR-Tools run; returns non-empty routes of node indices, or null when no solution was found. */
    private enum Phase { FEWEST_VEHICLES, ELIMINATE_ROUTE, DISTANCE }

    private static List<List<Integer>> solveModel(VrptwInstance inst, int vehicles, Phase phase,
                                                  List<List<Integer>> initial, Duration limit,
                                                  FirstSolutionStrategy.Value first, double lambda) {
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
        long roundTrip = 0;
        for (int i = 1; i < n; i++) roundTrip = Math.max(roundTrip, cost[0][i] + cost[i][0]);
        long big = BIG_COST_ROUND_TRIPS * Math.max(roundTrip, SCALE);
        boolean optional = phase == Phase.ELIMINATE_ROUTE;
        if (phase == Phase.FEWEST_VEHICLES) routing.setFixedCostOfAllVehicles(big);
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
            if (optional) routing.addDisjunction(new long[]{index}, big);
        }
        for (int v = 0; v < vehicles; v++) {
            timeDim.cumulVar(routing.start(v)).setRange((long) Math.ceil(inst.depot().ready() * SCALE), horizon);
            timeDim.cumulVar(routing.end(v)).setRange(0, horizon);
        }
        var builder = OrTools.guidedLocalSearch(limit, first).toBuilder().setGuidedLocalSearchLambdaCoefficient(lambda);
        if (phase == Phase.DISTANCE) // ruin-and-recreate neighbourhoods (off by default) help escape at a fixed vehicle count
            builder.getLocalSearchOperatorsBuilder().setUseLocalCheapestInsertionCloseNodesLns(OptionalBoolean.BOOL_TRUE)
                    .setUseGlobalCheapestInsertionExpensiveChainLns(OptionalBoolean.BOOL_TRUE)
                    .setUseRelocateNeighbors(OptionalBoolean.BOOL_TRUE).setUseCrossExchange(OptionalBoolean.BOOL_TRUE);
        var params = builder.build();
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
