package org.dostap.engine.optimize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping a running solve through its {@link SolveMonitor}: in the Lagrangian and interchange loops of a p-median,
 * inside SCIP (capacitated p-median), and before the start. Instances are square grids of points, each point both a
 * demand point and a candidate site, cost = 100 x the Euclidean distance rounded, weight 1 + (7x + 13y) mod 5 (a
 * fixed pattern that breaks the grid's symmetry). The limits are long (60 s): a solve that ends quickly does so
 * because it was stopped. "Quickly" is 1 s on an idle machine; the assertions allow 3 s for a loaded 2-core one.
 */
class SolveCancellationTest {
    private static final long ALLOWED_STOP_MILLIS = 3000;

    static LocationInstance.Builder grid(int side) {
        int n = side * side;
        double[] costs = new double[n * n];
        double[] weights = new double[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int xi = i % side, yi = i / side;
            weights[i] = 1 + (7 * xi + 13 * yi) % 5;
            ids.add(xi + "," + yi);
            for (int j = 0; j < n; j++) costs[i * n + j] = Math.round(100 * Math.hypot(xi - j % side, yi - j / side));
        }
        return LocationInstance.builder(CostMatrix.ofRowMajor(n, n, costs)).weights(weights).demandIds(ids).candidateIds(ids);
    }

    /** Solves on another thread; once {@code ready} holds for the progress, stops and answers the milliseconds the stop took. */
    private static long stopWhen(Function<SolveOptions, ?> solve, Predicate<SolveMonitor.Progress> ready, long extraWaitMillis)
            throws Exception {
        SolveMonitor monitor = new SolveMonitor();
        SolveOptions options = SolveOptions.defaults().withTimeLimitSeconds(60).withMonitor(monitor);
        CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> solve.apply(options));
        long waited = System.nanoTime();
        while (!ready.test(monitor.progress())) {
            assertThat(run).as("the solve ended before it reached the phase to stop in: %s", monitor.progress()).isNotDone();
            assertThat(System.nanoTime() - waited).as("phase not reached in 60 s").isLessThan(60_000_000_000L);
            Thread.sleep(2);
        }
        Thread.sleep(extraWaitMillis);
        assertThat(run).as("still solving when stopped").isNotDone();
        long stop = System.nanoTime();
        monitor.requestStop();
        assertThatThrownBy(() -> run.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SolveCancelledException.class);
        return (System.nanoTime() - stop) / 1_000_000;
    }

    @Test
    void pMedianStopsInsideItsLagrangianPhaseAndReportedItsBounds() throws Exception {
        LocationInstance grid = grid(45).build();
        SolveMonitor.Progress[] seen = new SolveMonitor.Progress[1];
        long millis = stopWhen(o -> new PMedianProblem(grid, 40).solve(o),
                p -> { seen[0] = p; return p.phase().equals("lagrangian") && Double.isFinite(p.bound()); }, 0);
        assertThat(millis).isLessThan(ALLOWED_STOP_MILLIS);
        SolveMonitor.Progress p = seen[0];
        assertThat(p.maximize()).isFalse();
        assertThat(p.incumbent()).as("the greedy solution").isPositive();
        assertThat(p.bound()).isLessThanOrEqualTo(p.incumbent());
        assertThat(p.gap()).isBetween(0.0, 1.0);
    }

    @Test
    void pMedianStopsInsideItsInterchangePhase() throws Exception {
        LocationInstance grid = grid(45).build();
        long millis = stopWhen(o -> new PMedianProblem(grid, 40).solve(o.withExactAllowed(false)),
                p -> p.phase().equals("interchange"), 0);
        assertThat(millis).isLessThan(ALLOWED_STOP_MILLIS);
    }

    @Test
    void scipIsInterruptedAndItsNativeModelFreed() throws Exception {
        // 256 points of total load 768 and 12 sites of capacity 66 (792), every assignment allowed (65,792 binaries):
        // tight, SCIP does not finish in 60 s; stopped 1.5 s into SCIP (presolve or root LP, where SCIP notices late)
        LocationInstance grid = grid(16).capacities(filled(256, 66)).build();
        int liveBefore = Mip.liveModels();
        long millis = stopWhen(o -> new CapacitatedPMedianProblem(grid, 12).withSparsity(1000, 0).solve(o), p -> p.phase().equals("exact"), 1500);
        assertThat(millis).isLessThan(ALLOWED_STOP_MILLIS);
        long waited = System.nanoTime();
        while (Mip.liveModels() > liveBefore && System.nanoTime() - waited < 60_000_000_000L) Thread.sleep(50);
        assertThat(Mip.liveModels()).as("native models left").isEqualTo(liveBefore);
    }

    @Test
    void aStopRequestedBeforeTheSolveEndsItAtOnce() {
        SolveMonitor monitor = new SolveMonitor();
        monitor.requestStop();
        SolveOptions options = SmallInstancesTest.OPTIONS.withMonitor(monitor);
        LocationInstance line = SmallInstancesTest.line(1, 1, 1, 1, 2, 1).capacities(filled(5, 10)).build();
        for (ProblemKind kind : List.of(ProblemKind.P_MEDIAN, ProblemKind.MCLP, ProblemKind.LSCP, ProblemKind.P_CENTER,
                ProblemKind.CAPACITATED_P_MEDIAN, ProblemKind.CAPACITATED_COVERAGE))
            assertThatThrownBy(() -> new LocationOptimizer().solve(kind, line, 2, 1, options)).as(kind.externalName())
                    .isInstanceOf(SolveCancelledException.class);
        assertThat(SmallInstancesTest.OPTIONS.monitor().stopRequested()).as("other solves are not stopped").isFalse();
    }

    @Test
    void progressKeepsTheBestIncumbentAndTheTightestBound() {
        SolveMonitor min = new SolveMonitor();
        min.begin(false);
        min.phase("greedy");
        min.incumbent(120);
        min.incumbent(130);
        min.bound(90);
        min.bound(100);
        min.bound(95);
        assertThat(min.progress()).isEqualTo(new SolveMonitor.Progress("greedy", false, 120, 100));
        assertThat(min.progress().gap()).isEqualTo(20.0 / 120);
        SolveMonitor max = new SolveMonitor();
        max.begin(true);
        max.incumbent(50);
        max.incumbent(40);
        max.bound(Double.POSITIVE_INFINITY);
        assertThat(max.progress().gap()).as("no bound yet").isNaN();
        max.bound(80);
        max.bound(90);
        assertThat(max.progress().incumbent()).isEqualTo(50);
        assertThat(max.progress().gap()).isEqualTo(30.0 / 50);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
