package org.dostap.engine.coverage;

import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default uptake rates: the sourced ones say where they come from, the assumed one says it is an assumption. */
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
    void crisisDefaultIsDerivedFromThePublishedPlaces() {
        ServiceDemand d = ServiceDemand.of("crisis", "population", null);
        // 260 places in 25 crisis centres (MLSP, end of July 2019) / 6,951,482 residents (NSI, 31.12.2019) x 1,000, to three decimals
        assertThat(d.usersPer1000()).isEqualTo(Math.round(260 / 6951.482 * 1000) / 1000.0).isEqualTo(0.037);
        assertThat(d.source()).startsWith(ServiceDemand.PUBLISHED_PREFIX).contains("260 places").contains("6,951,482")
                .contains("zroussinova.com").contains("places, not users").doesNotContain("assumption");
        assertThat(ServiceDemand.DEFAULTS.get("crisis").assumed()).isFalse();
    }

    @Test
    void communitySupportDefaultIsLabelledAnAssumption() {
        ServiceDemand d = ServiceDemand.of("community-support", "population", null);
        assertThat(d.source()).startsWith("assumption");
        assertThat(ServiceDemand.DEFAULTS.get("community-support").assumed()).isTrue();
        assertThat(d.usersPer1000()).isEqualTo(5.0);
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
