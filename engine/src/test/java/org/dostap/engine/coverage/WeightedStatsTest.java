package org.dostap.engine.coverage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeightedStatsTest {
    @Test
    void equalTimesHaveGiniZero() {
        TravelTimeStats s = WeightedStats.of(new int[] {1200, 1200, 1200}, new long[] {5, 50, 500});
        assertThat(s.gini()).isEqualTo(0.0);
        assertThat(s.meanSeconds()).isEqualTo(1200.0);
        assertThat(s.medianSeconds()).isEqualTo(1200.0);
    }

    @Test
    void twoEqualWeightsZeroAndTenHaveGiniOneHalf() {
        // |0-10| * 1 * 1 * 2 ordered pairs / (2 * 2^2 * 5) = 20 / 40
        assertThat(WeightedStats.of(new int[] {10, 0}, new long[] {1, 1}).gini()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void giniWithWeightsEqualsTheDoubleSumDefinition() {
        int[] x = {300, 1500, 900, 4000, 60};
        long[] w = {10, 3, 7, 1, 20};
        double total = 0, mean = 0, sum = 0;
        for (long v : w) total += v;
        for (int i = 0; i < x.length; i++) mean += w[i] * x[i] / total;
        for (int i = 0; i < x.length; i++) for (int j = 0; j < x.length; j++) sum += w[i] * w[j] * Math.abs(x[i] - x[j]);
        assertThat(WeightedStats.of(x, w).gini()).isCloseTo(sum / (2 * total * total * mean), within(1e-12));
    }

    @Test
    void quantilesAreTheTimesWhereCumulativePopulationReachesTheShare() {
        // sorted 10, 20, 30, 40 with weights 1, 1, 1, 1: median needs cumulative >= 2 -> 20; p90 needs >= 3.6 -> 40
        TravelTimeStats s = WeightedStats.of(new int[] {40, 10, 30, 20}, new long[] {1, 1, 1, 1});
        assertThat(s.medianSeconds()).isEqualTo(20.0);
        assertThat(s.p90Seconds()).isEqualTo(40.0);
        assertThat(s.meanSeconds()).isEqualTo(25.0);
        // a heavy settlement pulls the median: weights 1, 1, 1, 10 on 10, 20, 30, 40 -> cumulative 1, 2, 3, 13 >= 6.5 at 40
        assertThat(WeightedStats.of(new int[] {10, 20, 30, 40}, new long[] {1, 1, 1, 10}).medianSeconds()).isEqualTo(40.0);
    }

    @Test
    void zeroPopulationCarriesNoWeightAndNoPopulationGivesNoStatistics() {
        TravelTimeStats s = WeightedStats.of(new int[] {100, 9999}, new long[] {3, 0});
        assertThat(s.settlements()).isEqualTo(2);
        assertThat(s.population()).isEqualTo(3);
        assertThat(s.p90Seconds()).isEqualTo(100.0);
        assertThat(WeightedStats.of(new int[] {100}, new long[] {0})).isEqualTo(new TravelTimeStats(1, 0, null, null, null, null));
        assertThat(WeightedStats.of(new int[0], new long[0])).isEqualTo(TravelTimeStats.EMPTY);
    }
}
