package org.dostap.engine.mobile;

import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dostap.engine.mobile.MobileFixtures.region;
import static org.dostap.engine.mobile.MobileFixtures.teams;
import static org.dostap.engine.mobile.MobileFixtures.travel;

class MobilePlannerTest {
    private final MobilePlanner planner = new MobilePlanner();

    private static MobileRequest request(MobileTeams teams, int weeks, int horizon, String... ids) {
        return new MobileRequest("community-support", teams, List.of(ids), 0, VisitFrequency.every(weeks),
                OnSiteTime.fixed(3600), horizon, Map.of(), "");
    }

    @Test
    void threeVillagesOneTeamFollowTheShortestOrder() {
        MobilePlan plan = planner.plan(region(), travel(), request(teams(1, 480, 1), 1, 1, "V3", "V1", "V2"));
        assertThat(plan.days()).hasSize(1);
        TeamDay day = plan.days().get(0);
        // BASE -30-> V1 -15-> V2 -20-> V3 -50-> BASE: 115 min driving + 3 x 60 min on site = 295 min
        assertThat(day.stops()).extracting(Stop::settlementId).containsExactly("V1", "V2", "V3");
        assertThat(day.stops()).extracting(Stop::arrivalSeconds).containsExactly(30 * 60, 105 * 60, 185 * 60);
        assertThat(day.stops()).extracting(Stop::departureSeconds).containsExactly(90 * 60, 165 * 60, 245 * 60);
        assertThat(day.dayLengthSeconds()).isEqualTo(295 * 60);
        assertThat(day.drivingSeconds()).isEqualTo(115 * 60);
        assertThat(day.geometry().getNumPoints()).isEqualTo(5);
        assertThat(plan.totals().populationServed()).isEqualTo(600);
        assertThat(plan.unserved()).isEmpty();
        assertThat(plan.facilitiesIllustrative()).isTrue();
    }

    @Test
    void aFullDayLeavesTheSmallestVillageOutForCapacity() {
        // 4 h: all three need 295 min; V2+V3 need 40+20+50+120 = 230 min and serve the most people.
        MobilePlan plan = planner.plan(region(), travel(), request(teams(1, 240, 1), 1, 1, "V1", "V2", "V3"));
        assertThat(plan.served()).extracting(ServedSettlement::settlementId).containsExactly("V2", "V3");
        assertThat(plan.days().get(0).dayLengthSeconds()).isEqualTo(230 * 60);
        assertThat(plan.unserved()).singleElement().satisfies(u -> {
            assertThat(u.settlementId()).isEqualTo("V1");
            assertThat(u.reason()).isEqualTo(UnservedReason.CAPACITY_EXHAUSTED);
        });
    }

    @Test
    void tooFarAndNotConnectedAreReportedWithTheirReasons() {
        MobilePlan plan = planner.plan(region(), travel(), request(teams(1, 480, 5), 1, 1, "V1", "V4", "V5"));
        assertThat(plan.served()).extracting(ServedSettlement::settlementId).containsExactly("V1");
        assertThat(plan.unserved()).extracting(UnservedSettlement::settlementId, UnservedSettlement::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("V4", UnservedReason.TOO_FAR_FOR_A_DAY),
                        org.assertj.core.groups.Tuple.tuple("V5", UnservedReason.NOT_CONNECTED));
        assertThat(plan.unserved().get(0).message()).contains("9 h 00 min").contains("8 h 00 min");
    }

    @Test
    void defaultTargetsAreTheInhabitedSettlementsBeyondTheThreshold() {
        MobileRequest r = new MobileRequest("community-support", teams(1, 480, 5), List.of(), 30 * 60,
                VisitFrequency.every(1), OnSiteTime.fixed(3600), 1, Map.of(), "");
        MobilePlan plan = planner.plan(region(), travel(), r);
        // V1 is exactly 30 min from the centre: covered. V2, V3 served; V4 too far; V5 not connected.
        assertThat(plan.served()).extracting(ServedSettlement::settlementId).containsExactly("V2", "V3");
        assertThat(plan.unserved()).extracting(UnservedSettlement::settlementId).containsExactlyInAnyOrder("V4", "V5");
    }

    @Test
    void everySettlementIsVisitedHorizonOverKTimesKWeeksApart() {
        MobileRequest r = new MobileRequest("community-support", teams(2, 240, 2), List.of("V1", "V2", "V3"), 0,
                new VisitFrequency(2, Map.of("V3", 4), List.of()), OnSiteTime.fixed(3600), 8, Map.of(), "");
        MobilePlan plan = planner.plan(region(), travel(), r);
        assertThat(plan.unserved()).isEmpty();
        Map<String, Integer> expected = Map.of("V1", 2, "V2", 2, "V3", 4);
        for (var e : expected.entrySet()) {
            List<int[]> visits = plan.days().stream().flatMap(d -> d.stops().stream()
                    .filter(s -> s.settlementId().equals(e.getKey())).map(s -> new int[]{d.week(), d.day(), d.team()})).toList();
            assertThat(visits).as(e.getKey()).hasSize(8 / e.getValue());
            for (int i = 1; i < visits.size(); i++) {
                assertThat(visits.get(i)[0] - visits.get(i - 1)[0]).isEqualTo(e.getValue());
                assertThat(visits.get(i)[1]).isEqualTo(visits.get(0)[1]);
                assertThat(visits.get(i)[2]).isEqualTo(visits.get(0)[2]);
            }
        }
        assertThat(plan.totals().visits()).isEqualTo(4 + 4 + 2);
    }

