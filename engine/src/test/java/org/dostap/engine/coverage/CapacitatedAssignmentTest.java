package org.dostap.engine.coverage;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dostap.engine.coverage.TestRegions.facility;
import static org.dostap.engine.coverage.TestRegions.p;
import static org.dostap.engine.coverage.TestRegions.settlement;

/**
 * A hand-built region, standard 30 min (1800 s), 10 users per 1,000 residents:
 * <pre>
 *                    S1 (1000: 10 users)  S2 (500: 5)   S3 (2000: 20)
 *   F1 (12 places)    300                  900           2000 (beyond the standard)
 *   F2 (15 places)   1500                  500           1000
 * </pre>
 * Hand-solved: 35 users, 27 places, all within reach of someone: at most 27 served. F1 can only take S1 and S2 (15
 * users), so S1's 10 and 2 of S2 fill it; F2 takes S2's other 3 (500 s) and 12 of S3 (cheaper than S1 at 1500 s):
 * 18,300 user-seconds, S3 has 8 unserved. Nearest-first would send all of S2 to F2 (its nearest) and leave 2 places of
 * F1 empty (25 served).
 */
class CapacitatedAssignmentTest {
    static final org.dostap.engine.common.GeoPoint P1 = p(24.70, 41.57), P2 = p(24.75, 41.60);

    private static AccessModel model(int capacity1, int capacity2) {
        FakeTravelTimes times = new FakeTravelTimes(List.of(PointAccess.DIRECT, PointAccess.DIRECT, PointAccess.DIRECT))
                .column(P1, 300, 900, 2000)
                .column(P2, 1500, 500, 1000);
        var region = TestRegions.region(List.of(settlement("S1", "M1", p(24.71, 41.58), 1000),
                        settlement("S2", "M1", p(24.72, 41.59), 500), settlement("S3", "M2", p(24.73, 41.61), 2000)),
                List.of(facility("F1", "rehabilitation", P1, capacity1), facility("F2", "rehabilitation", P2, capacity2)));
        return AccessModel.build(region, times, TravelMode.CAR, ProgressListener.NONE);
    }

    @Test
    void occupancyAndUnservedUsersByHand() {
        CapacitatedAssignment.Result r = new CapacitatedAssignment().assign(model(12, 15), "rehabilitation", 1800,
                ServiceDemand.of("rehabilitation", "population", 10.0));
        assertThat(r.demandUnit()).isEqualTo("users");
        assertThat(r.optimality().status()).isEqualTo("exact");
        assertThat(r.optimality().gapServedPct()).isZero();
        assertThat(r.rule()).contains("split");
        assertThat(r.capacityUnit()).isEqualTo("places");
        assertThat(r.users()).isEqualTo(35);
        assertThat(r.places()).isEqualTo(27);
        assertThat(r.servedUsers()).isCloseTo(27, within(1e-9));
        assertThat(r.unservedUsers()).isCloseTo(8, within(1e-9));
        assertThat(r.centres()).extracting(CapacitatedAssignment.CentreOccupancy::assignedUsers).containsExactly(12.0, 15.0);
        assertThat(r.centres()).extracting(CapacitatedAssignment.CentreOccupancy::occupancy).containsExactly(1.0, 1.0);
        var s1 = r.settlements().get(0);
        var s2 = r.settlements().get(1);
        var s3 = r.settlements().get(2);
        assertThat(s1.unservedUsers()).isZero();
        assertThat(s1.shares()).containsExactly(new CapacitatedAssignment.Share("F1", 10, 300));
        assertThat(s2.shares()).containsExactlyInAnyOrder(new CapacitatedAssignment.Share("F1", 2, 900), new CapacitatedAssignment.Share("F2", 3, 500));
        assertThat(s3.servedUsers()).isCloseTo(12, within(1e-9));
        assertThat(s3.unservedUsers()).isCloseTo(8, within(1e-9));
        double userSeconds = r.settlements().stream().flatMap(s -> s.shares().stream()).mapToDouble(sh -> sh.users() * sh.travelTimeSeconds()).sum();
        assertThat(userSeconds).isCloseTo(18_300, within(1e-6));
    }

    @Test
    void enoughPlacesServeEveryoneWithinReach() {
        // 100 places each: S3 still only reaches F2; everyone is served, each at the nearest centre
        CapacitatedAssignment.Result r = new CapacitatedAssignment().assign(model(100, 100), "rehabilitation", 1800,
                ServiceDemand.of("rehabilitation", "population", 10.0));
        assertThat(r.unservedUsers()).isZero();
        assertThat(r.centres()).extracting(CapacitatedAssignment.CentreOccupancy::assignedUsers).containsExactly(10.0, 25.0);
    }

