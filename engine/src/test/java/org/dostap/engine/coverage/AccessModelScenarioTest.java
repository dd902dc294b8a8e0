package org.dostap.engine.coverage;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dostap.engine.coverage.TestRegions.facility;
import static org.dostap.engine.coverage.TestRegions.p;
import static org.dostap.engine.coverage.TestRegions.settlement;

/**
 * Same times as {@link CoverageServiceTest} plus two more points a scenario can move to or open at:
 * <pre>
 *              A     B     C     D (not connected)
 *   P1 (F1)   600  1200  2400   -
 *   P2 (F2)  3000   900  4000   -
 *   P3       3000  2000  1000   -
 *   P4        100   100   100   -
 * </pre>
 */
class AccessModelScenarioTest {
    static final GeoPoint P1 = p(24.70, 41.57), P2 = p(24.75, 41.60), P3 = p(24.80, 41.62), P4 = p(24.81, 41.63);
    FakeTravelTimes times;
    AccessModel baseline;
    final CoverageService service = new CoverageService();
    final CoverageRequest at30 = CoverageRequest.of("community-support", 1800);

    @BeforeEach
    void setUp() {
        times = new FakeTravelTimes(List.of(PointAccess.DIRECT, PointAccess.DIRECT, PointAccess.DIRECT,
                PointAccess.notConnected(2500)))
                .column(P1, 600, 1200, 2400, 0).column(P2, 3000, 900, 4000, 0)
                .column(P3, 3000, 2000, 1000, 0).column(P4, 100, 100, 100, 0);
        var region = TestRegions.region(List.of(
                        settlement("A", "M1", p(24.71, 41.58), 100), settlement("B", "M1", p(24.72, 41.59), 200),
                        settlement("C", "M2", p(24.73, 41.61), 300), settlement("D", "M2", p(24.74, 41.62), 400)),
                List.of(facility("F1", "community-support", P1, 0), facility("F2", "community-support", P2, 0)));
        baseline = AccessModel.build(region, times, TravelMode.CAR, ProgressListener.NONE);
    }

    @Test
    void movingOneFacilityComputesOneColumnAndChangesExactlyTheExpectedSettlements() {
        CoverageResult before = service.evaluate(baseline, at30);
        assertThat(times.columnCalls).hasValue(2);

        AccessModel moved = baseline.withEdits(List.of(new ScenarioEdit.MoveFacility("F2", P3)));
        assertThat(times.columnCalls).hasValue(3); // only F2's new column
        CoverageResult after = service.evaluate(moved, at30);

        // A unchanged; B: F2 900 -> F1 1200 (still covered); C: F1 2400 -> F2 1000 (now covered); D: no time
        assertThat(changed(before, after)).containsExactly("B", "C");
        assertThat(after.getSettlement("B").getService("community-support").nearestFacilityId()).isEqualTo("F1");
        assertThat(after.getSettlement("B").getService("community-support").travelTimeSeconds()).isEqualTo(1200);
        assertThat(after.getSettlement("C").getService("community-support").covered()).isTrue();
        assertThat(after.region().getThreshold(1800).coveredSettlements()).isEqualTo(3);

        // the baseline is untouched: same model, same result as before the edit
        assertThat(service.evaluate(baseline, at30)).isEqualTo(before);
        assertThat(baseline.region().getFacility("F2").location()).isEqualTo(P2);
        assertThat(before.region().getThreshold(1800).coveredSettlements()).isEqualTo(2);

        // moving back reuses the cached baseline column: no new search
        baseline.withEdits(List.of(new ScenarioEdit.MoveFacility("F2", P2)));
        assertThat(times.columnCalls).hasValue(3);
    }

    @Test
    void addingAFacilityComputesOneColumnAndClosingOrCapacityComputesNone() {
        AccessModel added = baseline.withEdits(List.of(new ScenarioEdit.AddFacility("N1", "New centre",
                "community-support", P4, 25, "M2", FacilityStatus.PLANNED)));
        assertThat(times.columnCalls).hasValue(3);
        CoverageResult r = service.evaluate(added, at30);
        assertThat(r.getSettlement("C").getService("community-support").nearestFacilityId()).isEqualTo("N1");
        assertThat(r.region().getThreshold(900).coveredSettlements()).isEqualTo(3);

        AccessModel closed = baseline.withEdits(List.of(new ScenarioEdit.CloseFacility("F1"),
                new ScenarioEdit.SetCapacity("F2", 40)));
        assertThat(times.columnCalls).hasValue(3);
        CoverageResult c = service.evaluate(closed, at30);
        assertThat(c.getSettlement("A").getService("community-support").travelTimeSeconds()).isEqualTo(3000);
        assertThat(c.region().e2sfca().totalCapacity()).isEqualTo(40);
        assertThat(service.evaluate(baseline, at30).region().e2sfca()).isNull();
    }

    @Test
    void badEditsChangeNothing() {
        assertThatThrownBy(() -> baseline.withEdits(List.of(new ScenarioEdit.MoveFacility("nope", P3),
                new ScenarioEdit.CloseFacility("also-nope"))))
                .isInstanceOf(PlanningException.class)
                .satisfies(e -> assertThat(((PlanningException) e).problems()).hasSize(2));
        assertThat(times.columnCalls).hasValue(2);
        assertThat(baseline.region().facilities()).hasSize(2);
    }

    @Test
    void matrixAndColumnsFollowTheRegionOrder() {
        assertThat(baseline.matrix().originCount()).isEqualTo(4);
        assertThat(baseline.matrix().seconds(2, 1)).isEqualTo(4000);
        assertThat(baseline.travelTimesSeconds("F1")).containsExactly(600, 1200, 2400, FakeTravelTimes.X);
        assertThatThrownBy(() -> baseline.travelTimesSeconds("F9")).isInstanceOf(PlanningException.class);
    }

    private static List<String> changed(CoverageResult a, CoverageResult b) {
        return a.settlements().stream()
                .filter(s -> !s.equals(b.getSettlement(s.settlementId())))
                .map(SettlementAccess::settlementId).toList();
    }
}
