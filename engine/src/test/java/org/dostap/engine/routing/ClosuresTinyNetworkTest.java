package org.dostap.engine.routing;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.RoadClosure;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dostap.engine.traveltime.TravelTimeMatrix.UNREACHABLE;

/**
 * Road closures on the hand-built network {@code osm/tiny/closures-network.osm}, on the equator, car profile:
 * <pre>
 *   A ===================== C ---------- D      tertiary A-C (50 km/h), track C-D (car.json: untagged track 8 km/h)
 *   |                       |                  lon 0, 0.02, 0.03; lat 0
 *   F2                      |
 *   |                       |
 *   F --------------------- G                  unclassified A-F-G-C, one edge; lat -0.01
 * </pre>
 * 0.01 degree = 1111.95 m. Unclassified roads are driven at 30 km/h, and A-F-G-C is winding by car.json's rule
 * (beeline 2223.90 m / length 4447.80 m = 0.5 < 0.6: x 0.8), so 24 km/h = 6.667 m/s.
 * A-C 2223.90 m / 13.889 m/s = 160.12 s; A-F-G-C 4447.80 m / 6.667 m/s = 667.17 s;
 * C-D 1111.95 m / 2.222 m/s = 500.38 s. F2 (0, -0.005) lies on A-F, 555.97 m from A: to A 83.40 s.
 * The centre is at C. Access legs are walked at 1.25 m/s, at most 1000 m.
 */
class ClosuresTinyNetworkTest {
    static final GeometryFactory GEO = new GeometryFactory();
    static final GeoPoint A = new GeoPoint(0, 0);
    static final GeoPoint C = new GeoPoint(0.02, 0);
    static final GeoPoint D = new GeoPoint(0.03, 0);
    static final GeoPoint F2 = new GeoPoint(0, -0.005);

    static Path graphDir;
    static RoadNetwork network;

