package org.dostap.data.input;

import org.dostap.engine.common.Problem;
import org.dostap.engine.traveltime.RoadClosure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dostap.data.input.InputFixtures.fixture;
import static org.dostap.data.input.InputFixtures.problemsOf;

class ClosureFileReaderTest {
    @Test
    void readsLinesPolygonsNamesSeasonsAndRoadClasses() {
        List<RoadClosure> closures = ClosureFileReader.read(fixture("/closures/two-closures.geojson"));
        assertThat(closures).hasSize(2);
        assertThat(closures.get(0).name()).isEqualTo("CG-2 above Encamp");
        assertThat(closures.get(0).season()).isEqualTo("winter");
        assertThat(closures.get(0).geometry()).isInstanceOf(LineString.class);
        assertThat(closures.get(0).roadClasses()).isEmpty();
        assertThat(closures.get(1).geometry()).isInstanceOf(Polygon.class);
        assertThat(closures.get(1).isArea()).isTrue();
        assertThat(closures.get(1).roadClasses()).containsExactly("track", "unclassified");
    }

    @Test
    void notGeoJsonIsRefused() {
        assertThat(problemsOf(() -> ClosureFileReader.read(fixture("/closures/not-geojson.geojson"))))
                .extracting(Problem::describe)
                .containsExactly("not-geojson.geojson: is not GeoJSON: not valid JSON (line 1, column 1)");
    }

    @Test
    void everyFeatureWithoutAPolygonOrLineIsNamed() {
        assertThat(problemsOf(() -> ClosureFileReader.read(fixture("/closures/no-polygon-or-line.geojson"))))
                .extracting(Problem::describe)
                .containsExactly(
                        "no-polygon-or-line.geojson, feature 1 'a point', column geometry: must be a Polygon, MultiPolygon, LineString or MultiLineString, got Point",
                        "no-polygon-or-line.geojson, feature 2, column geometry: a Polygon or LineString geometry is required",
                        "no-polygon-or-line.geojson, feature 3 'bad class', column road_classes: unknown road class 'motorways': expected some of motorway, trunk, primary, secondary, tertiary, unclassified, residential, service, road, track, living_street",
                        "no-polygon-or-line.geojson, feature 4 'swapped', column geometry: coordinates must be longitude -180..180, latitude -90..90 (GeoJSON order: lon, lat)");
    }

    @Test
    void anEmptyCollectionIsRefused() {
        assertThat(problemsOf(() -> ClosureFileReader.read(fixture("/closures/empty-collection.geojson"))))
                .extracting(Problem::describe)
                .containsExactly("empty-collection.geojson: has no Polygon or LineString feature: the FeatureCollection is empty");
    }
}
