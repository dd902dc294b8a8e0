package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The line of {@link SmallInstancesTest}: A, B, C in municipality M1 (1 person each), D (3) and E (1) in M2; standard 1. */
class InterMunicipalNetworkTest {
    static final List<String> MUNICIPALITY = List.of("M1", "M1", "M1", "M2", "M2");
    static final SolveOptions OPTIONS = SolveOptions.defaults().withTimeLimitSeconds(10);

    static InterMunicipalNetwork.Request request(LocationInstance inst, int sites, Set<String> partners, double share,
                                                 boolean hostsOnlyAmongPartners) {
        return new InterMunicipalNetwork.Request(inst, MUNICIPALITY, MUNICIPALITY, sites, 1, partners, share, hostsOnlyAmongPartners, 1000);
    }

    @Test
    void twoHostsCoverEveryoneAndShareTheCostByPopulationServed() {
        InterMunicipalNetwork.Result r = new InterMunicipalNetwork().solve(
                request(SmallInstancesTest.line(1, 1, 1, 1, 3, 1).build(), 2, Set.of(), 0.5, false), OPTIONS);
        assertThat(r.solution().objective()).isEqualTo(7);
        assertThat(r.solution().sites()).contains(1);
        assertThat(r.municipalities()).extracting(InterMunicipalNetwork.MunicipalShare::municipality).containsExactly("M1", "M2");
        InterMunicipalNetwork.MunicipalShare m1 = r.municipalities().get(0), m2 = r.municipalities().get(1);
        assertThat(m1.populationWithinStandard()).isEqualTo(3);
        assertThat(m1.costEur()).isCloseTo(2000 * 3 / 7.0, within(1e-6));
        assertThat(m2.costEur()).isCloseTo(2000 * 4 / 7.0, within(1e-6));
        // D or E first: it newly covers D and E (4 people); then B covers A, B, C (3)
        assertThat(r.contributions()).hasSize(2);
        assertThat(r.contributions().get(0).populationAdded()).isEqualTo(4);
        assertThat(r.contributions().get(0).settlementsNewlyCovered()).containsExactlyInAnyOrder("D", "E");
        assertThat(r.contributions().get(1).siteId()).isEqualTo("B");
        assertThat(r.contributions().get(1).settlementsNewlyCovered()).containsExactlyInAnyOrder("A", "B", "C");
    }

    @Test
    void oneHostCannotGiveBothPartnersHalf() {
        assertThatThrownBy(() -> new InterMunicipalNetwork().solve(
                request(SmallInstancesTest.line(1, 1, 1, 1, 3, 1).build(), 1, Set.of(), 0.5, false), OPTIONS))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE))
                .hasMessageContaining("No 1 hosts give every partner municipality 50% of its population within 1");
    }

    @Test
    void aPartnerNoHostCanReachIsNamed() {
        LocationInstance inst = SmallInstancesTest.line(1, 1, 1, 1, 3, 1).closed(3, 4).build();
        assertThatThrownBy(() -> new InterMunicipalNetwork().solve(request(inst, 2, Set.of(), 0.5, false), OPTIONS))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INFEASIBLE))
                .hasMessageContaining("municipality M2: only 0 of 4 people (0%) can be within 1 of any allowed host; the required share is 50%");
    }

    @Test
    void hostsOnlyAmongPartners() {
        // partner M1 only: D and E may not host, M2's people do not count; B covers A, B, C
        InterMunicipalNetwork.Result r = new InterMunicipalNetwork().solve(
                request(SmallInstancesTest.line(1, 1, 1, 1, 3, 1).build(), 1, Set.of("M1"), 1.0, true), OPTIONS);
        assertThat(r.solution().sites()).containsExactly(1);
        assertThat(r.solution().objective()).isEqualTo(3);
        assertThat(r.municipalities()).hasSize(1);
        assertThat(r.municipalities().get(0).costShare()).isEqualTo(1.0);
    }

    @Test
    void partnersPayOnlyForTheCentresThatServeThem() {
        // line A B C | D E (standard 1). Existing centres at A (M1) and E (M2) are kept; partner M1 only, hosts among
        // partners, 1 new site. M2's people do not count, so E serves no partner settlement and is not charged: A and the
        // new site C or B are. Charged: 2 x 1000 = 2000 EUR, all to M1 (the only partner). Before the fix: 3 x 1000.
        LocationInstance inst = SmallInstancesTest.line(1, 1, 1, 1, 3, 1).fixedOpen(0, 4).build();
        InterMunicipalNetwork.Result r = new InterMunicipalNetwork().solve(request(inst, 3, Set.of("M1"), 0, true), OPTIONS);
        assertThat(r.solution().sites()).contains(0, 4).hasSize(3);
        assertThat(r.costBasis().siteIdsCharged()).hasSize(2).contains("A").doesNotContain("E");
        assertThat(r.costBasis().totalCostEur()).isEqualTo(2000);
        assertThat(r.municipalities()).hasSize(1);
        assertThat(r.municipalities().get(0).costEur()).isEqualTo(2000);
    }

    @Test
    void aCentreOutsideThePartnershipServingAPartnerSettlementIsCharged() {
        // partner M2 only, hosts anywhere, existing centre at C (M1) kept, 0 new sites... D (3 people, M2) is 1 from C:
        // C serves a partner settlement, so it is charged although it is hosted outside the partnership.
        LocationInstance inst = SmallInstancesTest.line(1, 1, 1, 1, 3, 1).fixedOpen(2).build();
        InterMunicipalNetwork.Result r = new InterMunicipalNetwork().solve(request(inst, 1, Set.of("M2"), 0, false), OPTIONS);
        assertThat(r.costBasis().siteIdsCharged()).containsExactly("C");
        assertThat(r.costBasis().totalCostEur()).isEqualTo(1000);
    }
}