    @BeforeAll
    static void open() {
        graphDir = RoutingTestSupport.freshGraphDir(ClosuresTinyNetworkTest.class);
        RoutingConfig config = RoutingConfig.defaults(RoutingTestSupport.osm("tiny/closures-network.osm"), graphDir)
                .withModes(EnumSet.of(TravelMode.CAR)).withMinNetworkSize(0);
        network = RoadNetwork.open(config, ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        network.close();
        GraphCache.deleteRecursively(graphDir);
    }

    static Geometry line(double lon1, double lat1, double lon2, double lat2) {
        return GEO.createLineString(new Coordinate[]{new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
    }

    static Geometry box(double minLon, double minLat, double maxLon, double maxLat) {
        return GEO.createPolygon(new Coordinate[]{new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat),
                new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }

    static int[] timesTo(RoadNetwork net, GeoPoint destination) {
        OriginSet origins = net.prepareOrigins(List.of(A, F2, D), TravelMode.CAR);
        return net.travelTimesSecondsTo(origins, destination, TravelMode.CAR, 3600);
    }

    @Test
    void openNetworkHandComputed() {
        assertThat(timesTo(network, C)).containsExactly(
                160,            // A-C 160.12 s
                244,            // F2-A 83.40 s + A-C 160.12 s = 243.52 s (F2-F-G-C is 583.77 s)
                500);           // D-C 500.38 s
    }

    @Test
    void lineAcrossTheTertiaryForcesTheDetour() {
        RoadNetwork closed = network.withClosures(List.of(new RoadClosure("bridge", "", line(0.01, 0.003, 0.01, -0.003), List.of())));
        assertThat(closed.closedSegmentsPerClosure()).containsExactly(1);
        assertThat(timesTo(closed, C)).containsExactly(
                667,            // A-F-G-C 667.17 s
                584,            // F2-F-G-C 3891.83 m / 6.667 m/s = 583.77 s
                500);
        assertThat(timesTo(network, C)).containsExactly(160, 244, 500); // the open network is unchanged
        assertThat(closed.route(A, C, TravelMode.CAR).orElseThrow().travelTimeSeconds()).isEqualTo(667);
        assertThat(network.route(A, C, TravelMode.CAR).orElseThrow().travelTimeSeconds()).isEqualTo(160);
    }

    @Test
    void polygonClosesTheRoadsInside() {
        RoadNetwork closed = network.withClosures(List.of(new RoadClosure("works", "", box(0.008, -0.002, 0.012, 0.002), List.of())));
        assertThat(timesTo(closed, C)).containsExactly(667, 584, 500);
    }

    @Test
    void winterPresetClosesTracksAndUnclassifiedOnly() {
        RoadNetwork winter = network.withClosures(List.of(new RoadClosure("Rhodopes", "winter",
                box(-0.005, -0.015, 0.035, 0.005), RoadClosure.WINTER_ROAD_CLASSES)));
        assertThat(winter.closedSegmentsPerClosure()).containsExactly(2); // A-F-G-C and C-D; the tertiary stays open
        OriginSet origins = winter.prepareOrigins(List.of(A, F2, D), TravelMode.CAR);
        assertThat(winter.travelTimesSecondsTo(origins, C, TravelMode.CAR, 3600)).containsExactly(
                160,            // the tertiary is open
                605,            // F2's road is closed: walks 555.97 m to A (444.78 s -> 445) + A-C 160 s
                UNREACHABLE);   // D's only road (the track) is closed, C is 1111.95 m away: not connected
        assertThat(origins.access(2).connected()).isFalse();
        assertThat(winter.description()).contains("roads closed: 'Rhodopes' (winter) [track, unclassified only]: 2 road segments");
    }

    @Test
    void cutOffWhileStillConnected() {
        RoadNetwork cut = network.withClosures(List.of(new RoadClosure("", "", line(0.01, 0.003, 0.01, -0.013), List.of())));
        OriginSet origins = cut.prepareOrigins(List.of(D), TravelMode.CAR);
        assertThat(origins.access(0).connected()).isTrue(); // the track is open
        assertThat(cut.travelTimesSecondsTo(origins, A, TravelMode.CAR, 3600)).containsExactly(UNREACHABLE);
        assertThat(cut.route(D, C, TravelMode.CAR)).isPresent();
        assertThat(cut.route(D, new GeoPoint(0.0, 0.0005), TravelMode.CAR)).isEmpty();
    }

    @Test
    void closuresAddUpOnAView() {
        RoadNetwork one = network.withClosures(List.of(new RoadClosure("bridge", "", line(0.01, 0.003, 0.01, -0.003), List.of())));
        RoadNetwork both = one.withClosures(List.of(new RoadClosure("detour", "", line(0.01, -0.007, 0.01, -0.013), List.of())));
        assertThat(both.closures()).hasSize(2);
        assertThat(timesTo(both, C)[2]).isEqualTo(500);
        assertThat(both.prepareOrigins(List.of(A), TravelMode.CAR).access(0).connected()).isFalse();
        both.close(); // a view: the graph stays open
        assertThat(timesTo(network, C)).containsExactly(160, 244, 500);
    }

    @Test
    void closureOutsideTheNetworkOrOnNoRoadIsRefusedNamingIt() {
        assertThatThrownBy(() -> network.withClosures(List.of(
                new RoadClosure("ok", "", line(0.01, 0.003, 0.01, -0.003), List.of()),
                new RoadClosure("far", "", box(10, 10, 10.1, 10.1), List.of()),
                new RoadClosure("", "", box(0.005, -0.0099, 0.015, -0.0001), List.of()),
                new RoadClosure("tracks", "", line(0.01, 0.003, 0.01, -0.003), List.of("track")))))
                .isInstanceOf(PlanningException.class)
                .satisfies(e -> assertThat(((PlanningException) e).problems()).extracting(org.dostap.engine.common.Problem::describe)
                        .containsExactly(
                                "closures[1].geometry: closure 'far' lies outside the road network: no road near it",
                                "closures[2].geometry: this closure closes no road: it contains no road of the network",
                                "closures[3].geometry: closure 'tracks' closes no road: it crosses no road of class track of the network"));
    }
}
