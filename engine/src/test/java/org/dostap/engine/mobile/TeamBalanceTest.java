package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Work shared between teams, on a hand-built star: every village 30 min from the base, 10 min from every other
 * village; 60 min on site unless said otherwise; 8-hour days (synthetic points, times from the table).
 */
class TeamBalanceTest {
    private static final GeoPoint BASE = new GeoPoint(24.70, 41.57);
    private static final List<String> IDS = List.of("A", "B", "C", "D", "E", "F");
    private final MobilePlanner planner = new MobilePlanner();

    private static List<GeoPoint> points() {
        List<GeoPoint> out = new ArrayList<>(List.of(BASE));
        for (int i = 0; i < IDS.size(); i++) out.add(new GeoPoint(24.71 + 0.01 * i, 41.58));
        return out;
    }

    private static TableTravelTimes travel() {
        int n = IDS.size() + 1;
        int[][] s = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) s[i][j] = i == j ? 0 : (i == 0 || j == 0 ? 30 : 10) * 60;
        return new TableTravelTimes(points(), s, Set.of());
    }

    private static RegionData region() {
        List<GeoPoint> pts = points();
        List<org.dostap.engine.region.Settlement> villages = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) villages.add(MobileFixtures.village(IDS.get(i), pts.get(i + 1), 300 - 40 * i));
        return new RegionData("TST", "Тест", "Test", villages,
                List.of(new Facility("B0", "Base centre", "community-support", BASE, 0, "TST01", FacilityStatus.EXISTING, true)),
                List.of(), Optional.empty(), ServiceCatalog.defaults(), List.of("population"), "hand-built star");
    }

    private MobilePlan plan(int teams, OnSiteTime onSite, String... ids) {
        return planner.plan(region(), travel(), new MobileRequest("community-support", MobileFixtures.teams(teams, 480, 1),
                List.of(ids), 0, VisitFrequency.every(1), onSite, 1, Map.of(), ""));
    }

    @Test
    void fourEqualVillagesTwoTeamsTwoEach() {
        // one team could do all four in one day (30 + 3 x 10 + 30 + 4 x 60 = 330 min); two teams: 2 each,
        // 30 + 10 + 30 + 2 x 60 = 190 min each
        MobilePlan plan = plan(2, OnSiteTime.fixed(3600), "A", "B", "C", "D");
        assertThat(plan.teamLoads()).extracting(TeamLoad::visits).containsExactly(2, 2);
        assertThat(plan.teamLoads()).extracting(TeamLoad::teamSeconds).containsExactly(190 * 60L, 190 * 60L);
        assertThat(plan.teamLoads()).extracting(TeamLoad::drivingSeconds).containsExactly(70 * 60L, 70 * 60L);
        assertThat(plan.teamBalance()).hasValue(1.0);
        assertThat(plan.totals().teamSeconds()).isEqualTo(380 * 60);
        assertThat(plan(1, OnSiteTime.fixed(3600), "A", "B", "C", "D").totals().teamSeconds()).isEqualTo(330 * 60);
    }

    @Test
    void theLongVisitGoesAloneWhereCheapestInsertionPacksOneTeam() {
        // A needs 4 h on site, B and C 1 h. The least team time is one team doing all three in one day
        // (30 + 240 + 10 + 60 + 10 + 60 + 30 = 440 min; the other team idle): what cheapest insertion alone gives.
        // Balanced: A alone (30 + 240 + 30 = 300 min), B and C together (30 + 60 + 10 + 60 + 30 = 190 min), better
        // than A with B (370 min) and C alone (120 min).
        OnSiteTime onSite = new OnSiteTime(3600, 0, Map.of("A", 240 * 60));
        assertThat(plan(1, onSite, "A", "B", "C").totals().teamSeconds()).isEqualTo(440 * 60);
        MobilePlan plan = plan(2, onSite, "A", "B", "C");
        assertThat(plan.unserved()).isEmpty();
        TeamDay alone = plan.days().stream().filter(d -> d.stops().size() == 1).findFirst().orElseThrow();
        assertThat(alone.stops().get(0).settlementId()).isEqualTo("A");
        assertThat(alone.stops().get(0).arrivalSeconds()).isEqualTo(30 * 60);
        assertThat(alone.stops().get(0).departureSeconds()).isEqualTo(270 * 60);
        assertThat(alone.dayLengthSeconds()).isEqualTo(300 * 60);
        assertThat(plan.teamLoads()).extracting(TeamLoad::teamSeconds).containsExactlyInAnyOrder(300 * 60L, 190 * 60L);
        assertThat(plan.teamBalance().getAsDouble()).isCloseTo(300.0 / 190, within(1e-9));
    }

    @Test
    void sixVillagesThreeTeamsTwoEach() {
        MobilePlan plan = plan(3, OnSiteTime.fixed(3600), "A", "B", "C", "D", "E", "F");
        assertThat(plan.teamLoads()).extracting(TeamLoad::visits).containsExactly(2, 2, 2);
        assertThat(plan.teamLoads()).extracting(TeamLoad::longestDaySeconds).containsExactly(190 * 60, 190 * 60, 190 * 60);
    }

    @Test
    void aTeamWithoutVisitsHasNoBalanceRatio() {
        MobilePlan plan = plan(2, OnSiteTime.fixed(3600), "A");
        assertThat(plan.teamLoads()).extracting(TeamLoad::visits).containsExactly(1, 0);
        assertThat(plan.teamBalance()).isEmpty();
    }

    @Test
    void theSamePlanTwice() {
        MobilePlan a = plan(3, OnSiteTime.fixed(2700), "A", "B", "C", "D", "E", "F"),
                b = plan(3, OnSiteTime.fixed(2700), "A", "B", "C", "D", "E", "F");
        assertThat(b.days()).isEqualTo(a.days());
        assertThat(b.served()).isEqualTo(a.served());
    }
}
