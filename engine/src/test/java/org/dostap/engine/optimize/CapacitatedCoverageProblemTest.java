package org.dostap.engine.optimize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacitated coverage: its bound (Lagrangian with 0-1 or continuous knapsacks, the simple bounds) is never below the
 * optimum, its heuristic (Lagrangian heuristic + local search, no solver) is feasible, and with the solver it reaches the
 * optimum; hand-solved instances and random ones checked against a brute-force optimum.
 */
class CapacitatedCoverageProblemTest {
    private static final SolveOptions EXACT = new SolveOptions(20, true, 0, 1);
    private static final SolveOptions HEURISTIC = new SolveOptions(2, false, 0, 1);

    /** All points within the threshold of the one site: capacity, not distance, limits coverage. */
    @Test
    void capacityNotDistanceLimitsCoverage() {
        // capacity 4; C (weight 25, load 3) has the best weight per load, but A + B (16 + 16, loads 2 + 2) fill the site
        // for 32 > C + D (25 + 5 = 30, what the greedy by weight per load takes); the continuous knapsack would say 25 + 8 = 33
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(new double[][]{{1}, {2}, {3}, {4}}))
                .weights(new double[]{16, 16, 25, 5}).loads(new double[]{2, 2, 3, 1}).capacities(new double[]{4}).build();
        CapacitatedCoveragePairs pairs = new CapacitatedCoveragePairs(inst, 1, 10);
        assertThat(pairs.reachableWeight()).isEqualTo(62);
        assertThat(pairs.capacityBound()).isEqualTo(33);
        CapacitatedCoverageBound bound = new CapacitatedCoverageBound(pairs);
        assertThat(bound.evaluate(new double[4], false)).as("continuous knapsack at λ = 0").isEqualTo(33);
        assertThat(bound.evaluate(new double[4], true)).as("0-1 knapsack at λ = 0").isEqualTo(32);
        for (SolveOptions o : List.of(EXACT, HEURISTIC)) {
            LocationSolution s = new CapacitatedCoverageProblem(inst, 1, 10).solve(o);
            assertThat(s.objective()).as(s.notes().toString()).isEqualTo(32);
            assertThat(s.upperBound()).as(s.notes().toString()).isEqualTo(32);
            assertThat(s.gap()).isZero();
            assertThat(s.assignment()).containsExactly(0, 0, -1, -1);
        }
    }

    /** Tenths of a user against whole places: the 0-1 knapsack is exact at scale 10 (users on a region come in hundredths: 100). */
    @Test
    void usersInHundredthsAgainstPlaces() {
        // site of 1 place: 0.6 + 0.4 = 1 fits (weights 30 + 20 = 50), 0.7 alone (40) leaves no room for 0.4
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(new double[][]{{0}, {0}, {0}}))
                .weights(new double[]{30, 20, 40}).loads(new double[]{0.6, 0.4, 0.7}).capacities(new double[]{1}).build();
        CapacitatedCoveragePairs pairs = new CapacitatedCoveragePairs(inst, 1, 0);
        assertThat(pairs.exactScale()).isEqualTo(10);
        assertThat(new CapacitatedCoverageBound(pairs).evaluate(new double[3], true)).isEqualTo(50);
        LocationSolution s = new CapacitatedCoverageProblem(inst, 1, 0).solve(HEURISTIC);
        assertThat(s.objective()).isEqualTo(50);
        assertThat(s.gap()).isZero();
    }

    /** Nothing fits: every point is larger than every site or out of reach; nothing covered, bound 0, gap 0. */
    @Test
    void nothingFits() {
        // A and B (loads 5) exceed both sites (4 and 3); C fits but is 20 away with a threshold of 10
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(new double[][]{{1, 2}, {2, 1}, {20, 30}}))
                .weights(new double[]{10, 10, 10}).loads(new double[]{5, 5, 1}).capacities(new double[]{4, 3}).build();
        for (SolveOptions o : List.of(EXACT, HEURISTIC)) {
            LocationSolution s = new CapacitatedCoverageProblem(inst, 1, 10).solve(o);
            assertThat(s.objective()).isZero();
            assertThat(s.upperBound()).isZero();
            assertThat(s.gap()).isZero();
            assertThat(s.sites()).hasSize(1);
            assertThat(s.assignment()).containsOnly(-1);
        }
    }

    /** Weight (residents) and load (users of a target group) differ: the bound uses each where it belongs. */
    @Test
    void weightAndLoadDiffer() {
        // two sites of 10 places, p = 1; X: 1,000 residents with 9 users, Y: 600 residents with 2 users, Z: 500 with 2 users.
        // site 0 reaches X and Y (9 + 2 > 10: X alone, 1,000), site 1 reaches Y and Z (both: 1,100): 1,100
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(new double[][]{{1, 50}, {1, 1}, {50, 1}}))
                .weights(new double[]{1000, 600, 500}).loads(new double[]{9, 2, 2}).capacities(new double[]{10, 10}).build();
        for (SolveOptions o : List.of(EXACT, HEURISTIC)) {
            LocationSolution s = new CapacitatedCoverageProblem(inst, 1, 10).solve(o);
            assertThat(s.objective()).isEqualTo(1100);
            assertThat(s.upperBound()).isGreaterThanOrEqualTo(1100);
            assertThat(s.sites()).containsExactly(1);
        }
    }

    /**
     * 30 random small instances (seed 15): loads and weights differ (weights may be 0, loads 0 or hundredths), fixed-open
     * and closed sites. The Lagrangian bound at every iterate and at random multipliers, the simple bounds and the final
     * bound are at least the brute-force optimum; the heuristic's answer is feasible and at most it; with SCIP it is it.
     */
    @Test
    void randomInstancesAgainstBruteForce() {
        Random r = new Random(15);
        for (int k = 0; k < 30; k++) {
            int n = 4 + r.nextInt(5), m = 2 + r.nextInt(4);
            boolean hundredths = k % 3 == 1;
            double[][] rows = new double[n][m];
            for (double[] row : rows) for (int j = 0; j < m; j++) row[j] = r.nextInt(100);
            double[] w = new double[n], q = new double[n], cap = new double[m];
            for (int i = 0; i < n; i++) {
                w[i] = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(50);
                q[i] = r.nextInt(8) == 0 ? 0 : hundredths ? (1 + r.nextInt(900)) / 100.0 : 1 + r.nextInt(9);
            }
            for (int j = 0; j < m; j++) cap[j] = 3 + r.nextInt(12);
            LocationInstance.Builder b = LocationInstance.builder(CostMatrix.fromRows(rows)).weights(w).loads(q).capacities(cap);
            int p = 1 + r.nextInt(Math.min(3, m));
            if (k % 4 == 0) b.fixedOpen(0);
            if (k % 5 == 0 && m > p + 1) b.closed(m - 1);
            LocationInstance inst = b.build();
            double threshold = 30 + r.nextInt(60);
            double optimum = bruteForce(inst, p, threshold);
            String label = "instance " + k + " (n " + n + ", m " + m + ", p " + p + ")";

            CapacitatedCoveragePairs pairs = new CapacitatedCoveragePairs(inst, p, threshold);
            assertThat(pairs.reachableWeight()).as(label).isGreaterThanOrEqualTo(optimum - 1e-9);
            assertThat(pairs.capacityBound()).as(label).isGreaterThanOrEqualTo(optimum - 1e-9);
            CapacitatedCoverageBound bound = new CapacitatedCoverageBound(pairs);
            for (boolean dp : new boolean[]{false, true}) {
                CapacitatedCoverageBound.Result lr = bound.run(bound.start(), 100, Long.MAX_VALUE, () -> Double.NaN, 1e-9, dp, open -> { }, SolveMonitor.none());
                assertThat(lr.bound()).as(label + " Lagrangian, 0-1 knapsacks " + dp).isGreaterThanOrEqualTo(optimum - 1e-6);
                // it starts at or below the simple bounds (multipliers from the capacity bound's ratio)
                assertThat(lr.bound()).as(label).isLessThanOrEqualTo(Math.min(pairs.capacityBound(), pairs.reachableWeight()) + 1e-6);
                for (int t = 0; t < 5; t++) {
                    double[] lambda = new double[n];
                    for (int i = 0; i < n; i++) lambda[i] = r.nextDouble() * w[i] * 1.5;
                    assertThat(bound.evaluate(lambda, dp)).as(label + " at random λ").isGreaterThanOrEqualTo(optimum - 1e-6);
                }
            }
            LocationSolution h = new CapacitatedCoverageProblem(inst, p, threshold).solve(HEURISTIC);
            assertFeasible(inst, p, threshold, h, label);
            assertThat(h.objective()).as(label).isLessThanOrEqualTo(optimum + 1e-9);
            assertThat(h.upperBound()).as(label).isGreaterThanOrEqualTo(optimum - 1e-9);
            LocationSolution e = new CapacitatedCoverageProblem(inst, p, threshold).solve(EXACT);
            assertFeasible(inst, p, threshold, e, label);
            assertThat(e.objective()).as(label).isEqualTo(optimum);
            assertThat(e.upperBound()).as(label).isGreaterThanOrEqualTo(optimum - 1e-9);
        }
    }

    /** The assigner on random open sets: always feasible, and never worse than the greedy start's assignment improved. */
    @Test
    void assignerIsFeasibleOnRandomOpenSets() {
        Random r = new Random(7);
        for (int k = 0; k < 30; k++) {
            int n = 20 + r.nextInt(60), m = 5 + r.nextInt(20), p = 1 + r.nextInt(Math.min(6, m));
            double[][] rows = new double[n][m];
            for (double[] row : rows) for (int j = 0; j < m; j++) row[j] = r.nextInt(100);
            double[] w = new double[n], q = new double[n], cap = new double[m];
            for (int i = 0; i < n; i++) { w[i] = r.nextInt(50); q[i] = r.nextInt(1000) / 100.0; }
            for (int j = 0; j < m; j++) cap[j] = 5 + r.nextInt(40);
            LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(rows)).weights(w).loads(q).capacities(cap).build();
            double threshold = 20 + r.nextInt(60);
            CapacitatedCoveragePairs pairs = new CapacitatedCoveragePairs(inst, p, threshold);
            CapacitatedCoverageAssigner assigner = new CapacitatedCoverageAssigner(pairs);
            boolean[] open = new boolean[m];
            List<Integer> sites = new ArrayList<>();
            for (int j = 0; j < m; j++) sites.add(j);
            java.util.Collections.shuffle(sites, r);
            for (int t = 0; t < p; t++) open[sites.get(t)] = true;
            int[] a = new int[n];
            double covered = assigner.assign(open, a);
            assertThat(CapacitatedCoverageSearch.feasible(inst, p, threshold, open, a)).as("instance " + k).isTrue();
            assertThat(covered).isEqualTo(coveredWeight(inst, a));
            double repacked = assigner.repack(open, a, 2_000_000);
            assertThat(CapacitatedCoverageSearch.feasible(inst, p, threshold, open, a)).as("instance " + k + " repacked").isTrue();
            assertThat(repacked).isGreaterThanOrEqualTo(covered).isEqualTo(coveredWeight(inst, a));
        }
    }

    private static double coveredWeight(LocationInstance inst, int[] a) {
        double c = 0;
        for (int i = 0; i < a.length; i++) if (a[i] >= 0) c += inst.weight(i);
        return c;
    }

    private static void assertFeasible(LocationInstance inst, int p, double threshold, LocationSolution s, String label) {
        boolean[] open = new boolean[inst.candidateCount()];
        for (int j : s.sites()) open[j] = true;
        int[] a = s.assignment().stream().mapToInt(Integer::intValue).toArray();
        assertThat(s.sites()).as(label + " sites").hasSize(p);
        assertThat(CapacitatedCoverageSearch.feasible(inst, p, threshold, open, a)).as(label + " feasible").isTrue();
        assertThat(s.objective()).as(label).isEqualTo(coveredWeight(inst, a));
        for (int j : inst.fixedOpenSites()) assertThat(open[j]).as(label + " fixed open").isTrue();
        for (int j = 0; j < inst.candidateCount(); j++) if (inst.closed(j)) assertThat(open[j]).as(label + " closed").isFalse();
        // capacity, threshold and single source checked independently of the solver's own check
        double[] load = new double[inst.candidateCount()];
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) continue;
            assertThat(inst.costs().cost(i, a[i])).as(label).isLessThanOrEqualTo(threshold);
            load[a[i]] += inst.load(i);
        }
        for (int j = 0; j < load.length; j++) assertThat(load[j]).as(label + " load of " + j).isLessThanOrEqualTo(inst.capacity(j) + 1e-9);
    }

    /** The optimum by enumerating every allowed site set and every single-source assignment to it. */
    static double bruteForce(LocationInstance inst, int p, double threshold) {
        int m = inst.candidateCount();
        double[] best = {0};
        enumerate(inst, p, threshold, 0, new boolean[m], 0, best);
        return best[0];
    }

    private static void enumerate(LocationInstance inst, int p, double threshold, int j, boolean[] open, int count, double[] best) {
        int m = inst.candidateCount();
        if (j == m) {
            if (count == p) best[0] = Math.max(best[0], assign(inst, threshold, open, 0, new double[m]));
            return;
        }
        if (!inst.closed(j) && count < p) { open[j] = true; enumerate(inst, p, threshold, j + 1, open, count + 1, best); open[j] = false; }
        if (!inst.fixedOpen(j)) enumerate(inst, p, threshold, j + 1, open, count, best);
    }

    private static double assign(LocationInstance inst, double threshold, boolean[] open, int i, double[] load) {
        if (i == inst.demandCount()) return 0;
        double best = assign(inst, threshold, open, i + 1, load);
        for (int j = 0; j < open.length; j++) {
            if (!open[j] || inst.costs().cost(i, j) > threshold || load[j] + inst.load(i) > inst.capacity(j) + 1e-9) continue;
            load[j] += inst.load(i);
            best = Math.max(best, inst.weight(i) + assign(inst, threshold, open, i + 1, load));
            load[j] -= inst.load(i);
        }
        return best;
    }

    @Test
    void bruteForceAgreesWithAHandSolvedCase() {
        assertThat(bruteForce(LocationInstance.builder(CostMatrix.fromRows(new double[][]{{1}, {2}, {3}, {4}}))
                .weights(new double[]{16, 16, 25, 5}).loads(new double[]{2, 2, 3, 1}).capacities(new double[]{4}).build(), 1, 10))
                .isEqualTo(32);
    }
}
