package org.dostap.data.input;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dostap.data.input.InputFixtures.fixture;

/** Own data anywhere on Earth: no extent, the sanity rules instead. Fixtures in {@code sanity/} (see its README). */
class CoordinateSanityTest {
    private final UserRegionReader anywhere = new UserRegionReader(ServiceCatalog.defaults(), null, List.of());

    private static Path sanity(String name) { return fixture("sanity/" + name); }

    @Test
    void bosnianAndMacedonianSettlementsAreAccepted() {
        RegionData mostar = anywhere.read(sanity("settlements-mostar-quarters-test-fixture.csv"), sanity("facilities-mostar-test-fixture.csv"));
        assertThat(mostar.settlements()).hasSize(9);
        assertThat(mostar.facilities()).hasSize(2);
        RegionData macedonia = anywhere.read(sanity("settlements-north-macedonia-test-fixture.csv"),
                sanity("facilities-north-macedonia-test-fixture.csv"));
        assertThat(macedonia.settlements()).hasSize(5);
    }

    @Test
    void swappedLonLat() {
        Problem p = onlyProblem(sanity("settlements-swapped-lon-lat-mostar.csv"), sanity("facilities-mostar-test-fixture.csv"));
        assertThat(p.cell().file()).isEqualTo("settlements-swapped-lon-lat-mostar.csv");
        assertThat(p.cell().row()).isEqualTo(8); // data rows are numbered from 1
        assertThat(p.cell().column()).isEqualTo("lon,lat");
        assertThat(p.message()).startsWith("lon and lat look swapped: (43.334756, 17.8170189) lies")
                .contains("(17.8170189, 43.334756) lies among the others");
    }

    @Test
    void farFromOthers() {
        Problem p = onlyProblem(sanity("settlements-far-from-others-mostar.csv"), sanity("facilities-mostar-test-fixture.csv"));
        assertThat(p.cell().row()).isEqualTo(9);
        assertThat(p.message()).startsWith("coordinate far from all others: (17.8150144, 44.3364977) lies 109 km from the nearest");
    }

    @Test
    void mixedHemispheres() {
        Problem p = onlyProblem(sanity("settlements-mixed-hemispheres-mostar.csv"), sanity("facilities-mostar-test-fixture.csv"));
        assertThat(p.cell().row()).isEqualTo(6);
        assertThat(p.message()).startsWith("mixed hemispheres: (-17.8131066, 43.3421587)")
                .contains("western hemisphere and the others in the eastern", "minus sign too many in lon");
    }

    @Test
    void aFacilityFarFromEverySettlement() {
        Problem p = onlyProblem(sanity("settlements-mostar-quarters-test-fixture.csv"), sanity("facilities-far-from-settlements-mostar.csv"));
        assertThat(p.cell().file()).isEqualTo("facilities-far-from-settlements-mostar.csv");
        assertThat(p.cell().row()).isEqualTo(2);
        assertThat(p.message()).startsWith("coordinate far from all others: (18.4131, 43.8563) lies 74 km from the nearest");
    }

    @Test
    void tooFewPointsAreNotJudged() {
        assertThat(CoordinateSanity.check(List.of(new CoordinateSanity.Located("f", 2, new org.dostap.engine.common.GeoPoint(17.8, 43.3))),
                List.of(new org.dostap.engine.common.GeoPoint(-70, -30)))).isEmpty();
    }

    private Problem onlyProblem(Path settlements, Path facilities) {
        PlanningException e = catchThrowableOfType(PlanningException.class, () -> anywhere.read(settlements, facilities));
        assertThat(e).as("expected a refusal").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
