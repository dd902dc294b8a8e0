package org.dostap.engine.population;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendMethodTest {
    private static final double NaN = Double.NaN;

    @Test
    void noChangeKeepsTheLastObservedValue() {
        assertThat(TrendMethod.NO_CHANGE.project(2000, new double[] {100, 90, 80, NaN}, 2010)).isEqualTo(80);
    }

    @Test
    void linearCarriesTheLeastSquaresSlopeFromTheLastValue() {
        // 100, 90, 80, 70 in 2000-2003: slope -10 a year; 2005 = 70 - 20 = 50; 2011 would be -10: floored at 0
        double[] v = {100, 90, 80, 70};
        assertThat(TrendMethod.LINEAR.project(2000, v, 2005)).isCloseTo(50, within(1e-9));
        assertThat(TrendMethod.LINEAR.project(2000, v, 2011)).isEqualTo(0);
        // 10, 14, 12 (2000-2002): mean year 1, mean 12, slope = ((-1)(-2) + 0 + (1)(0)) / 2 = 1; 2004 = 12 + 2 = 14
        assertThat(TrendMethod.LINEAR.project(2000, new double[] {10, 14, 12}, 2004)).isCloseTo(14, within(1e-9));
    }

    @Test
    void geometricCarriesTheLogSlope() {
        // 100, 80, 64, 51.2: ln slope = ln 0.8 exactly; 2005 = 51.2 * 0.8^2 = 32.768
        double[] v = {100, 80, 64, 51.2};
        assertThat(TrendMethod.GEOMETRIC.project(2000, v, 2005)).isCloseTo(32.768, within(1e-9));
        // a missing year is left out of the fit: 100, -, 64, 51.2 still has slope ln 0.8
        assertThat(TrendMethod.GEOMETRIC.project(2000, new double[] {100, NaN, 64, 51.2}, 2005)).isCloseTo(32.768, within(1e-9));
    }

    @Test
    void dampedFadesTheRate() {
        // 2 years ahead with phi 0.9: exponent (0.9 + 0.81) ln 0.8
        double expected = 51.2 * Math.pow(0.8, 0.9 + 0.81);
        assertThat(TrendMethod.DAMPED.project(2000, new double[] {100, 80, 64, 51.2}, 2005)).isCloseTo(expected, within(1e-9));
        assertThat(TrendMethod.dampedSteps(3)).isCloseTo(0.9 + 0.81 + 0.729, within(1e-12));
    }

    @Test
    void shareOfMunicipalityCarriesTheShareLinearly() {
        // shares 0.5, 0.45, 0.4 of a municipality of 100 (2000-2002): slope -0.05; 2004 share 0.3 x projected 80 = 24
        double got = TrendMethod.projectShare(2000, new double[] {50, 45, 40}, new double[] {100, 100, 100}, 80, 2004);
        assertThat(got).isCloseTo(24, within(1e-9));
        // a share heading below 0 stops at 0
        assertThat(TrendMethod.projectShare(2000, new double[] {30, 20, 10}, new double[] {100, 100, 100}, 80, 2004)).isEqualTo(0);
    }

    @Test
    void aSeriesWithoutFiguresProjectsToZero() {
        assertThat(TrendMethod.GEOMETRIC.project(2000, new double[] {NaN, NaN}, 2005)).isEqualTo(0);
        assertThat(TrendMethod.GEOMETRIC.project(2000, new double[] {3, 0}, 2005)).isEqualTo(0);
    }

    @Test
    void labelsParse() {
        assertThat(TrendMethod.parse("share-of-municipality")).contains(TrendMethod.SHARE_OF_MUNICIPALITY);
        assertThat(TrendMethod.parse("cohort")).isEmpty();
    }
}
