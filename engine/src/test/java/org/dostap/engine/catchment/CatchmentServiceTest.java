package org.dostap.engine.catchment;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.coverage.AccessModel;
import org.dostap.engine.coverage.CoverageRequest;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.CoverageService;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Estimated travel times (defaults: great-circle x 1.4 / 50 km/h). Settlements due north of the centre at
 * 0, 0.1, 0.2 and 0.3 degrees of latitude: 6,371,008.8 m x 0.1 deg in radians = 11,119.5 m, so
 * 11,119.5 x 1.4 / (50 / 3.6) = 1120.8 -> 1121 s, then 2242 s and 3363 s.
 */
class CatchmentServiceTest {
    static final GeoPoint CENTRE = new GeoPoint(24.0, 41.0);
    AccessModel model;

    @BeforeEach
    void setUp() {
        List<Settlement> settlements = List.of(s("0", 0.0, 10), s("1", 0.1, 20), s("2", 0.2, 30), s("3", 0.3, 40));
        RegionData region = new RegionData("TST", "Тест", "Test", settlements,
                List.of(new Facility("C1", "Centre", "crisis", CENTRE, 12, "M1", FacilityStatus.EXISTING, true)),
                List.of(new AdminArea("M1", "", "", "TST", "", null)), Optional.empty(), ServiceCatalog.defaults(),
                List.of("population"), "test");
        model = AccessModel.build(region, EstimatedTravelTimes.uniform(), TravelMode.CAR, ProgressListener.NONE);
    }

    private static Settlement s(String id, double north, int population) {
        return new Settlement(id, "S" + id, "", "M1", "TST", "village", new GeoPoint(24.0, 41.0 + north),
                Map.of("population", population));
    }

    @Test
    void estimatedTimesAreTheHandComputedOnes() {
        assertThat(model.travelTimesSeconds("C1")).containsExactly(0, 1121, 2242, 3363);
        CoverageResult r = new CoverageService().evaluate(model, CoverageRequest.of("crisis", 40 * 60));
        assertThat(r.provenance().travelTimeSource()).isEqualTo("estimated");
        assertThat(r.provenance().facilitiesIllustrative()).isTrue();
        assertThat(r.region().getThreshold(40 * 60).coveredSettlements()).isEqualTo(3);
        assertThat(r.region().getThreshold(15 * 60).coveredPopulation()).isEqualTo(10);
    }

    @Test
    void catchmentsPerThresholdWithReachedSettlementsAndPolygon() {
        CatchmentResult r = new CatchmentService().compute(model,
                new CatchmentRequest("crisis", List.of(), List.of(2400, 1200), null));
        assertThat(r.catchments()).extracting(Catchment::thresholdSeconds).containsExactly(1200, 2400);
        Catchment c20 = r.catchments().get(0);
        assertThat(c20.reachedSettlementIds()).containsExactly("0", "1");
        assertThat(c20.reachedPopulation()).isEqualTo(30);
        assertThat(c20.illustrative()).isTrue();
        GeometryFactory gf = new GeometryFactory();
        assertThat(c20.polygon().contains(gf.createPoint(new org.locationtech.jts.geom.Coordinate(24.0, 41.0)))).isTrue();
        assertThat(c20.polygon().contains(gf.createPoint(new org.locationtech.jts.geom.Coordinate(24.0, 41.1)))).isTrue();
        assertThat(c20.polygon().contains(gf.createPoint(new org.locationtech.jts.geom.Coordinate(24.0, 41.2)))).isFalse();
        assertThat(r.catchments().get(1).reachedSettlementIds()).containsExactly("0", "1", "2");
        assertThat(r.travelTimeSource()).isEqualTo("estimated");
    }

    @Test
    void unknownFacilityAndServiceAreReportedTogether() {
        assertThatThrownBy(() -> new CatchmentService().compute(model,
                new CatchmentRequest("crisis", List.of("C1", "C9"), List.of(600), "pop_1800")))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("no facility with id 'C9'")
                .hasMessageContaining("unknown population column 'pop_1800'");
        assertThatThrownBy(() -> new CatchmentService().compute(model,
                new CatchmentRequest("community-support", List.of("C1"), List.of(600), null)))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("facility 'C1' provides 'crisis'");
        assertThatThrownBy(() -> new CatchmentRequest("crisis", List.of(), List.of(), null))
                .isInstanceOf(PlanningException.class).hasMessageContaining("at least one threshold");
    }
}
