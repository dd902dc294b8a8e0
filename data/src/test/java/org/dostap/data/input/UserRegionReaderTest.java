package org.dostap.data.input;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dostap.data.input.InputFixtures.fixture;

class UserRegionReaderTest {
    private static final BundledRegionStore BUNDLED = new BundledRegionStore();
    private final UserRegionReader reader = new UserRegionReader(ServiceCatalog.defaults(),
            RegionExtent.withMargin(BUNDLED.countryExtent(), 5_000), BUNDLED.country().municipalities());

    @Test
    void buildsARegionFromUserFiles() {
        RegionData region = reader.read(fixture("settlements-valid.csv"), fixture("facilities-valid.csv"));
        assertThat(region.code()).isEqualTo("user");
        assertThat(region.settlements()).hasSize(3);
        assertThat(region.facilities()).hasSize(3);
        assertThat(region.defaultPopulationColumn()).isEqualTo("population");
        assertThat(region.populationColumns()).containsExactly("population", "pop_2011");
        assertThat(region.municipalities()).extracting(AdminArea::code).containsExactlyInAnyOrder("SML31", "SML05", "SML02");
        assertThat(region.anyIllustrativeFacility()).isTrue();
    }

    @Test
    void reportsTheProblemsOfBothFilesTogether() {
        PlanningException e = catchThrowableOfType(PlanningException.class,
                () -> reader.read(fixture("settlements-duplicate-id.csv"), fixture("facilities-unknown-service.csv")));
        assertThat(e.problems()).extracting(p -> p.cell().file())
                .containsExactly("settlements-duplicate-id.csv", "facilities-unknown-service.csv");
    }

    @Test
    void replacesTheBundledIllustrativeFacilities() {
        RegionData sml = reader.readFacilitiesInto(BUNDLED.getRegion("SML"), fixture("facilities-valid.csv"));
        assertThat(sml.settlements()).hasSize(240);
        assertThat(sml.facilities()).hasSize(3);
        assertThat(sml.provenance()).doesNotContain("ILLUSTRATIVE").endsWith("Facilities from user file facilities-valid.csv.");
    }
}
