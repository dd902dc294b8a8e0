package org.dostap.engine.coverage;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dostap.engine.coverage.FakeTravelTimes.X;
import static org.dostap.engine.coverage.TestRegions.facility;
import static org.dostap.engine.coverage.TestRegions.p;
import static org.dostap.engine.coverage.TestRegions.settlement;

/**
 * Four settlements, two community-support centres, hand-written travel times (seconds):
 * <pre>
 *              A (M1, 100)  B (M1, 200)  C (M2, 300)  D (M2, 400, not connected, snapped 2500 m)
 *   F1 at P1        600         1200         2400          -
 *   F2 at P2       3000          900         4000          -
 * </pre>
 * Nearest: A = F1 600 s, B = F2 900 s, C = F1 2400 s, D none.
 */
class CoverageServiceTest {
    static final GeoPoint P1 = p(24.70, 41.57), P2 = p(24.75, 41.60);
    FakeTravelTimes times;
    AccessModel model;
    final CoverageService service = new CoverageService("test-version");

    @BeforeEach
    void setUp() {
        times = new FakeTravelTimes(List.of(PointAccess.DIRECT, new PointAccess(true, 120, 96), PointAccess.DIRECT,
                PointAccess.notConnected(2500)))
                .column(P1, 600, 1200, 2400, 0)
                .column(P2, 3000, 900, 4000, 0);
        RegionData region = TestRegions.region(List.of(
                        settlement("A", "M1", p(24.71, 41.58), 100), settlement("B", "M1", p(24.72, 41.59), 200),
                        settlement("C", "M2", p(24.73, 41.61), 300), settlement("D", "M2", p(24.74, 41.62), 400)),
                List.of(facility("F1", "community-support", P1, 0), facility("F2", "community-support", P2, 0)));
        model = AccessModel.build(region, times, TravelMode.CAR, ProgressListener.NONE);
    }

    @Test
    void perSettlementNearestFacilityTimeAndCoverage() {
        CoverageResult r = service.evaluate(model, CoverageRequest.of("community-support", 1800));
        assertThat(r.settlements()).hasSize(4);
        ServiceAccess a = r.getSettlement("A").getService("community-support");
        assertThat(a.nearestFacilityId()).isEqualTo("F1");
        assertThat(a.travelTimeSeconds()).isEqualTo(600);
        assertThat(a.covered()).isTrue();
        assertThat(r.getSettlement("B").getService("community-support").nearestFacilityId()).isEqualTo("F2");
        assertThat(r.getSettlement("B").snapDistanceMetres()).isEqualTo(120);
        ServiceAccess c = r.getSettlement("C").getService("community-support");
        assertThat(c.travelTimeSeconds()).isEqualTo(2400);
        assertThat(c.covered()).isFalse();
        assertThat(c.withinStandard()).isFalse(); // standard 30 min
        SettlementAccess d = r.getSettlement("D");
        assertThat(d.connected()).isFalse();
        assertThat(d.snapDistanceMetres()).isEqualTo(2500);
        assertThat(d.getService("community-support").travelTimeSeconds()).isNull();
        assertThat(d.getService("community-support").covered()).isFalse();
        // other service types are reported too: none in this region
        assertThat(r.getSettlement("A").getService("crisis").nearestFacilityId()).isNull();
        assertThat(r.provenance().travelTimeSource()).isEqualTo("road");
        assertThat(r.provenance().populationColumn()).isEqualTo("population");
        assertThat(r.provenance().softwareVersion()).isEqualTo("test-version");
        assertThat(r.provenance().facilitiesIllustrative()).isFalse();
    }

    @Test
    void regionAndMunicipalityCountsForEachThreshold() {
        CoverageResult r = service.evaluate(model, CoverageRequest.of("community-support", 1800));
        assertThat(r.thresholdsSeconds()).containsExactly(900, 1800, 2700, 3600);
        AreaCoverage region = r.region();
        assertThat(region.settlements()).isEqualTo(4);
        assertThat(region.population()).isEqualTo(1000);
        assertThat(region.notConnectedSettlements()).isEqualTo(1);
        assertThat(region.notConnectedPopulation()).isEqualTo(400);
        assertThat(region.getThreshold(900)).isEqualTo(new ThresholdCoverage(900, 2, 300, 2, 700)); // 900 <= 900
        assertThat(region.getThreshold(1800)).isEqualTo(new ThresholdCoverage(1800, 2, 300, 2, 700));
        assertThat(region.getThreshold(2700)).isEqualTo(new ThresholdCoverage(2700, 3, 600, 1, 400));
        assertThat(region.getThreshold(3600)).isEqualTo(new ThresholdCoverage(3600, 3, 600, 1, 400));
        assertThat(region.uncoveredByPopulation()).extracting(UncoveredSettlement::settlementId).containsExactly("D", "C");
        assertThat(region.uncoveredByPopulation().get(0).connected()).isFalse();
        assertThat(region.uncoveredByPopulation().get(1).travelTimeSeconds()).isEqualTo(2400);

        assertThat(r.municipalities()).extracting(AreaCoverage::code).containsExactly("M1", "M2");
        AreaCoverage m1 = r.getMunicipality("M1");
        assertThat(m1.nameEn()).isEqualTo("Municipality 1");
        assertThat(m1.getThreshold(1800)).isEqualTo(new ThresholdCoverage(1800, 2, 300, 0, 0));
        AreaCoverage m2 = r.getMunicipality("M2");
        assertThat(m2.getThreshold(1800)).isEqualTo(new ThresholdCoverage(1800, 0, 0, 2, 700));
        assertThat(m2.notConnectedSettlements()).isEqualTo(1);
    }