    @Test
    void singleSourceLeavesOutASettlementNoCentreCanHoldAndProvesItOptimal() {
        // single source, 12 and 15 places: S3's 20 users fit no centre (unserved, all of them); S1 (10) at F1, S2 (5) at F2
        // (F1 has 2 places left): 15 served, 10 x 300 + 5 x 500 = 5,500 user-seconds. The bound (split flow over the pairs
        // where the settlement fits) also serves 15 at 5,500: optimal. Split, the same region serves 27 (test above).
        CapacitatedAssignment.Result r = new CapacitatedAssignment().assign(model(12, 15), "rehabilitation", 1800,
                ServiceDemand.of("rehabilitation", "population", 10.0), true);
        assertThat(r.singleSource()).isTrue();
        assertThat(r.servedUsers()).isEqualTo(15);
        assertThat(r.settlements().get(2).shares()).isEmpty();
        assertThat(r.settlements().get(2).unservedUsers()).isEqualTo(20);
        assertThat(r.settlements().get(0).shares()).containsExactly(new CapacitatedAssignment.Share("F1", 10, 300));
        assertThat(r.settlements().get(1).shares()).containsExactly(new CapacitatedAssignment.Share("F2", 5, 500));
        assertThat(r.optimality().userSeconds()).isEqualTo(5_500);
        assertThat(r.optimality().boundServedUsers()).isEqualTo(15);
        assertThat(r.optimality().boundUserSeconds()).isEqualTo(5_500);
        assertThat(r.optimality().status()).isEqualTo("optimal");
        assertThat(r.centres()).extracting(CapacitatedAssignment.CentreOccupancy::freePlaces).containsExactly(2.0, 10.0);
    }

    @Test
    void singleSourceReportsItsGapToTheSplitBound() {
        // one centre of 10 places, two settlements of 6 users each: split serves 10 (exact), single source 6; the bound is
        // 10 users, gap 40 %
        FakeTravelTimes times = new FakeTravelTimes(List.of(PointAccess.DIRECT, PointAccess.DIRECT)).column(P1, 300, 600);
        var region = TestRegions.region(List.of(settlement("A", "M1", p(24.71, 41.58), 600), settlement("B", "M1", p(24.72, 41.59), 600)),
                List.of(facility("F1", "rehabilitation", P1, 10)));
        AccessModel model = AccessModel.build(region, times, TravelMode.CAR, ProgressListener.NONE);
        var split = new CapacitatedAssignment().assign(model, "rehabilitation", 1800, ServiceDemand.of("rehabilitation", "population", 10.0));
        assertThat(split.servedUsers()).isEqualTo(10);
        assertThat(split.settlements().get(1).servedUsers()).isEqualTo(4); // the nearer settlement A first: 6 x 300 + 4 x 600
        var single = new CapacitatedAssignment().assign(model, "rehabilitation", 1800, ServiceDemand.of("rehabilitation", "population", 10.0), true);
        assertThat(single.servedUsers()).isEqualTo(6);
        assertThat(single.settlements().get(0).servedUsers()).isEqualTo(6); // A, nearer, of the two equal ones
        assertThat(single.optimality().status()).isEqualTo("heuristic");
        assertThat(single.optimality().boundServedUsers()).isEqualTo(10);
        assertThat(single.optimality().gapServedPct()).isEqualTo(40);
        assertThat(single.optimality().boundUserSeconds()).isNull();
        assertThat(single.e2sfca().meanPlacesPer1000Users()).isCloseTo(10 * 1000 / 12.0, within(0.01)); // both in zone 1: 10 places / 12 users
    }

    @Test
    void zeroCapacityNegativeRateAndUnknownColumnAreNamed() {
        assertThatThrownBy(() -> new CapacitatedAssignment().assign(model(0, 15), "rehabilitation", 1800,
                ServiceDemand.of("rehabilitation", "pop_0_17", 10.0)))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).contains("centre F1").contains("no population column 'pop_0_17'");
                });
        assertThatThrownBy(() -> ServiceDemand.of("rehabilitation", "population", -1.0))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.getMessage()).contains("uptake rate").contains("-1.0"));
        assertThatThrownBy(() -> ServiceDemand.of("rehabilitation", "population", Double.NaN)).isInstanceOf(PlanningException.class);
    }
}
