package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-checkable instances on a line. Demand points and candidate sites are the same five places:
 * <pre>
 *   A   B   C                               D   E
 *   0---1---2-------------------------------10--11     (cost = distance)
 * </pre>
 */
class SmallInstancesTest {
    static final double[] X = {0, 1, 2, 10, 11};
    static final List<String> IDS = List.of("A", "B", "C", "D", "E");
    static final SolveOptions OPTIONS = SolveOptions.defaults().withTimeLimitSeconds(10);

    static LocationInstance.Builder line(double scale, double... weights) {
        double[][] c = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) c[i][j] = Math.abs(X[i] - X[j]) * scale;
        return LocationInstance.builder(CostMatrix.fromRows(c)).weights(weights).demandIds(IDS).candidateIds(IDS);
    }

    @Test
    void pMedianPicksTheWeightedMedianOfEachCluster() {
        // {B, D}: A1 + B0 + C1 + D0 + E1 = 3; {B, E} would cost 1+0+1+2*1+0 = 4
        LocationSolution s = new PMedianProblem(line(1, 1, 1, 1, 2, 1).build(), 2).solve(OPTIONS);
        assertThat(s.sites()).containsExactly(1, 3);
        assertThat(s.objective()).isEqualTo(3);
        assertThat(s.gap()).isZero();
        assertThat(s.assignment()).containsExactly(1, 1, 1, 3, 3);
    }

    @Test
    void pMedianKeepsFixedSitesAndAvoidsClosedOnes() {
        // A fixed open: {A, D} = 0+1+2+0+1 = 4
        LocationSolution fixed = new PMedianProblem(line(1, 1, 1, 1, 2, 1).fixedOpen(0).build(), 2).solve(OPTIONS);
        assertThat(fixed.sites()).containsExactly(0, 3);
        assertThat(fixed.objective()).isEqualTo(4);
        // D closed: {B, E} = 1+0+1+2+0 = 4
        LocationSolution closed = new PMedianProblem(line(1, 1, 1, 1, 2, 1).closed(3).build(), 2).solve(OPTIONS);
        assertThat(closed.sites()).containsExactly(1, 4);
        assertThat(closed.objective()).isEqualTo(4);
    }

    @Test
    void maximalCoverage() {
        // threshold 1: D or E covers D(3)+E(1) = 4 > B covers A+B+C = 3
        LocationSolution one = new MaximalCoverageProblem(line(1, 1, 1, 1, 3, 1).build(), 1, 1).solve(OPTIONS);
        assertThat(one.objective()).isEqualTo(4);
        assertThat(one.sites()).hasSize(1).isSubsetOf(3, 4);
        assertThat(one.gap()).isZero();
        LocationSolution two = new MaximalCoverageProblem(line(1, 1, 1, 1, 3, 1).build(), 2, 1).solve(OPTIONS);
        assertThat(two.objective()).isEqualTo(7);
        assertThat(two.upperBound()).isEqualTo(7);
        // B closed, A fixed: A covers A+B = 2, best second site D/E covers 4: 6
        LocationSolution rules = new MaximalCoverageProblem(line(1, 1, 1, 1, 3, 1).fixedOpen(0).closed(1).build(), 2, 1).solve(OPTIONS);
        assertThat(rules.objective()).isEqualTo(6);
        assertThat(rules.sites()).contains(0).doesNotContain(1);
        assertThat(rules.assignment().get(2)).isEqualTo(-1); // C is 2 from A and 8 from D
    }

    @Test
    void setCovering() {
        LocationSolution s = new SetCoveringProblem(line(1, 1, 1, 1, 1, 1).build(), 1).solve(OPTIONS);
        assertThat(s.objective()).isEqualTo(2);
        assertThat(s.sites()).contains(1);
        assertThat(s.gap()).isZero();
        assertThat(new SetCoveringProblem(line(1, 1, 1, 1, 1, 1).build(), 0.5).solve(OPTIONS).objective()).isEqualTo(5);
    }

    @Test
    void setCoveringNamesTheSettlementsNoCandidateReaches() {
        // 1 unit = 10 min; D and E closed: D and E are 80 and 90 min from C
        LocationInstance inst = line(600, 1, 1, 1, 1, 1).closed(3, 4).costsInSeconds(true).build();
        assertThatThrownBy(() -> new SetCoveringProblem(inst, 1800).solve(OPTIONS))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE);
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).contains("D: cannot be reached within 30 min from any candidate site")
                            .contains("E: cannot be reached within 30 min");
                });
    }

    @Test
    void pCenter() {
        LocationSolution one = new PCenterProblem(line(1, 1, 1, 1, 1, 1).build(), 1).solve(OPTIONS);
        assertThat(one.sites()).containsExactly(2); // C: farthest is E at 9
        assertThat(one.objective()).isEqualTo(9);
        assertThat(one.lowerBound()).isEqualTo(9);
        LocationSolution two = new PCenterProblem(line(1, 1, 1, 1, 1, 1).build(), 2).solve(OPTIONS);
        assertThat(two.objective()).isEqualTo(1);
        assertThat(two.sites()).hasSize(2).contains(1);
    }

    @Test
    void capacitatedPMedianSplitsTheFullCluster() {
        // loads 1,1,2,1,1, capacity 3, p = 2: total 6 fills both sites; A or B must go to D: 12
        LocationInstance inst = line(1, 1, 1, 1, 1, 1).loads(new double[]{1, 1, 2, 1, 1})
                .capacities(new double[]{3, 3, 3, 3, 3}).build();
        LocationSolution s = new CapacitatedPMedianProblem(inst, 2).solve(OPTIONS);
        assertThat(s.objective()).isEqualTo(12);
        assertThat(s.gap()).isZero();
        assertThat(new PMedianProblem(inst, 2).solve(OPTIONS).objective()).isEqualTo(3);
    }

    @Test
    void capacitatedPMedianInfeasibleWhenDemandExceedsCapacity() {
        LocationInstance inst = line(1, 1, 1, 1, 1, 1).capacities(new double[]{2, 2, 2, 2, 2}).build();
        assertThatThrownBy(() -> new CapacitatedPMedianProblem(inst, 2).solve(OPTIONS))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE);
                    assertThat(e.getMessage()).contains("total demand 5 exceeds the capacity of the 2 largest sites together (4)");
                });
        // A fixed open with capacity 1: A + the largest other (3) = 4 < 5, although the two largest together hold 6
        LocationInstance fixed = line(1, 1, 1, 1, 1, 1).capacities(new double[]{1, 3, 3, 2, 2}).fixedOpen(0).build();
        assertThatThrownBy(() -> new CapacitatedPMedianProblem(fixed, 2).solve(OPTIONS))
                .hasMessageContaining("total demand 5 exceeds the capacity of the 1 fixed-open sites and the 1 largest others together (4)");
    }

    @Test
    void capacitatedPMedianNamesTheDemandPointsLargerThanAnySite() {
        // D's load 4 exceeds every capacity (3): it cannot be served alone, whatever opens
        LocationInstance inst = line(1, 1, 1, 1, 1, 1).loads(new double[]{1, 1, 1, 4, 1}).capacities(new double[]{3, 3, 3, 3, 3}).build();
        assertThatThrownBy(() -> new CapacitatedPMedianProblem(inst, 3).solve(OPTIONS))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE);
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("D");
                    assertThat(e.problems().get(0).message()).contains("largest site capacity (3)");
                });
    }

    @Test
    void capacitatedCoverage() {
        // loads 1, capacity 2: D covers D(3)+E(1) = 4; B can take only two of A, B, C: +2 = 6 of 7
        LocationInstance inst = line(1, 1, 1, 1, 3, 1).loads(new double[]{1, 1, 1, 1, 1}).capacities(new double[]{2, 2, 2, 2, 2}).build();
        assertThat(new CapacitatedCoverageProblem(inst, 1, 1).solve(OPTIONS).objective()).isEqualTo(4);
        LocationSolution two = new CapacitatedCoverageProblem(inst, 2, 1).solve(OPTIONS);
        assertThat(two.objective()).isEqualTo(6);
        assertThat(two.upperBound()).isEqualTo(6);
        assertThat(two.assignment().stream().filter(a -> a == -1).count()).isEqualTo(1);
    }

    @Test
    void badInputListsEveryProblem() {
        assertThatThrownBy(() -> new PMedianProblem(line(1, 1, 1, 1, 1, 1).build(), 6))
                .hasMessageContaining("cannot open 6 sites: only 5 candidate sites may be opened");
        assertThatThrownBy(() -> new PMedianProblem(line(1, 1, 1, 1, 1, 1).fixedOpen(0, 1).build(), 1))
                .hasMessageContaining("2 sites are fixed open");
        LocationInstance empty = LocationInstance.builder(CostMatrix.fromRows(new double[][]{{}, {}})).build();
        assertThatThrownBy(() -> new MaximalCoverageProblem(empty, 1, 10))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("the candidate set is empty");
        assertThatThrownBy(() -> line(1, 1, -1, 1, 1, 1).capacities(new double[]{3, -3, 3, 3, -1}).build())
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.problems()).hasSize(3))
                .hasMessageContaining("weight of B must be a finite non-negative number, got -1.0")
                .hasMessageContaining("capacity of B must be a finite non-negative number, got -3.0")
                .hasMessageContaining("capacity of E must be a finite non-negative number, got -1.0");
    }
}