    @Test
    void weightedMeanMedianP90AndGiniByHand() {
        // times 600, 900, 2400 s with weights 100, 200, 300 (D has no time): W = 600
        // mean = (60,000 + 180,000 + 720,000) / 600 = 1600; median: first cumulative >= 300 -> 900;
        // p90: first cumulative >= 540 -> 2400; Gini = 2 * (300*100*200 + 1800*100*300 + 1500*200*300) / (2 * 600^2 * 1600)
        TravelTimeStats s = service.evaluate(model, CoverageRequest.of("community-support")).region().travelTime();
        assertThat(s.settlements()).isEqualTo(3);
        assertThat(s.population()).isEqualTo(600);
        assertThat(s.meanSeconds()).isCloseTo(1600, within(1e-9));
        assertThat(s.medianSeconds()).isEqualTo(900);
        assertThat(s.p90Seconds()).isEqualTo(2400);
        assertThat(s.gini()).isCloseTo(300_000_000.0 / 1_152_000_000.0, within(1e-12));
    }

    @Test
    void populationColumnIsChosenByName() {
        CoverageResult r = service.evaluate(model, new CoverageRequest("community-support", 1800, List.of(), "pop_2011"));
        assertThat(r.region().population()).isEqualTo(2000);
        assertThat(r.region().getThreshold(1800).coveredPopulation()).isEqualTo(600);
        assertThat(r.populationColumn()).isEqualTo("pop_2011");
    }

    @Test
    void unknownServiceAndColumnAreReportedTogether() {
        assertThatThrownBy(() -> service.evaluate(model, new CoverageRequest("daycare", 1800, List.of(), "pop_1900")))
                .isInstanceOf(PlanningException.class)
                .satisfies(e -> assertThat(((PlanningException) e).problems()).hasSize(2))
                .hasMessageContaining("unknown service type 'daycare'")
                .hasMessageContaining("community-support, crisis, rehabilitation, mobile")
                .hasMessageContaining("unknown population column 'pop_1900'. Available: population, pop_2011");
    }

    @Test
    void badThresholdsAreRefusedInTheRequest() {
        assertThatThrownBy(() -> new CoverageRequest(" ", -60, List.of(900, 0), null))
                .isInstanceOf(PlanningException.class)
                .satisfies(e -> assertThat(((PlanningException) e).problems()).hasSize(3));
        assertThatThrownBy(() -> service.evaluate(model, CoverageRequest.of("community-support", 4 * 3600)))
                .isInstanceOf(PlanningException.class).hasMessageContaining("beyond the search limit");
    }

    @Test
    void checkListsProblemsWithoutComputing() {
        assertThat(service.check(model.region(), new CoverageRequest("daycare", 0, List.of(), "pop_1900"), 3600))
                .extracting(p -> p.field()).containsExactly("service", "population");
        assertThat(service.check(model.region(), CoverageRequest.of("crisis"), 3600)).isEmpty();
    }

    @Test
    void aFacilityNoSettlementReachesIsAWarning() {
        GeoPoint p3 = p(24.80, 41.65);
        FakeTravelTimes withUnreachable = new FakeTravelTimes(List.of(PointAccess.DIRECT, PointAccess.DIRECT,
                PointAccess.DIRECT, PointAccess.DIRECT)).column(P1, 600, 1200, 2400, 100).column(p3, X, X, X, X);
        RegionData region = model.region().withFacilities(List.of(facility("F1", "crisis", P1, 0),
                facility("F3", "crisis", p3, 0)));
        CoverageResult r = service.evaluate(AccessModel.build(region, withUnreachable, TravelMode.CAR, ProgressListener.NONE),
                CoverageRequest.of("crisis"));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Facility 'F3'") && w.contains("reached by no settlement"));
        assertThat(r.region().getThreshold(3600).coveredSettlements()).isEqualTo(4);
    }

    @Test
    void defaultThresholdIsTheServiceStandard() {
        CoverageResult r = service.evaluate(model, CoverageRequest.of("rehabilitation"));
        assertThat(r.thresholdSeconds()).isEqualTo(45 * 60);
        assertThat(r.warnings()).anyMatch(w -> w.contains("no facility of service type 'rehabilitation'"));
        assertThat(r.region().getThreshold(2700).coveredSettlements()).isZero();
        assertThat(r.region().e2sfca()).isNull();
    }
}
