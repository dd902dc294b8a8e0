package org.dostap.engine.coverage;

import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default uptake rates: the sourced one says where it comes from, the assumed ones say they are assumptions. */
class ServiceDemandTest {

    @Test
    void rehabilitationDefaultIsDerivedFromThePublishedFigures() {
        ServiceDemand d = ServiceDemand.of("rehabilitation", "population", null);
        // 4,817 users (Social Assistance Agency, 31.12.2021) / 6,519,789 residents (Census 2021) x 1,000, to two decimals
        assertThat(d.usersPer1000()).isEqualTo(Math.round(4817 / 6519.789 * 100) / 100.0).isEqualTo(0.74);
        assertThat(d.source()).startsWith(ServiceDemand.PUBLISHED_PREFIX).contains("4,817").contains("6,519,789")
                .contains("https://265obshtini.bg/map/194").doesNotContain("assumption");
        assertThat(ServiceDemand.DEFAULTS.get("rehabilitation").assumed()).isFalse();
    }

    @Test
    void communitySupportAndCrisisDefaultsAreLabelledAssumptions() {
        for (String service : new String[]{"community-support", "crisis"}) {
            ServiceDemand d = ServiceDemand.of(service, "population", null);
            assertThat(d.source()).as(service).startsWith("assumption");
            assertThat(ServiceDemand.DEFAULTS.get(service).assumed()).as(service).isTrue();
        }
        assertThat(ServiceDemand.of("community-support", "population", null).usersPer1000()).isEqualTo(5.0);
        assertThat(ServiceDemand.of("crisis", "population", null).usersPer1000()).isEqualTo(0.3);
    }

    @Test
    void aGivenRateWinsAndAServiceWithoutDefaultNeedsOne() {
        assertThat(ServiceDemand.of("rehabilitation", "pop_0_17", 3.0)).isEqualTo(new ServiceDemand("pop_0_17", 3.0, "given by the user"));
        assertThat(ServiceDemand.hasDefault("mobile")).isFalse();
        assertThat(ServiceDemand.hasDefault(null)).isFalse();
        assertThatThrownBy(() -> ServiceDemand.of("mobile", "population", null)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("'mobile'").hasMessageContaining("per 1,000");
    }
}
