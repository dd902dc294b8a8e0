package org.dostap.engine.population;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HierarchicalProjectorTest {
    @Test
    void largestRemainderKeepsTheTotal() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("a", 1.0);
        w.put("b", 1.0);
        w.put("c", 1.0);
        // 10 / 3 = 3.33 each: the first by order gets the spare person
        assertThat(HierarchicalProjector.allocate(10, w)).containsExactly(Map.entry("a", 4L), Map.entry("b", 3L), Map.entry("c", 3L));
        w.put("c", 2.0);
        // 10 x (1, 1, 2) / 4 = 2.5, 2.5, 5
        assertThat(HierarchicalProjector.allocate(10, w).values()).containsExactly(3L, 2L, 5L);
        Map<String, Double> zero = new LinkedHashMap<>();
        zero.put("x", 0.0);
        zero.put("y", 0.0);
        assertThat(HierarchicalProjector.allocate(3, zero).values()).containsExactly(2L, 1L);
    }

    @Test
    void settlementsAddUpToMunicipalitiesToProvincesToTheTotal() {
        Random random = new Random(7);
        List<UnitSeries> units = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double[] v = new double[10];
            double start = random.nextInt(3000);
            double rate = 0.9 + random.nextDouble() * 0.15;
            for (int y = 0; y < v.length; y++) v[y] = random.nextInt(20) == 0 ? Double.NaN : Math.round(start * Math.pow(rate, y));
            units.add(new UnitSeries("s" + i, "M" + (i % 17), "P" + (i % 17) % 4, v));
        }
        PopulationHistory h = new PopulationHistory(2002, 2011, units);
        for (TrendMethod m : TrendMethod.values()) {
            Projection p = HierarchicalProjector.project(h, m, 2020);
            assertThat(p.byProvince().values().stream().mapToLong(Long::longValue).sum()).as(m.label()).isEqualTo(p.total());
            for (Map.Entry<String, Long> prov : p.byProvince().entrySet()) {
                long sum = 0;
                for (int k = 0; k < 17; k++) if (("P" + k % 4).equals(prov.getKey())) sum += p.byMunicipality().get("M" + k);
                assertThat(sum).as(m.label() + " " + prov.getKey()).isEqualTo(prov.getValue());
            }
            for (Map.Entry<String, Long> mun : p.byMunicipality().entrySet()) {
                long sum = units.stream().filter(u -> u.municipality().equals(mun.getKey()))
                        .mapToLong(u -> p.bySettlement().get(u.id())).sum();
                assertThat(sum).as(m.label() + " " + mun.getKey()).isEqualTo(mun.getValue());
            }
            assertThat(p.bySettlement().values()).allMatch(v -> v >= 0);
        }
    }

    @Test
    void oneSettlementPerLevelIsTheMethodItself() {
        // a single settlement: every level is the same series, so raking changes nothing but the rounding
        PopulationHistory h = new PopulationHistory(2000, 2003, List.of(new UnitSeries("a", "M", "P", new double[] {100, 80, 64, 51.2})));
        Projection p = HierarchicalProjector.project(h, TrendMethod.GEOMETRIC, 2005);
        assertThat(p.total()).isEqualTo(33);   // 32.768 rounded
        assertThat(p.bySettlement()).containsEntry("a", 33L);
    }
}
