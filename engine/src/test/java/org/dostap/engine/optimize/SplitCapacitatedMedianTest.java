package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-solved: points A (load 30), B (10), C (10), weight = load; sites S1, S2, S3 (20 places each), S4 (40):
 * <pre>
 *        S1  S2  S3  S4
 *   A     1   2  10   4
 *   B     5   1   3   4
 *   C     5   6   1   4
 * </pre>
 * p = 2: two of S1..S3 hold 40 &lt; 50, so S4 is open. Split: {S1,S4} fills S1 with 20 of A (saves 3 per unit against
 * S4) and sends A's other 10, B and C to S4: 20 + 40 + 40 + 40 = 140 ({S2,S4} 150, {S3,S4} 160). Single source: A (30)
 * fits only S4 (120); {S3,S4} puts B and C at S3 (10 + 30): 160 ({S2,S4} 170, {S1,S4} 210). p = 1: 40 places &lt; 50: infeasible.
 */
class SplitCapacitatedMedianTest {
    private static LocationInstance instance() {
        double[][] c = {{1, 2, 10, 4}, {5, 1, 3, 4}, {5, 6, 1, 4}};
        return LocationInstance.builder(CostMatrix.fromRows(c)).weights(new double[]{30, 10, 10})
                .capacities(new double[]{20, 20, 20, 40}).demandIds(List.of("A", "B", "C")).build();
    }

    @Test
    void splitDemandByHand() {
        SplitCapacitatedMedian.Result r = new SplitCapacitatedMedian(instance(), 2, 20).solve(SolveOptions.defaults().withTimeLimitSeconds(10));
        assertThat(r.solution().objective()).isCloseTo(140, within(1e-6));
        assertThat(r.solution().sites()).containsExactlyInAnyOrder(0, 3);
        assertThat(r.parts().get(0)).containsExactlyInAnyOrder(new SplitCapacitatedMedian.Part(0, 20), new SplitCapacitatedMedian.Part(3, 10));
        assertThat(r.parts().get(1)).containsExactly(new SplitCapacitatedMedian.Part(3, 10));
        assertThat(r.solution().assignment().get(0)).isZero(); // the largest part
        assertThat(r.solution().lowerBound()).isLessThanOrEqualTo(140).isGreaterThan(0);
    }

    @Test
    void singleSourceByHandIsDearer() {
        LocationSolution s = new CapacitatedPMedianProblem(instance(), 2).solve(SolveOptions.defaults().withTimeLimitSeconds(10));
        assertThat(s.objective()).isCloseTo(160, within(1e-6));
        assertThat(s.assignment()).containsExactly(3, 2, 2);
        assertThat(s.gap()).isZero();
    }

    @Test
    void tooFewPlacesAreInfeasibleEitherWay() {
        assertThatThrownBy(() -> new SplitCapacitatedMedian(instance(), 1, 20).solve(SolveOptions.defaults().withTimeLimitSeconds(5)))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE);
                    assertThat(e.getMessage()).contains("total demand 50").contains("(40)");
                });
        assertThatThrownBy(() -> new CapacitatedPMedianProblem(instance(), 1).solve(SolveOptions.defaults().withTimeLimitSeconds(5)))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE));
    }
}
