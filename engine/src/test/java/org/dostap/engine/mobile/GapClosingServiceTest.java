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

/** Beyond 30 min of the centre at BASE: V2 (200), V3 (300), V4 (50, too far), V5 (40, not connected). V1 is at 30 min exactly. */
class GapClosingServiceTest {
    private static MobileRequest template() {
        return new MobileRequest("community-support", teams(1, 240, 1), List.of(), 30 * 60, VisitFrequency.every(1),
                OnSiteTime.fixed(3600), 1, Map.of(), "");
    }

    @Test
    void aSecondTeamAddsNothingWhenOneReachesEveryoneReachable() {
        GapComparison c = new GapClosingService().compare(region(), travel(), template(), List.of("B0"), 2, List.of(1));
        assertThat(c.targetSettlements()).isEqualTo(4);
        assertThat(c.targetPopulation()).isEqualTo(590);
        assertThat(c.options()).extracting(MobileOption::teams, MobileOption::populationReached, MobileOption::marginalPopulationOfLastTeam)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 500, 500), org.assertj.core.groups.Tuple.tuple(2, 500, 0));
        // V2 + V3 in one day: 40 + 20 + 50 min driving + 2 h on site = 230 min
        assertThat(c.options().get(0).teamHours()).isEqualTo(230 / 60.0);
        // one more centre at V2 reaches V2 and V3 (20 min): 500 people; V3 ties, the smaller id wins
        assertThat(c.newCentre()).hasValueSatisfying(n -> {
            assertThat(n.settlementId()).isEqualTo("V2");
            assertThat(n.populationNewlyCovered()).isEqualTo(500);
            assertThat(n.settlementsNewlyCovered()).isEqualTo(2);
        });
    }

    @Test
    void coverageIsRescoredWithMobileVisits() {
        MobilePlan plan = new MobilePlanner().plan(region(), travel(), template());
        AccessRescore r = AccessRescore.of(region(), travel(), plan);
        assertThat(r.settlements()).extracting(RescoredSettlement::settlementId, RescoredSettlement::accessKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("V1", AccessKind.FIXED),
                        org.assertj.core.groups.Tuple.tuple("V2", AccessKind.MOBILE),
                        org.assertj.core.groups.Tuple.tuple("V3", AccessKind.MOBILE),
                        org.assertj.core.groups.Tuple.tuple("V4", AccessKind.NONE),
                        org.assertj.core.groups.Tuple.tuple("V5", AccessKind.NONE));
        assertThat(r.settlements().get(1).visitsPer4Weeks()).isEqualTo(4.0);
        assertThat(r.populationByKind()).containsEntry(AccessKind.FIXED, 100).containsEntry(AccessKind.MOBILE, 500)
                .containsEntry(AccessKind.NONE, 90);
    }

    @Test
    void unknownBasesAndNoTeamsAreReportedTogether() {
        assertThatThrownBy(() -> new GapClosingService().compare(region(), travel(), template(), List.of("B0", "X1"), 0, List.of(1)))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("no facility with id 'X1'").hasMessageContaining("compare at least 1 team");
    }
}
