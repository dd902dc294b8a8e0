package org.dostap.engine.optimize;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The capacitated p-median's Lagrangian bound with 0-1 knapsacks per site against the continuous knapsacks (the LP
 * bound) and the optimum (brute force): valid on random instances (whole and fractional loads, equal and unequal
 * capacities, capacities above the DP's limit) and strictly stronger on a hand-solved one.
 */
class CapacitatedLagrangianTest {

    /**
     * Two sites (both open, p = 2), capacities 3; points 0 and 1 load 2 and cost 0 at site A, 10 at site B; point 2
     * load 1, cost 0 at A, 1 at B. Site A holds one of points 0 and 1 (with point 2); the other pays 10: optimum 10
     * (A = {0, 2}, B = {1}). The LP fills A with 1.5 of points 0 and 1 (each unit of A's capacity saves 5 there, 1 for
     * point 2), sends half a point to B (5) and point 2 to B (1): 6. With 0-1 knapsacks every set site A can take holds
     * at most one of points 0 and 1, so x_B0 + x_B1 ≥ 1 and the Lagrangian dual is 10, the optimum.
     */
    @Test
    void zeroOneKnapsacksCloseTheGapTheLpLeavesOnAHandSolvedInstance() {
        LocationInstance inst = twoSites(new double[]{2, 2, 1}, new double[]{3, 3});
        assertThat(CapacitatedPMedianTest.cost(inst, CapacitatedPMedianTest.brute(inst, 2))).isEqualTo(10);
        assertThat(bound(inst, 2, false, 10)).isCloseTo(6, within(0.05)).isLessThanOrEqualTo(6 + 1e-9);
        assertThat(bound(inst, 2, true, 10)).isCloseTo(10, within(0.1)).isLessThanOrEqualTo(10 + 1e-9);
    }

    /**
     * The same instance with whole loads of a capacity within the DP's limit (200, 200, 100; capacity 300) keeps the
     * strong bound; in fractional loads (2.2, 2.2, 1.1; capacity 3.3) or above the limit (2000, 2000, 1000; capacity
     * 3000) the sites keep the continuous knapsack: exactly the LP bound's run.
     */
    @Test
    void fractionalLoadsAndLargeCapacitiesKeepTheContinuousKnapsack() {
        LocationInstance scaled = twoSites(new double[]{200, 200, 100}, new double[]{300, 300});
        assertThat(bound(scaled, 2, true, 10)).isCloseTo(10, within(0.1)).isLessThanOrEqualTo(10 + 1e-9);
        for (LocationInstance inst : new LocationInstance[]{twoSites(new double[]{2.2, 2.2, 1.1}, new double[]{3.3, 3.3}),
                twoSites(new double[]{2000, 2000, 1000}, new double[]{3000, 3000})}) {
            double continuous = bound(inst, 2, false, 10);
            assertThat(continuous).isCloseTo(6, within(0.05)).isLessThanOrEqualTo(6 + 1e-9);
            assertThat(bound(inst, 2, true, 10)).isCloseTo(continuous, within(1e-9));
        }
    }

    @Test
    void zeroOneKnapsacksAreRefusedForSplitDemand() {
        LocationInstance inst = twoSites(new double[]{2, 2, 1}, new double[]{3, 3});
        assertThatThrownBy(() -> new CapacitatedLagrangian(inst, 2, true, true)).isInstanceOf(IllegalArgumentException.class);
        // the split model's bound stays the continuous one: half of point 1 may go to B (the split optimum is 6)
        CapacitatedLagrangian split = new CapacitatedLagrangian(inst, 2, true);
        double b = split.run(start(inst), 3000, System.nanoTime() + 10_000_000_000L, () -> 6, 0, c -> { }, SolveMonitor.none()).bound();
        assertThat(b).isLessThanOrEqualTo(6 + 1e-9);
    }

    /**
     * 48 random instances (8 points = sites, p 2 or 3, tight capacities) in four kinds, 12 each: whole loads and equal
     * capacities, fractional loads (the continuous knapsack), unequal capacities, and whole loads 100 times larger. The
     * 0-1 bound is at most the brute-force optimum and at least the continuous (LP) bound, and strictly above it on some.
     */
    @Test
    void boundIsValidAndAtLeastTheContinuousOneOnRandomInstances() {
        int checked = 0, stronger = 0;
        for (int t = 0; t < 48; t++) {
            Random r = new Random(1000 + t);
            int kind = t % 4;
            int n = 8, p = 2 + r.nextInt(2);
            double[][] pts = new double[n][];
            for (int i = 0; i < n; i++) pts[i] = new double[]{r.nextInt(50), r.nextInt(50)};
            double[][] c = new double[n][n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[i][j] = Math.floor(Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]));
            double scale = kind == 3 ? 100 : 1;
            double[] load = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) { load[i] = (kind == 1 ? 1 + 4 * r.nextDouble() : 1 + r.nextInt(5)) * scale; total += load[i]; }
            double[] cap = new double[n];
            double q = Math.ceil(total * (1.1 + 0.2 * r.nextDouble()) / p);
            for (int j = 0; j < n; j++) cap[j] = kind == 2 ? Math.ceil(q * (0.8 + 0.5 * r.nextDouble())) : q;
            LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(c)).loads(load).capacities(cap).build();
            int[] opt = CapacitatedPMedianTest.brute(inst, p);
            if (opt == null) continue;
            checked++;
            double best = CapacitatedPMedianTest.cost(inst, opt);
            double continuous = bound(inst, p, false, best), zeroOne = bound(inst, p, true, best);
            assertThat(zeroOne).as("0-1 bound of instance %d (kind %d), optimum %s", t, kind, best).isLessThanOrEqualTo(best + 1e-9);
            assertThat(continuous).as("continuous bound of instance %d", t).isLessThanOrEqualTo(best + 1e-9);
            assertThat(zeroOne).as("0-1 against the continuous bound, instance %d (kind %d)", t, kind)
                    .isGreaterThanOrEqualTo(continuous - 1e-6 * Math.abs(continuous));
            if (zeroOne > continuous + 1e-6 * Math.abs(continuous)) stronger++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
        assertThat(stronger).isGreaterThan(checked / 4);
    }

    /**
     * 120 settlements of very different sizes (weights log-uniform from 1 to 30,000 residents, loads 5 users per 1,000 in
     * hundredths), each its own candidate (so that the solver's multipliers start at 0), p = 5: within 160 subgradient
     * iterations the bound comes within 0.5 % of the bound of 4,000 iterations (at least 99.8 % measured). Without the
     * step scaled by the weight (the same step for a village of 3 and a town of 30,000) two of the four were 0.5-7 % below
     * after 160 iterations, as on the bundled Smolyan region, where the gap then depended on how many iterations the
     * machine's load let it run.
     */
    @Test
    void pointsOfVeryDifferentWeightsReachTheBoundInFewIterations() {
        for (int t = 0; t < 4; t++) {
            LocationInstance inst = settlements(new Random(5000 + t), 120, 30_000);
            double upper = new CapacitatedPMedianProblem(inst, 5).solve(SolveOptions.defaults().withTimeLimitSeconds(3)).objective();
            CapacitatedLagrangian longRun = new CapacitatedLagrangian(inst, 5);
            double reference = longRun.run(start(inst), 4000, Long.MAX_VALUE, () -> upper, 0, c -> { }, SolveMonitor.none()).bound();
            double quick = new CapacitatedLagrangian(inst, 5).run(start(inst), 160, Long.MAX_VALUE, () -> upper, 0, c -> { }, SolveMonitor.none()).bound();
            assertThat(reference).as("instance %d: the long run's bound against a solution", t).isLessThanOrEqualTo(upper + 1e-9 * upper);
            assertThat(quick).as("instance %d: 160 iterations against the long run's %s", t, reference).isGreaterThanOrEqualTo(reference * 0.995);
        }
    }

    /** 24 small weighted instances (8 settlements, weights 1 to 3,000, p 2 or 3): the scaled ascent's bound stays at most the optimum. */
    @Test
    void boundOfWeightedPointsIsValidAgainstBruteForce() {
        int checked = 0;
        for (int t = 0; t < 24; t++) {
            Random r = new Random(7000 + t);
            LocationInstance inst = settlements(r, 8, 3000);
            int p = 2 + r.nextInt(2);
            int[] opt = CapacitatedPMedianTest.brute(inst, p);
            if (opt == null) continue;
            checked++;
            double best = CapacitatedPMedianTest.cost(inst, opt);
            for (boolean zeroOne : new boolean[]{false, true})
                assertThat(bound(inst, p, zeroOne, best)).as("instance %d, 0-1 %s, optimum %s", t, zeroOne, best).isLessThanOrEqualTo(best + 1e-9 * best);
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    /** Settlements in a 100 km square, each a candidate; weights log-uniform 1 to {@code maxWeight}, loads 5 per 1,000 in hundredths, capacity 1.3 x the mean need of 5 sites. */
    private static LocationInstance settlements(Random r, int n, double maxWeight) {
        double[][] pts = new double[n][];
        for (int i = 0; i < n; i++) pts[i] = new double[]{r.nextDouble() * 100, r.nextDouble() * 100};
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[i][j] = Math.round(60 * Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]));
        double[] w = new double[n], load = new double[n];
        double total = 0, largest = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.round(Math.exp(r.nextDouble() * Math.log(maxWeight)));
            load[i] = Math.max(0.01, Math.round(w[i] * 0.5) / 100.0);
            total += load[i];
            largest = Math.max(largest, load[i]);
        }
        double cap = Math.max(largest, Math.ceil(1.3 * total / 5 * 100) / 100);
        double[] caps = new double[n];
        java.util.Arrays.fill(caps, cap);
        return LocationInstance.builder(CostMatrix.fromRows(c)).weights(w).loads(load).capacities(caps).build();
    }

    private static LocationInstance twoSites(double[] loads, double[] capacities) {
        double[][] c = {{0, 10}, {0, 10}, {0, 1}};
        return LocationInstance.builder(CostMatrix.fromRows(c)).loads(loads).capacities(capacities).build();
    }

    private static double bound(LocationInstance inst, int p, boolean zeroOne, double upper) {
        CapacitatedLagrangian lr = new CapacitatedLagrangian(inst, p, false, zeroOne);
        return lr.run(start(inst), 5000, System.nanoTime() + 20_000_000_000L, () -> upper, 0, c -> { }, SolveMonitor.none()).bound();
    }

    /** The solver's start: each point's cheapest weighted cost. */
    private static double[] start(LocationInstance inst) {
        double[] lambda = new double[inst.demandCount()];
        for (int i = 0; i < lambda.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < inst.candidateCount(); j++) best = Math.min(best, inst.weight(i) * inst.costs().cost(i, j));
            lambda[i] = best;
        }
        return lambda;
    }
}
