package org.dostap.engine.optimize;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The greedy start of capacitated coverage: feasible on every instance, and on a hand-solved one as good as the optimum. */
class CapacitatedCoverageGreedyTest {
    private static final long FAR = Long.MAX_VALUE;

    @Test
    void handSolvedLine() {
        // five points 1 apart, weights 1,1,1,3,1, loads 1, capacity 2, threshold 1: the first site takes D (3) and one more
        // (C, at C or D, first in order); the second two of A, B (and C): 6 of 7, the optimum
        double[][] rows = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) rows[i][j] = Math.abs(i - j);
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(rows)).weights(new double[]{1, 1, 1, 3, 1})
                .loads(new double[]{1, 1, 1, 1, 1}).capacities(new double[]{2, 2, 2, 2, 2}).build();
        CapacitatedCoverageGreedy.Start s = CapacitatedCoverageGreedy.solve(inst, 2, 1, FAR, SolveMonitor.none());
        assertThat(s.covered()).isEqualTo(6);
        assertFeasible(inst, s, 2, 1);
    }

    @Test
    void feasibleOnRandomInstancesWithFixedSitesAndOutOfTime() {
        Random r = new Random(15);
        for (int k = 0; k < 30; k++) {
            int n = 20 + r.nextInt(60), m = 5 + r.nextInt(30), p = 1 + r.nextInt(Math.min(6, m));
            double[][] rows = new double[n][m];
            for (double[] row : rows) for (int j = 0; j < m; j++) row[j] = r.nextInt(100);
            double[] w = new double[n], q = new double[n], cap = new double[m];
            for (int i = 0; i < n; i++) { w[i] = r.nextInt(50); q[i] = r.nextInt(10); }
            for (int j = 0; j < m; j++) cap[j] = 5 + r.nextInt(40);
            LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(rows)).weights(w).loads(q).capacities(cap)
                    .fixedOpen(k % 3 == 0 ? new int[]{0} : new int[0]).build();
            double threshold = 20 + r.nextInt(60);
            assertFeasible(inst, CapacitatedCoverageGreedy.solve(inst, p, threshold, FAR, SolveMonitor.none()), p, threshold);
            assertFeasible(inst, CapacitatedCoverageGreedy.solve(inst, p, threshold, 0, SolveMonitor.none()), p, threshold);
        }
    }

    private static void assertFeasible(LocationInstance inst, CapacitatedCoverageGreedy.Start s, int p, double threshold) {
        int open = 0;
        for (int j = 0; j < inst.candidateCount(); j++) if (s.open()[j]) open++;
        assertThat(open).isEqualTo(p);
        for (int j : inst.fixedOpenSites()) assertThat(s.open()[j]).isTrue();
        double[] load = new double[inst.candidateCount()];
        double covered = 0;
        for (int i = 0; i < inst.demandCount(); i++) {
            int j = s.assignment()[i];
            if (j < 0) continue;
            assertThat(s.open()[j]).isTrue();
            assertThat(inst.costs().cost(i, j)).isLessThanOrEqualTo(threshold);
            load[j] += inst.load(i);
            covered += inst.weight(i);
        }
        for (int j = 0; j < load.length; j++) assertThat(load[j]).isLessThanOrEqualTo(inst.capacity(j) + 1e-9);
        assertThat(s.covered()).isEqualTo(covered);
    }
}
