package org.dostap.data.input;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.Problem;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dostap.data.input.InputFixtures.SMOLYAN;
import static org.dostap.data.input.InputFixtures.fixture;
import static org.dostap.data.input.InputFixtures.problemsOf;

class FacilityFileReaderTest {
    private final FacilityFileReader reader = new FacilityFileReader(ServiceCatalog.defaults(), SMOLYAN);

    @Test
    void readsAValidCsv() {
        List<Facility> facilities = reader.read(fixture("facilities-valid.csv"));
        assertThat(facilities).containsExactly(
                new Facility("csc-devin", "ЦОП Девин", "community-support", new GeoPoint(24.391539, 41.742911), 23, "SML09",
                        FacilityStatus.EXISTING, true),
                new Facility("crisis-smolyan", "Кризисен център Смолян", "crisis", new GeoPoint(24.710126, 41.574406), 0, "SML31",
                        FacilityStatus.PLANNED, false),
                new Facility("candidate-borino", "Борино", "community-support", new GeoPoint(24.293031, 41.684048), 0, "SML05",
                        FacilityStatus.CANDIDATE, false));
    }

    @Test
    void readsGeoJsonTakingTheFeatureIdWhenThereIsNoIdProperty() {
        assertThat(reader.read(fixture("facilities-valid.geojson"))).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("csc-devin");
            assertThat(f.capacity()).isEqualTo(23);
            assertThat(f.location()).isEqualTo(new GeoPoint(24.391539, 41.742911));
        });
    }

    @Test
    void unknownServiceType() {
        assertThat(problemsOf(() -> reader.read(fixture("facilities-unknown-service.csv")))).containsExactly(
                Problem.inCell("facilities-unknown-service.csv", 2, "service",
                        "unknown service type 'day-care'; known types: community-support, crisis, rehabilitation, mobile"));
    }

    @Test
    void unknownStatusAndNegativeCapacity() {
        assertThat(problemsOf(() -> reader.read(fixture("facilities-unknown-status.csv")))).containsExactly(
                Problem.inCell("facilities-unknown-status.csv", 1, "status", "unknown status 'closed'; use existing, planned or candidate"));
        assertThat(problemsOf(() -> reader.read(fixture("facilities-negative-capacity.csv")))).containsExactly(
                Problem.inCell("facilities-negative-capacity.csv", 1, "capacity", "must not be negative: -20"));
    }

    @Test
    void badGeometryIsReportedWithTheFeatureIndex() {
        assertThat(problemsOf(() -> reader.read(fixture("facilities-bad-geometry.geojson")))).containsExactly(
                Problem.inCell("facilities-bad-geometry.geojson", 2, "geometry", "feature 2 (index 1) is a Polygon; expected a Point"),
                Problem.inCell("facilities-bad-geometry.geojson", 3, "geometry",
                        "feature 3 (index 2) has malformed Point coordinates; expected [lon, lat]"),
                Problem.inCell("facilities-bad-geometry.geojson", 4, "geometry", "feature 4 (index 3) has no geometry; expected a Point"));
    }

    @Test
    void malformedJson() {
        assertThat(problemsOf(() -> reader.read(fixture("facilities-malformed-json.geojson")))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("is not valid JSON (line 3, column "));
    }
}
