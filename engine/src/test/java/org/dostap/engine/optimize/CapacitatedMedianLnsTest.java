package org.dostap.engine.optimize;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The large-neighbourhood search of the capacitated p-median ({@link CapacitatedMedianLns}): every solution it keeps is
 * feasible and it never ends worse than it started; in a whole solve of a sparse instance it runs after the local search
 * and the answer is no worse than the local search's.
 */
class CapacitatedMedianLnsTest {

    /** Lorena–Senne-like: clustered points, log-normal demands, one capacity of tightness × total demand / p. */
    static LocationInstance clustered(long seed, int n, int p, double tightness) {
        Random r = new Random(seed);
        double[][] centre = new double[10][];
        for (int c = 0; c < centre.length; c++) centre[c] = new double[]{r.nextDouble() * 2000, r.nextDouble() * 2700};
        double[][] pts = new double[n][];
        double[] load = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] c = centre[r.nextInt(centre.length)];
            pts[i] = r.nextDouble() < 0.6
                    ? new double[]{c[0] + r.nextGaussian() * 150, c[1] + r.nextGaussian() * 150}
                    : new double[]{r.nextDouble() * 2000, r.nextDouble() * 2700};
            load[i] = Math.max(1, Math.round(Math.exp(Math.log(25) + 0.9 * r.nextGaussian())));
            total += load[i];
        }
        double q = Math.ceil(tightness * total / p);
        for (int i = 0; i < n; i++) load[i] = Math.min(load[i], Math.floor(q / 2));
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[i][j] = Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]);
        double[] cap = new double[n];
        Arrays.fill(cap, q);
        return LocationInstance.builder(CostMatrix.fromRows(c)).loads(load).capacities(cap).build();
    }

    @Test
    void fromAPoorStartItKeepsFeasibleSolutionsAndImproves() {
        int n = 40, p = 8; // neighbourhoods of about 25 points: SCIP solves them in milliseconds even on a busy machine
        LocationInstance inst = clustered(11, n, p, 1.15);
        GapAssigner gap = new GapAssigner(inst, n);
        CapacitatedMedianSearch search = new CapacitatedMedianSearch(inst, gap, 1, System.nanoTime(), SolveMonitor.none());
        // a poor start: the first random set of p sites that the GAP heuristic can assign
        Random r = new Random(5);
        while (search.bestOpen() == null) {
            boolean[] open = new boolean[n];
            for (int placed = 0; placed < p; ) { int j = r.nextInt(n); if (!open[j]) { open[j] = true; placed++; } }
            search.offer(open);
        }
        double start = search.bestCost();
        CapacitatedMedianLns.Report report = new CapacitatedMedianLns(inst, gap, search, 1, SolveMonitor.none())
                .run(System.nanoTime() + 20_000_000_000L, Double.NEGATIVE_INFINITY, Long.MAX_VALUE);
        boolean[] open = search.bestOpen();
        int[] a = search.bestAssignment();
        assertThat(CapacitatedMedianSearch.countOpen(open)).isEqualTo(p);
        assertThat(GapAssigner.feasible(inst, open, a)).isTrue();
        double total = 0;
        for (int i = 0; i < n; i++) total += inst.weight(i) * inst.costs().cost(i, a[i]);
        assertThat(search.bestCost()).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(report.subproblems()).isPositive();
        assertThat(report.improvements()).isPositive();
        assertThat(search.bestCost()).isLessThan(start);
    }

    @Test
    void fromALocalOptimumItNeverEndsWorse() {
        int n = 80, p = 8;
        LocationInstance inst = clustered(12, n, p, 1.1);
        GapAssigner gap = new GapAssigner(inst, n);
        CapacitatedMedianSearch search = new CapacitatedMedianSearch(inst, gap, 1, System.nanoTime(), SolveMonitor.none());
        boolean[] open = new boolean[n];
        for (int j = 0; j < p; j++) open[j * (n / p)] = true;
        search.offer(open);
        search.improve(System.nanoTime() + 2_000_000_000L, Double.NEGATIVE_INFINITY, 1_000_000_000L);
        double start = search.bestCost();
        assertThat(start).isFinite();
        new CapacitatedMedianLns(inst, gap, search, 3, SolveMonitor.none()).run(System.nanoTime() + 5_000_000_000L, Double.NEGATIVE_INFINITY, 2_000_000_000L);
        assertThat(search.bestCost()).isLessThanOrEqualTo(start);
        assertThat(GapAssigner.feasible(inst, search.bestOpen(), search.bestAssignment())).isTrue();
        assertThat(CapacitatedMedianSearch.countOpen(search.bestOpen())).isEqualTo(p);
    }

    /** n = 300 is above the full-model size (100 points): the neighbourhood search runs after the local search. */
    @Test
    void aSparseSolveIsFeasibleAndNoWorseThanItsLocalSearch() {
        int n = 300, p = 30;
        LocationInstance inst = clustered(2026, n, p, 1.15);
        LocationSolution s = new CapacitatedPMedianProblem(inst, p).solve(SolveOptions.defaults().withTimeLimitSeconds(10));
        CapacitatedPMedianTest.checkFeasible(inst, s, p);
        assertThat(s.method()).contains("lns(SCIP)");
        String heuristic = s.notes().stream().filter(x -> x.startsWith("heuristic: ")).findFirst().orElseThrow();
        double local = Double.parseDouble(heuristic.substring("heuristic: ".length(), heuristic.indexOf(" at ")));
        assertThat(s.objective()).isLessThanOrEqualTo(local + 1e-6);
        assertThat(s.lowerBound()).isLessThanOrEqualTo(s.objective());
        assertThat(s.notes().get(0)).contains("large neighbourhood search");
    }
}
