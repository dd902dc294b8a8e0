package org.dostap.engine.coverage;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dostap.engine.coverage.TestRegions.facility;
import static org.dostap.engine.coverage.TestRegions.p;
import static org.dostap.engine.coverage.TestRegions.settlement;

/**
 * Three settlements x two rehabilitation centres, catchment d0 = 30 min: zones [0, 600], (600, 1200],
 * (1200, 1800] s with weights 1, 0.68, 0.22.
 * <pre>
 *                 S1 (1000)   S2 (500)   S3 (2000)
 *   F1 (cap 10)    300 z1      900 z2     2000 out
 *   F2 (cap 20)   1500 z3      500 z1     1000 z2
 * </pre>
 * R1 = 10 / (1000*1 + 500*0.68) = 10/1340; R2 = 20 / (1000*0.22 + 500*1 + 2000*0.68) = 20/2080.
 * A1 = R1 + 0.22 R2; A2 = 0.68 R1 + R2; A3 = 0.68 R2. Sum of P_i A_i = total capacity 30.
 */
class E2sfcaTest {
    static final GeoPoint P1 = p(24.70, 41.57), P2 = p(24.75, 41.60);

    @Test
    void threeSettlementsTwoFacilitiesByHand() {
        FakeTravelTimes times = new FakeTravelTimes(List.of(PointAccess.DIRECT, PointAccess.DIRECT, PointAccess.DIRECT))
                .column(P1, 300, 900, 2000)
                .column(P2, 1500, 500, 1000);
        var region = TestRegions.region(List.of(settlement("S1", "M1", p(24.71, 41.58), 1000),
                        settlement("S2", "M1", p(24.72, 41.59), 500), settlement("S3", "M2", p(24.73, 41.61), 2000)),
                List.of(facility("F1", "rehabilitation", P1, 10), facility("F2", "rehabilitation", P2, 20)));
        AccessModel model = AccessModel.build(region, times, TravelMode.CAR, ProgressListener.NONE);
        CoverageResult r = new CoverageService().evaluate(model, CoverageRequest.of("rehabilitation", 1800));

        double r1 = 10.0 / 1340, r2 = 20.0 / 2080;
        assertThat(r.getSettlement("S1").e2sfcaPer1000()).isCloseTo(1000 * (r1 + 0.22 * r2), within(1e-9));
        assertThat(r.getSettlement("S2").e2sfcaPer1000()).isCloseTo(1000 * (0.68 * r1 + r2), within(1e-9));
        assertThat(r.getSettlement("S3").e2sfcaPer1000()).isCloseTo(1000 * 0.68 * r2, within(1e-9));
        assertThat(r.getSettlement("S1").e2sfcaPer1000()).isCloseTo(9.578071, within(1e-6));
        assertThat(r.getSettlement("S2").e2sfcaPer1000()).isCloseTo(14.690011, within(1e-6));
        assertThat(r.getSettlement("S3").e2sfcaPer1000()).isCloseTo(6.538462, within(1e-6));

        E2sfcaSummary summary = r.region().e2sfca();
        assertThat(summary.catchmentSeconds()).isEqualTo(1800);
        assertThat(summary.zoneWeights()).containsExactly(1.00, 0.68, 0.22);
        assertThat(summary.facilitiesWithCapacity()).isEqualTo(2);
        assertThat(summary.totalCapacity()).isEqualTo(30);
        assertThat(summary.meanPer1000()).isCloseTo(1000 * 30.0 / 3500, within(1e-9)); // all capacity shared out
        assertThat(summary.settlementsWithoutAccess()).isZero();
        assertThat(r.getMunicipality("M2").e2sfca().meanPer1000()).isCloseTo(1000 * 0.68 * r2, within(1e-9));
    }

    @Test
    void zoneEdgesBelongToTheInnerZone() {
        assertThat(E2sfca.weight(600, 1800)).isEqualTo(1.00);
        assertThat(E2sfca.weight(601, 1800)).isEqualTo(0.68);
        assertThat(E2sfca.weight(1200, 1800)).isEqualTo(0.68);
        assertThat(E2sfca.weight(1800, 1800)).isEqualTo(0.22);
        assertThat(E2sfca.weight(1801, 1800)).isEqualTo(0.0);
        assertThat(E2sfca.weight(FakeTravelTimes.X, 1800)).isEqualTo(0.0);
    }

    @Test
    void zoneWeightsAreTheGaussianAtTheInnerEdges() {
        double beta = Math.pow(2.0 / 3, 2) / Math.log(1 / 0.22); // d0 = 1
        assertThat(Math.exp(-Math.pow(1.0 / 3, 2) / beta)).isCloseTo(0.68, within(0.005));
        assertThat(Math.exp(-Math.pow(2.0 / 3, 2) / beta)).isCloseTo(0.22, within(1e-12));
    }
}
