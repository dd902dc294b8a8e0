package org.dostap.engine.population;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CensusRebasingTest {
    @Test
    void theJumpAt2011BeyondTheUsualChangeScalesTheEarlierYears() {
        // a municipality losing 1 % a year, with a census drop of 10 % at 2011 on top: 2009 1000, 2010 990,
        // 2011 882.09 (990 x 0.99 x 0.9), 2012 873.27; usual ratio 0.99, jump 0.891 -> factor 0.9
        double y2011 = 990 * 0.99 * 0.9;
        UnitSeries a = new UnitSeries("a", "M", "P", new double[] {600, 594, y2011 * 0.6, y2011 * 0.6 * 0.99});
        UnitSeries b = new UnitSeries("b", "M", "P", new double[] {400, 396, y2011 * 0.4, y2011 * 0.4 * 0.99});
        CensusRebasing.Rebased r = CensusRebasing.apply(new PopulationHistory(2009, 2012, List.of(a, b)));
        assertThat(r.factorByMunicipality().get("M")).isCloseTo(0.9, within(1e-9));
        double[] v = r.history().units().get(0).values();
        assertThat(v[0]).isCloseTo(540, within(1e-9));
        assertThat(v[1]).isCloseTo(534.6, within(1e-9));
        assertThat(v[2]).isEqualTo(y2011 * 0.6);   // 2011 on: unchanged
    }

    @Test
    void onlyTheWindowsOwnYearsAreUsed() {
        // 2002-2011 has no 2012: the usual ratio is 2009 -> 2010 alone; a window without 2011 is not re-based
        assertThat(CensusRebasing.applies(new PopulationHistory(2002, 2011, List.of(new UnitSeries("a", "M", "P", new double[10]))))).isTrue();
        assertThat(CensusRebasing.applies(new PopulationHistory(2002, 2008, List.of(new UnitSeries("a", "M", "P", new double[7]))))).isFalse();
        assertThat(CensusRebasing.applies(new PopulationHistory(2011, 2017, List.of(new UnitSeries("a", "M", "P", new double[7]))))).isFalse();
    }
}
