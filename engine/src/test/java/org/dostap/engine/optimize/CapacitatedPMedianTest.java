package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The capacitated p-median's heuristic (Lagrangian bound, GAP assignment, local search) against hand-solved instances
 * and against brute force (every site set, every single-source assignment) on small random ones.
 */
class CapacitatedPMedianTest {
    static final SolveOptions HEURISTIC = SolveOptions.defaults().withTimeLimitSeconds(2).withExactAllowed(false);
    static final SolveOptions EXACT = SolveOptions.defaults().withTimeLimitSeconds(20);

    /**
     * Two towns of 4 points each at 0, 1, 2, 3 (cost within a town = distance, across = 10 + the difference). Loads 1,
     * capacity 3, p = 3. Hand-solved: the town with one site holds 3 of its points (best: 2) and its fourth crosses to
     * the other town (at least 10); the town with two sites serves its 4 points for at least 2 (e.g. {0,1}+{2,3}):
     * optimum 14 (brute force agrees).
     */
    @Test
    void aPointCrossesToTheOtherTownWhenItsTownIsFull() {
        double[] pos = {0, 1, 2, 3, 100, 101, 102, 103};
        double[][] c = new double[8][8];
        for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) c[i][j] = Math.abs(pos[i] - pos[j]) > 50 ? 10 + Math.abs((pos[i] % 100) - (pos[j] % 100)) : Math.abs(pos[i] - pos[j]);
        double[] cap = new double[8];
        Arrays.fill(cap, 3);
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(c)).capacities(cap).build();
        int[] a = brute(inst, 3);
        double best = cost(inst, a);
        LocationSolution h = new CapacitatedPMedianProblem(inst, 3).solve(HEURISTIC);
        assertThat(best).isEqualTo(14);
        assertThat(h.objective()).isEqualTo(14);
        assertThat(h.lowerBound()).isLessThanOrEqualTo(14);
        checkFeasible(inst, h, 3);
    }

    /** Loads 2, 2, 2 and capacities 3: the total capacity of two sites (6) holds the total (6) but no site holds two points. */
    @Test
    void binPackingInfeasibleIsReportedAsInfeasible() {
        double[][] c = {{0, 1, 2}, {1, 0, 1}, {2, 1, 0}};
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(c)).loads(new double[]{2, 2, 2})
                .capacities(new double[]{3, 3, 3}).build();
        assertThatThrownBy(() -> new CapacitatedPMedianProblem(inst, 2).solve(HEURISTIC))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE));
        assertThatThrownBy(() -> new CapacitatedPMedianProblem(inst, 2).solve(EXACT))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE);
                    assertThat(e.getMessage()).contains("proven by the solver");
                });
    }

    /** Regret matters: point 0 fits only site 0; greedy by nearest would fill site 0 with point 1 first. */
    @Test
    void gapAssignerPlacesTheConstrainedPointFirst() {
        double[][] c = {{0, Double.POSITIVE_INFINITY}, {0, 1}};
        LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(c)).loads(new double[]{2, 2})
                .capacities(new double[]{2, 2}).build();
        GapAssigner gap = new GapAssigner(inst, 10);
        int[] out = new int[2];
        assertThat(gap.assign(new boolean[]{true, true}, out)).isEqualTo(1);
        assertThat(out).containsExactly(0, 1);
        assertThat(gap.assign(new boolean[]{false, true}, out)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /**
     * 40 random instances (8 points, 8 sites, p = 2 or 3, loads 1..5, tight capacities): the heuristic alone returns a
     * feasible assignment at least as costly as the brute-force optimum, a bound no larger than it, and the exact
     * mode proves the optimum.
     */
    @Test
    void againstBruteForceOnSmallRandomInstances() {
        Random r = new Random(7);
        int heuristicOptimal = 0, checked = 0;
        for (int t = 0; t < 40; t++) {
            int n = 8, p = 2 + r.nextInt(2);
            double[][] pts = new double[n][];
            for (int i = 0; i < n; i++) pts[i] = new double[]{r.nextInt(50), r.nextInt(50)};
            double[][] c = new double[n][n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[i][j] = Math.floor(Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]));
            double[] load = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) { load[i] = 1 + r.nextInt(5); total += load[i]; }
            double[] cap = new double[n];
            Arrays.fill(cap, Math.ceil(total * (1.1 + 0.2 * r.nextDouble()) / p));
            LocationInstance inst = LocationInstance.builder(CostMatrix.fromRows(c)).loads(load).capacities(cap).build();
            int[] opt = brute(inst, p);
            if (opt == null) continue;
            checked++;
            double best = cost(inst, opt);
            LocationSolution h = new CapacitatedPMedianProblem(inst, p).solve(HEURISTIC);
            checkFeasible(inst, h, p);
            assertThat(h.objective()).as("instance %d", t).isGreaterThanOrEqualTo(best - 1e-9);
            assertThat(h.lowerBound()).as("bound of instance %d", t).isLessThanOrEqualTo(best + 1e-9);
            if (h.objective() <= best + 1e-9) heuristicOptimal++;
            LocationSolution e = new CapacitatedPMedianProblem(inst, p).solve(EXACT);
            assertThat(e.objective()).as("exact, instance %d", t).isEqualTo(best);
            assertThat(e.gap()).isZero();
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(heuristicOptimal).isGreaterThanOrEqualTo(checked * 9 / 10);
    }

    static void checkFeasible(LocationInstance inst, LocationSolution s, int p) {
        assertThat(s.sites()).hasSize(p);
        double[] used = new double[inst.candidateCount()];
        double total = 0;
        for (int i = 0; i < inst.demandCount(); i++) {
            int j = s.assignment().get(i);
            assertThat(s.sites()).contains(j);
            used[j] += inst.load(i);
            total += inst.weight(i) * inst.costs().cost(i, j);
        }
        for (int j = 0; j < used.length; j++) assertThat(used[j]).isLessThanOrEqualTo(inst.capacity(j));
        assertThat(s.objective()).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-6));
    }

    /** The optimal single-source assignment over every set of p sites (null when none fits). */
    static int[] brute(LocationInstance inst, int p) {
        int n = inst.demandCount(), m = inst.candidateCount();
        int[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << m); mask++) {
            if (Integer.bitCount(mask) != p) continue;
            int[] sites = new int[p];
            for (int j = 0, k = 0; j < m; j++) if ((mask >> j & 1) == 1) sites[k++] = j;
            int[] a = new int[n];
            double[] used = new double[m];
            int[] found = search(inst, sites, a, used, 0, 0, new double[]{bestCost});
            if (found != null) { best = found; bestCost = cost(inst, found); }
        }
        return best;
    }

    private static int[] search(LocationInstance inst, int[] sites, int[] a, double[] used, int i, double sofar, double[] bound) {
        if (sofar >= bound[0] - 1e-9) return null;
        if (i == a.length) { bound[0] = sofar; return a.clone(); }
        int[] best = null;
        for (int j : sites) {
            if (used[j] + inst.load(i) > inst.capacity(j)) continue;
            used[j] += inst.load(i);
            a[i] = j;
            int[] r = search(inst, sites, a, used, i + 1, sofar + inst.weight(i) * inst.costs().cost(i, j), bound);
            if (r != null) best = r;
            used[j] -= inst.load(i);
        }
        return best;
    }

    static double cost(LocationInstance inst, int[] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += inst.weight(i) * inst.costs().cost(i, a[i]);
        return s;
    }
}
