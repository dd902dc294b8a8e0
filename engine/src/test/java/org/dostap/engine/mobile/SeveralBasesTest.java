package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several teams from several bases, on a hand-built valley (synthetic; minutes, the same both ways):
 * <pre>
 *   W1 -8- W2          E2 -8- E1
 *    10\  /15          15\  /10
 *        A ----50---- C ----50---- B        A-E 100/105, B-W 100/105, C to every village 45 (x1) or 50 (x2)
 * </pre>
 * One team: C has the least round-trip travel (2 x 190 = 380 min; A and B 460). Two teams: {A, B} (2 x 50 = 100 min;
 * {A, C} and {B, C} 240), each team visits the two villages of its side from its own base.
 */
class SeveralBasesTest {
    static final GeoPoint A = new GeoPoint(24.60, 41.57), B = new GeoPoint(24.80, 41.57), C = new GeoPoint(24.70, 41.57),
            W1 = new GeoPoint(24.58, 41.58), W2 = new GeoPoint(24.59, 41.56), E1 = new GeoPoint(24.82, 41.58), E2 = new GeoPoint(24.81, 41.56);
    static final List<GeoPoint> POINTS = List.of(A, B, C, W1, W2, E1, E2);
    private static final int[][] MINUTES = {
            // A   B    C   W1   W2   E1   E2
            {0, 100, 50, 10, 15, 100, 105},  // A
            {100, 0, 50, 100, 105, 10, 15},  // B
            {50, 50, 0, 45, 50, 45, 50},     // C
            {10, 100, 45, 0, 8, 95, 95},     // W1
            {15, 105, 50, 8, 0, 95, 95},     // W2
            {100, 10, 45, 95, 95, 0, 8},     // E1
            {105, 15, 50, 95, 95, 8, 0}};    // E2

    private final MobilePlanner planner = new MobilePlanner();

    static TableTravelTimes travel() {
        int[][] s = new int[MINUTES.length][MINUTES.length];
        for (int i = 0; i < s.length; i++) for (int j = 0; j < s.length; j++) s[i][j] = MINUTES[i][j] * 60;
        return new TableTravelTimes(POINTS, s, Set.of());
    }

    static RegionData region() {
        return new RegionData("TST", "Тест", "Test",
                List.of(MobileFixtures.village("W1", W1, 100), MobileFixtures.village("W2", W2, 200),
                        MobileFixtures.village("E1", E1, 300), MobileFixtures.village("E2", E2, 400)),
                List.of(centre("A", A), centre("B", B), centre("C", C)),
                List.of(), Optional.empty(), ServiceCatalog.defaults(), List.of("population"), "hand-built test region");
    }

    private static Facility centre(String id, GeoPoint p) {
        return new Facility(id, "Centre " + id, "community-support", p, 0, "TST01", FacilityStatus.EXISTING, true);
    }

    private static MobileRequest request(MobileTeams teams) {
        return new MobileRequest("community-support", teams, List.of("W1", "W2", "E1", "E2"), 0, VisitFrequency.every(1),
                OnSiteTime.fixed(3600), 1, Map.of(), "");
    }

    private static MobileTeams teams(String base, int count) { return new MobileTeams(base, count, 8 * 3600, 1, null); }

    @Test
    void oneTeamStartsFromTheCentreWithTheLeastTravel() {
        MobilePlan plan = planner.plan(region(), travel(), request(teams("", 1)));
        assertThat(plan.base().id()).isEqualTo("C");
        assertThat(plan.baseChoice().options()).extracting(BaseChooser.BaseOption::roundTripSecondsTotal)
                .containsExactly(380L * 60, 460L * 60, 460L * 60);
        assertThat(plan.teamBases()).extracting(t -> t.base().id()).containsExactly("C");
        assertThat(plan.severalBases()).isFalse();
    }

