package org.dostap.engine.optimize;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Lagrangian branch and bound must prove optima the LP relaxation cannot.
 * <p>
 * Hand-made instance: four sites A, B, C, D; six demand points, one per pair of sites ("AB", ..., "CD"), each at
 * cost 0 from its two sites and 10 from the other two; p = 2. Two open sites leave exactly one pair uncovered (the
 * complementary one), so every solution costs 10 × the weight of that pair: with weights AB 2, AC 3, AD 4, BC 5,
 * BD 6, CD 1 the optimum is {A, B} = 10. The LP relaxation opens every site by 1/2 and serves every pair at cost 0:
 * its bound, hence the Lagrangian bound, is 0, so only branching proves 10.
 */
class MedianBranchAndBoundTest {
    static final List<String> PAIRS = List.of("AB", "AC", "AD", "BC", "BD", "CD");

    static LocationInstance pairs() {
        double[][] c = new double[6][4];
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 4; j++) c[i][j] = PAIRS.get(i).indexOf("ABCD".charAt(j)) >= 0 ? 0 : 10;
        return LocationInstance.builder(CostMatrix.fromRows(c)).weights(new double[]{2, 3, 4, 5, 6, 1})
                .demandIds(PAIRS).candidateIds(List.of("A", "B", "C", "D")).build();
    }

    @Test
    void branchingProvesWhatTheRelaxationCannot() {
        MedianCosts mc = new MedianCosts(pairs());
        MedianLagrangian lagrangian = new MedianLagrangian(mc, 2);
        lagrangian.run(300, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
        assertThat(lagrangian.bound()).isLessThanOrEqualTo(1e-9); // the LP bound is 0
        // start from the worst solution {C, D} (leaves AB uncovered: 10 × 2 = 20)
        boolean[] worst = {false, false, true, true};
        assertThat(mc.evaluate(worst)).isEqualTo(20);
        MedianBranchAndBound.Result r = search(mc, 2, worst, 20, true, lagrangian);
        assertThat(r.exhausted()).isTrue();
        assertThat(r.upper()).isEqualTo(10);
        assertThat(r.open()).containsExactly(true, true, false, false);
        assertThat(r.lower()).isEqualTo(10);
        assertThat(r.nodes()).isGreaterThan(1);
    }

    @Test
    void withATargetGapTheBoundIsTheLastCutoff() {
        MedianCosts mc = new MedianCosts(pairs());
        MedianLagrangian lagrangian = new MedianLagrangian(mc, 2);
        lagrangian.run(300, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
        boolean[] worst = {false, false, true, true};
        int[] status = lagrangian.fixings(19 + 1e-6);
        // gap 50 %: from 20 the search prunes at 10, finds {A, B} = 10, then prunes at 5: no solution costs 5 or less
        MedianBranchAndBound.Result r = new MedianBranchAndBound(mc, 2, status, lagrangian.maxServiceCosts(19 + 1e-6), worst, 20,
                true, 0.5, Long.MAX_VALUE, SolveMonitor.none()).solve(status, lagrangian.bestMultipliers(), lagrangian.bound());
        assertThat(r.exhausted()).isTrue();
        assertThat(r.upper()).isEqualTo(10);
        assertThat(r.lower()).isEqualTo(6);
    }

    @Test
    void aStopRequestEndsTheSearchWithoutAResult() {
        MedianCosts mc = new MedianCosts(pairs());
        MedianLagrangian lagrangian = new MedianLagrangian(mc, 2);
        lagrangian.run(300, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
        int[] status = lagrangian.fixings(19 + 1e-6);
        SolveMonitor monitor = SolveMonitor.none();
        monitor.requestStop();
        MedianBranchAndBound bnb = new MedianBranchAndBound(mc, 2, status, lagrangian.maxServiceCosts(19 + 1e-6),
                new boolean[]{false, false, true, true}, 20, true, 0, Long.MAX_VALUE, monitor);
        assertThatThrownBy(() -> bnb.solve(status, lagrangian.bestMultipliers(), lagrangian.bound()))
                .isInstanceOf(SolveCancelledException.class);
    }

    @Test
    void pMedianReportsTheProvenOptimum() {
        LocationSolution s = new PMedianProblem(pairs(), 2).solve(SolveOptions.defaults().withTimeLimitSeconds(10));
        assertThat(s.objective()).isEqualTo(10);
        assertThat(s.sites()).containsExactly(0, 1);
        assertThat(s.lowerBound()).isEqualTo(10);
        assertThat(s.method()).contains("branch-and-bound");
    }

    /**
     * Random small instances (some non-metric, fractional, with fixed and closed sites) against enumeration. The
     * search starts from the worst solution but is told its cost is just above the optimum: only the optimum beats
     * it, so a search that wrongly prunes or fixes ends without a solution.
     */
    @Test
    void findsTheOptimumBelowAnIncumbentJustAboveIt() {
        Random random = new Random(7);
        int branched = 0;
        for (int round = 0; round < 1000; round++) {
            int n = 4 + random.nextInt(40), m = 3 + random.nextInt(14), p = 1 + random.nextInt(Math.min(5, m - 1));
            boolean integral = random.nextBoolean();
            double[][] c = new double[n][m];
            double[][] xy = new double[n][2];
            for (double[] point : xy) { point[0] = random.nextDouble() * 20; point[1] = random.nextDouble() * 20; }
            for (int i = 0; i < n; i++)
                for (int j = 0; j < m; j++) {
                    // half the rounds: points in the plane, sites among them (LP gaps are common); else arbitrary costs
                    double d = round % 2 == 0 ? Math.hypot(xy[i][0] - xy[j % n][0], xy[i][1] - xy[j % n][1]) : random.nextDouble() * 20;
                    c[i][j] = integral ? Math.floor(d) : d;
                }
            double[] w = new double[n];
            for (int i = 0; i < n; i++) w[i] = random.nextInt(4); // some zero weights
            w[0] = 1;
            LocationInstance.Builder b = LocationInstance.builder(CostMatrix.fromRows(c)).weights(w);
            if (round % 5 == 1) b.fixedOpen(0);
            if (round % 7 == 2 && m - 1 > p) b.closed(m - 1);
            MedianCosts mc = new MedianCosts(b.build());
            double optimum = enumerate(mc, p, 0, 0, new boolean[m]);
            double claimed = integral ? optimum + 1 : optimum + 1e-6 * Math.max(1, optimum);
            MedianLagrangian lagrangian = new MedianLagrangian(mc, p);
            lagrangian.run(20, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
            MedianBranchAndBound.Result r = search(mc, p, worst(mc, p), claimed, integral, lagrangian);
            assertThat(r.exhausted()).as("round %d", round).isTrue();
            assertThat(r.upper()).as("round %d", round).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(mc.evaluate(r.open())).as("round %d", round).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(r.lower()).as("round %d", round).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-6));
            if (r.nodes() > 1) branched++;
        }
        assertThat(branched).as("instances that needed branching").isGreaterThan(60);
    }

    private static MedianBranchAndBound.Result search(MedianCosts mc, int p, boolean[] open, double upper, boolean integral,
                                                      MedianLagrangian lagrangian) {
        double cutoff = integral ? upper - 1 + 1e-6 : upper - 1e-9 * upper;
        int[] status = lagrangian.fixings(cutoff);
        MedianBranchAndBound bnb = new MedianBranchAndBound(mc, p, status, lagrangian.maxServiceCosts(cutoff), open, upper,
                integral, 0, Long.MAX_VALUE, SolveMonitor.none());
        MedianBranchAndBound.Result r = bnb.solve(status, lagrangian.bestMultipliers(), lagrangian.bound());
        return r.open() == null ? new MedianBranchAndBound.Result(open, r.upper(), r.lower(), r.exhausted(), r.nodes()) : r;
    }

    private static double enumerate(MedianCosts mc, int p, int from, int count, boolean[] open) {
        if (count == p) {
            for (int j = 0; j < open.length; j++) if (mc.fixed[j] && !open[j]) return Double.POSITIVE_INFINITY;
            return mc.evaluate(open);
        }
        double result = Double.POSITIVE_INFINITY;
        for (int j = from; j < open.length; j++) {
            if (!mc.allowed[j]) continue;
            open[j] = true;
            result = Math.min(result, enumerate(mc, p, j + 1, count + 1, open));
            open[j] = false;
        }
        return result;
    }

    /** The feasible solution keeping fixed sites and otherwise the allowed sites of the largest total cost. */
    private static boolean[] worst(MedianCosts mc, int p) {
        boolean[] open = new boolean[mc.allowed.length];
        int count = 0;
        for (int j = 0; j < open.length; j++) if (mc.fixed[j]) { open[j] = true; count++; }
        Integer[] order = new Integer[open.length];
        for (int j = 0; j < order.length; j++) order[j] = j;
        double[] total = new double[open.length];
        for (int a = 0; a < mc.size(); a++) for (int j = 0; j < open.length; j++) total[j] += mc.weight[a] * mc.cost(a, j);
        java.util.Arrays.sort(order, (x, y) -> Double.compare(total[y], total[x]));
        for (int j : order) if (count < p && mc.allowed[j] && !open[j]) { open[j] = true; count++; }
        return open;
    }
}
