package org.dostap.engine.mobile.vrptw;

import org.dostap.engine.mobile.support.OrTools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Solves a VRPTW with the hierarchical objective of the published benchmarks: fewest vehicles, then
 * shortest total distance. A portfolio of at most two members run in parallel, one thread each; the best result
 * (fewest vehicles, then distance) wins:
 * {@link Member#STRING_REMOVAL} is SISR ({@link StringRemovalSearch}: fleet minimisation, then simulated annealing
 * on distance), seeded by its position in the portfolio; {@link Member#OR_TOOLS} is OR-Tools routing with guided
 * local search ({@link OrToolsVrptw}; two such members share one two-thread OR-Tools search).
 * Every result is checked by {@link VrptwFeasibility} ({@link VrptwSolution#feasible()}).
 */
public final class VrptwSolver {
    /** A search the portfolio can run. */
    public enum Member { STRING_REMOVAL, OR_TOOLS }

    /** The default portfolio (measured on the Solomon instances, see bench/README.md). */
    public static final List<Member> DEFAULT_PORTFOLIO = List.of(Member.STRING_REMOVAL, Member.STRING_REMOVAL);
    /** Share of the string-removal budget spent minimising the fleet before the distance phase. */
    static final double FLEET_SHARE = 0.5;
    /** Iteration cap of a string-removal search; the time limit normally ends it first. */
    static final long MAX_ITERATIONS = 50_000_000L;

    private final List<Member> members;
    private final long iterations;

    /** One member per available core, at most two. */
    public VrptwSolver() { this(Math.min(2, Runtime.getRuntime().availableProcessors())); }

    /** The first {@code threads} (1 or 2) members of the default portfolio. */
    public VrptwSolver(int threads) {
        this(checkedPrefix(threads));
    }

    /** The given members (one or two), one thread each. */
    public VrptwSolver(List<Member> members) {
        this(members, MAX_ITERATIONS);
    }

    /**
     * The given members with at most {@code iterations} ruin-and-recreate steps per string-removal search:
     * a string-removal-only portfolio whose cap is spent well before the time limit (a cap met in a small share of
     * it) gives the same result on every run.
     */
    public VrptwSolver(List<Member> members, long iterations) {
        if (members.isEmpty() || members.size() > 2)
            throw new IllegalArgumentException("the portfolio has one or two members, got " + members.size());
        if (iterations < 1) throw new IllegalArgumentException("iterations must be positive, got " + iterations);
        this.members = List.copyOf(members);
        this.iterations = iterations;
    }

    private static List<Member> checkedPrefix(int threads) {
        if (threads < 1 || threads > 2) throw new IllegalArgumentException("threads must be 1 or 2, got " + threads);
        return DEFAULT_PORTFOLIO.subList(0, threads);
    }

    /** Solves within roughly {@code limit} of wall-clock time. */
    public VrptwSolution solve(VrptwInstance instance, Duration limit) {
        if (members.contains(Member.OR_TOOLS)) OrTools.load(); // once per process, before the clock starts (as before)
        long start = System.nanoTime();
        long deadline = start + limit.multipliedBy(9).dividedBy(10).toNanos(); // model building and overrun fit in the rest
        List<Callable<List<List<Integer>>>> tasks = new ArrayList<>();
        VrptwArrays arrays = members.contains(Member.STRING_REMOVAL) ? new VrptwArrays(instance) : null;
        int orTools = (int) members.stream().filter(m -> m == Member.OR_TOOLS).count();
        if (orTools > 0) tasks.add(() -> new OrToolsVrptw(orTools).solve(instance, deadline));
        for (int i = 0; i < members.size(); i++) {
            long seed = i + 1;
            if (members.get(i) == Member.STRING_REMOVAL)
                tasks.add(() -> new StringRemovalSearch(arrays, seed).solve(iterations, FLEET_SHARE, deadline));
        }
        List<List<List<Integer>>> results = runAll(tasks);
        List<List<Integer>> best = best(instance, results);
        double seconds = (System.nanoTime() - start) / 1e9;
        return VrptwSolution.of(instance, method(), best == null ? List.of() : best, seconds);
    }

    private String method() {
        return String.join("+", members.stream().map(m -> m == Member.OR_TOOLS ? "or-tools" : "sisr").toList());
    }

    private static List<List<List<Integer>>> runAll(List<Callable<List<List<Integer>>>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<List<List<Integer>>>> futures = new ArrayList<>();
            for (Callable<List<List<Integer>>> t : tasks) futures.add(pool.submit(t));
            List<List<List<Integer>>> results = new ArrayList<>();
            for (Future<List<List<Integer>>> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fewest routes, then shortest; infeasible candidates only when no feasible one exists; null when all are null. */
    static List<List<Integer>> best(VrptwInstance instance, List<List<List<Integer>>> candidates) {
        List<List<Integer>> best = null;
        boolean bestFeasible = false;
        for (List<List<Integer>> r : candidates) {
            if (r == null) continue;
            boolean feasible = VrptwFeasibility.violations(instance, r).isEmpty();
            if (best == null || feasible && !bestFeasible || feasible == bestFeasible && (r.size() < best.size()
                    || r.size() == best.size()
                    && VrptwFeasibility.totalDistance(instance, r) < VrptwFeasibility.totalDistance(instance, best))) {
                best = r;
                bestFeasible = feasible;
            }
        }
        return best;
    }
}