    @Test
    void twoTeamsByDefaultStartFromTwoBasesEachVisitingItsOwnSide() {
        MobilePlan plan = planner.plan(region(), travel(), request(teams("", 2)));
        assertThat(plan.baseChoice().teamBases()).containsExactly("A", "B");
        assertThat(plan.baseChoice().teamBasesSecondsTotal()).isEqualTo(100L * 60); // 2 x (10 + 15 + 10 + 15)
        assertThat(plan.baseChoice().baseFacilityId()).isEqualTo("C");             // the best single base, for comparison
        // both plans made: A + B (2 days of 153 min) against both teams at C (2 days of 45 + 8 + 50 + 120 = 223 min)
        assertThat(plan.baseChoice().compared()).extracting(a -> a.teamBases() + ":" + a.teamSeconds() / 60 + ":" + a.chosen())
                .containsExactly("[A, B]:306:true", "[C, C]:446:false");
        assertThat(plan.severalBases()).isTrue();
        assertThat(plan.teamBases()).extracting(t -> t.team() + ":" + t.base().id() + ":" + t.settlementsAssigned())
                .containsExactly("1:A:2", "2:B:2");
        assertThat(plan.days()).hasSize(2);
        TeamDay west = plan.days().get(0), east = plan.days().get(1);
        assertThat(west.team()).isEqualTo(1);
        assertThat(west.stops()).extracting(Stop::settlementId).containsExactlyInAnyOrder("W1", "W2");
        // A -> W1 -> W2 -> A or the reverse: 10 + 8 + 15 = 33 min driving, 2 h on site
        assertThat(west.drivingSeconds()).isEqualTo(33 * 60);
        assertThat(west.dayLengthSeconds()).isEqualTo(153 * 60);
        assertThat(west.geometry().getCoordinateN(0).x).isEqualTo(A.lon());
        assertThat(east.team()).isEqualTo(2);
        assertThat(east.stops()).extracting(Stop::settlementId).containsExactlyInAnyOrder("E1", "E2");
        assertThat(east.geometry().getCoordinateN(0).x).isEqualTo(B.lon());
        assertThat(east.geometry().getCoordinateN(east.geometry().getNumPoints() - 1).x).isEqualTo(B.lon());
        assertThat(plan.served()).extracting(s -> s.settlementId() + ":" + s.team())
                .containsExactly("E1:2", "E2:2", "W1:1", "W2:1");
        assertThat(plan.totals().populationServed()).isEqualTo(1000);
        assertThat(plan.totals().drivingSeconds()).isEqualTo(66 * 60);
        assertThat(plan.teamLoads()).extracting(TeamLoad::visits).containsExactly(2, 2);
    }

    @Test
    void basesGivenPerTeamAreKeptInTeamOrder() {
        MobilePlan plan = planner.plan(region(), travel(), request(teams("", 2).withTeamBases(List.of("B", "A"))));
        assertThat(plan.baseChoice()).isNull();
        assertThat(plan.teamBases()).extracting(t -> t.base().id()).containsExactly("B", "A");
        assertThat(plan.served()).extracting(s -> s.settlementId() + ":" + s.team())
                .containsExactly("E1:1", "E2:1", "W1:2", "W2:2");
        assertThat(plan.request().teams().basesPerTeam()).containsExactly("B", "A");
    }

    @Test
    void oneBaseForEveryTeamStillBalancesTheTeamsThere() {
        MobilePlan plan = planner.plan(region(), travel(), request(teams("C", 2)));
        assertThat(plan.severalBases()).isFalse();
        assertThat(plan.teamBases()).extracting(t -> t.base().id()).containsExactly("C", "C");
        assertThat(plan.totals().settlementsServed()).isEqualTo(4);
    }

    @Test
    void aBaseThatIsNotAFacilityAndAWrongCountAreNamed() {
        assertThatThrownBy(() -> planner.plan(region(), travel(), request(teams("", 2).withTeamBases(List.of("A", "NOPE")))))
                .isInstanceOf(PlanningException.class).hasMessageContaining("no facility with id 'NOPE'");
        assertThatThrownBy(() -> request(teams("", 3).withTeamBases(List.of("A", "B"))))
                .isInstanceOf(PlanningException.class).hasMessageContaining("3 teams, 2 bases");
    }
}