    @Test
    void aTimeWindowChangesTheOrder() {
        // V3 must be visited within the first hour: V3 (50) -> V2 (20) -> V1 (25) -> BASE (30) = 125 + 180 = 305 min,
        // better than V3 -> V1 -> V2 (50 + 35 + 15 + 40 = 140 + 180 = 320 min).
        MobileRequest r = new MobileRequest("community-support", teams(1, 600, 1), List.of("V1", "V2", "V3"), 0,
                VisitFrequency.every(1), OnSiteTime.fixed(3600), 1, Map.of("V3", new TimeWindow(0, 3600)), "");
        TeamDay day = planner.plan(region(), travel(), r).days().get(0);
        assertThat(day.stops()).extracting(Stop::settlementId).containsExactly("V3", "V2", "V1");
        assertThat(day.dayLengthSeconds()).isEqualTo(305 * 60);
    }

    @Test
    void theDefaultWindowMakesTheTeamWait() {
        // Visits start from 60 min into the day. V1 -> V2: arrive V1 at 30, wait, visit 60-120, V2 at 135-195,
        // back at 195 + 40 = 235. V2 -> V1 also ends at 235 (arrive 40, wait to 60, V1 at 145-205, back 235) but
        // drives 95 min instead of 85: the tie goes to less driving.
        MobileRequest r = new MobileRequest("community-support", teams(1, 600, 1), List.of("V1", "V2"), 0,
                VisitFrequency.every(1), OnSiteTime.fixed(3600), 1, Map.of(), "", new TimeWindow(3600, 600 * 60));
        TeamDay day = planner.plan(region(), travel(), r).days().get(0);
        assertThat(day.stops()).extracting(Stop::settlementId).containsExactly("V1", "V2");
        assertThat(day.stops()).extracting(Stop::arrivalSeconds).containsExactly(30 * 60, 135 * 60);
        assertThat(day.stops()).extracting(Stop::startSeconds).containsExactly(60 * 60, 135 * 60);
        assertThat(day.stops()).extracting(Stop::departureSeconds).containsExactly(120 * 60, 195 * 60);
        assertThat(day.dayLengthSeconds()).isEqualTo(235 * 60);
        assertThat(day.drivingSeconds()).isEqualTo(85 * 60);
    }

    @Test
    void aSettlementsOwnWindowAndTimeOnSiteOverrideTheDefaults() {
        // V2 only from 120 min, 30 min on site; V1 60 min on site from the default all-day window.
        // V1 30-90, V2 arrive 105, wait, 120-150, back 190.
        MobileRequest r = new MobileRequest("community-support", teams(1, 600, 1), List.of("V1", "V2"), 0,
                VisitFrequency.every(1), new OnSiteTime(3600, 0, Map.of("V2", 1800)), 1,
                Map.of("V2", new TimeWindow(120 * 60, 180 * 60)), "");
        TeamDay day = planner.plan(region(), travel(), r).days().get(0);
        assertThat(day.stops()).extracting(Stop::settlementId).containsExactly("V1", "V2");
        assertThat(day.stops()).extracting(Stop::startSeconds).containsExactly(30 * 60, 120 * 60);
        assertThat(day.dayLengthSeconds()).isEqualTo(190 * 60);
    }

    @Test
    void aWindowNoDayCanMeetIsAReason() {
        // V3 is 50 min away: a window closing at 20 min cannot be met.
        MobileRequest r = new MobileRequest("community-support", teams(1, 480, 1), List.of("V1", "V3"), 0,
                VisitFrequency.every(1), OnSiteTime.fixed(3600), 1, Map.of("V3", new TimeWindow(0, 1200)), "");
        MobilePlan plan = planner.plan(region(), travel(), r);
        assertThat(plan.unserved()).singleElement().satisfies(u -> {
            assertThat(u.settlementId()).isEqualTo("V3");
            assertThat(u.message()).contains("time window");
        });
    }

    @Test
    void aDayShorterThanTheNearestVisitIsRefused() {
        // Nearest is V1: 30 + 60 + 30 = 120 min.
        assertThatThrownBy(() -> planner.plan(region(), travel(), request(teams(1, 100, 5), 1, 1, "V1", "V2")))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("shorter than the nearest visit").hasMessageContaining("V1").hasMessageContaining("2 h 00 min");
    }

    @Test
    void badRequestsListEveryProblem() {
        assertThatThrownBy(() -> request(teams(0, 480, 5), 6, 4))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("teams: must be 1 to 50 teams, got 0")
                .hasMessageContaining("every 6 weeks is longer than the planning horizon of 4 weeks");
        assertThatThrownBy(() -> request(teams(1, 480, 5), 3, 4))
                .isInstanceOf(PlanningException.class).hasMessageContaining("not a multiple");
    }

    @Test
    void unknownBaseAndSettlementAreNamed() {
        MobileTeams t = new MobileTeams("NOPE", 1, 480 * 60, 5, null);
        assertThatThrownBy(() -> planner.plan(region(), travel(), request(t, 1, 1, "V1", "V9")))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("no facility with id 'NOPE'").hasMessageContaining("no settlement with id 'V9'");
        MobileRequest r = new MobileRequest("community-support", teams(1, 480, 1), List.of("V1"), 0,
                new VisitFrequency(1, Map.of("W1", 1), List.of()), new OnSiteTime(60, 0, Map.of("W2", 60)), 1, Map.of(), "");
        assertThatThrownBy(() -> planner.plan(region(), travel(), r)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("visit interval for unknown settlement 'W1'").hasMessageContaining("time on site for unknown settlement 'W2'");
    }
}
