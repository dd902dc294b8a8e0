package org.dostap.data.bundled;

import org.dostap.engine.population.BacktestSplit;
import org.dostap.engine.population.PopulationHistory;
import org.dostap.engine.population.ProjectedSettlement;
import org.dostap.engine.population.ProjectionRequest;
import org.dostap.engine.population.ProjectionResult;
import org.dostap.engine.population.ProjectionService;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The projection on the bundled NSI series: the figures docs/projection.md reports, and the proj_2030 column. */
class BundledProjectionTest {
    private static final BundledRegionStore STORE = new BundledRegionStore();

    @Test
    void allBulgariaFittedOn2002To2011Predicts2017AsDocumented() {
        // docs/projection.md, "Back-test": all of Bulgaria, fit 2002-2011, horizon 2017 (a known year)
        PopulationHistory bg = PopulationHistory.of(STORE.getRegion("BG")).orElseThrow();
        ProjectionResult r = new ProjectionService().project(bg, new ProjectionRequest(2002, 2011, 2017));
        assertThat(r.method()).isEqualTo("share-of-municipality");
        BacktestSplit e = r.evaluation().orElseThrow();
        assertThat(e.chosen().settlementWeightedAbsError()).isCloseTo(0.0309, within(0.00005));
        assertThat(e.chosen().municipalityWeightedAbsError()).isCloseTo(0.0207, within(0.00005));
        assertThat(e.noChange().settlementWeightedAbsError()).isCloseTo(0.0585, within(0.00005));
        assertThat(e.noChange().municipalityWeightedAbsError()).isCloseTo(0.0528, within(0.00005));
        // consistent levels: settlements -> municipalities -> provinces -> total
        Map<String, Long> bySettlementSum = r.settlements().stream()
                .collect(Collectors.groupingBy(ProjectedSettlement::municipality, Collectors.summingLong(ProjectedSettlement::projectedPopulation)));
        assertThat(bySettlementSum).isEqualTo(r.totals().byMunicipality());
        assertThat(r.totals().byProvince()).hasSize(28);
        assertThat(r.totals().byProvince().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.totals().total());
        assertThat(r.settlements()).allMatch(s -> s.low() <= s.projectedPopulation() && s.projectedPopulation() <= s.high());
    }

    @Test
    void smolyanProjectionColumnAddsUpToTheProvinceProjection() {
        RegionData sml = STORE.getRegion("SML");
        assertThat(sml.populationColumns()).endsWith(BundledRegionStore.PROJECTION_COLUMN);
        assertThat(sml.settlements()).allMatch(s -> s.findPopulation("proj_2030").isPresent());
        ProjectionResult r = new ProjectionService().project(PopulationHistory.of(sml).orElseThrow(), new ProjectionRequest(2002, 2017, 2030));
        assertThat(sml.settlements().stream().mapToLong(s -> s.population("proj_2030")).sum()).isEqualTo(r.totals().total());
        Map<String, Long> perMunicipality = sml.settlements().stream()
                .collect(Collectors.groupingBy(Settlement::municipality, Collectors.summingLong(s -> s.population("proj_2030"))));
        assertThat(perMunicipality).isEqualTo(r.totals().byMunicipality());
        // Smolyan keeps shrinking: below its 2017 figure (107,282), above half of it
        assertThat(r.totals().total()).isBetween(53_641L, 107_281L);
        assertThat(r.backtests().get(0).chosen().settlementWeightedAbsError())
                .isLessThan(r.backtests().get(0).noChange().settlementWeightedAbsError());
    }

    @Test
    void theCountrysColumnIsEachProvincesOwn() {
        RegionData bg = STORE.getRegion("BG");
        long sml = STORE.getRegion("SML").settlements().stream().mapToLong(s -> s.population("proj_2030")).sum();
        assertThat(bg.settlements().stream().filter(s -> s.province().equals("SML")).mapToLong(s -> s.population("proj_2030")).sum())
                .isEqualTo(sml);
    }
}
