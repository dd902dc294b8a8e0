package org.dostap.engine.routing;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.RouteLeg;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dostap.engine.traveltime.TravelTimeMatrix.UNREACHABLE;

/**
 * Hand-built network {@code osm/tiny/tiny-network.osm}, on the equator, car profile:
 * <pre>
 *                 E (0.01, 0.01)
 *                 |  secondary, one-way E -> B, 60 km/h
 *                 v
 *   A ---------- B ---------- C ----- D        lon 0, 0.01, 0.02, 0.025; lat 0
 *     tertiary 50 km/h (A-B-C)    track (car.json: untagged track 8 km/h)
 * </pre>
 * 0.01 degree of longitude on the equator = 1111.95 m, so A-B = B-C = 1111.95 m, C-D = 555.97 m, E-B = 1111.95 m.
 * Edge times: A-B 1111.95 m / (50/3.6 m/s) = 80.06 s; C-D 555.97 / (8/3.6) = 250.19 s; E-B 1111.95 / (60/3.6) = 66.72 s.
 * Access legs are walked at 4.5 km/h = 1.25 m/s; 0.001 degree of latitude = 111.19 m.
 */
class TinyNetworkTest {
    static final GeoPoint A = new GeoPoint(0, 0);
    static final GeoPoint B = new GeoPoint(0.01, 0);
    static final GeoPoint D = new GeoPoint(0.025, 0);
    static final GeoPoint E = new GeoPoint(0.01, 0.01);
    /** 111.19 m north of C: snaps onto junction C, access 111.19 / 1.25 = 88.96 s -> 89 s. */
    static final GeoPoint NORTH_OF_C = new GeoPoint(0.02, 0.001);
    /** 55.60 m north of the middle of B-C: access 44.48 s -> 44 s, then 555.97 m to B (40.03 s). */
    static final GeoPoint NORTH_OF_BC = new GeoPoint(0.015, 0.0005);
    /** 5.5 km from every road: not connected (maximum snap 1000 m). */
    static final GeoPoint FAR_AWAY = new GeoPoint(0.015, 0.05);

    static Path graphDir;
    static RoadNetwork network;

    @BeforeAll
    static void open() {
        graphDir = RoutingTestSupport.freshGraphDir(TinyNetworkTest.class);
        RoutingConfig config = RoutingConfig.defaults(RoutingTestSupport.osm("tiny/tiny-network.osm"), graphDir)
                .withModes(EnumSet.of(TravelMode.CAR)).withMinNetworkSize(0);
        network = RoadNetwork.open(config, ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        network.close();
        GraphCache.deleteRecursively(graphDir);
    }

    @Test
    void timesToAHandComputed() {
        OriginSet origins = network.prepareOrigins(List.of(B, NORTH_OF_C, NORTH_OF_BC, D, E, FAR_AWAY, A), TravelMode.CAR);
        int[] times = network.travelTimesSecondsTo(origins, A, TravelMode.CAR, 3600);
        assertThat(times).containsExactly(
                80,             // B-A 80.06 s
                89 + 160,       // access 88.96 s -> 89, C-B-A 160.12 s -> 160
                44 + 120,       // access 44.48 s -> 44, 555.97 m + 1111.95 m at 50 km/h = 120.09 s -> 120
                410,            // D-C 250.19 s + C-A 160.12 s = 410.31 s
                147,            // E-B one-way 66.72 s + B-A 80.06 s = 146.78 s
                UNREACHABLE,    // not connected
                0);
    }

    @Test
    void accessLegsAndNotConnected() {
        OriginSet origins = network.prepareOrigins(List.of(NORTH_OF_C, NORTH_OF_BC, FAR_AWAY), TravelMode.CAR);
        assertThat(origins.access(0).connected()).isTrue();
        assertThat(origins.access(0).snapDistanceMetres()).isCloseTo(111.19, within(0.05));
        assertThat(origins.access(0).accessSeconds()).isEqualTo(89);
        assertThat(origins.access(1).snapDistanceMetres()).isCloseTo(55.60, within(0.05));
        assertThat(origins.access(1).accessSeconds()).isEqualTo(44);
        assertThat(origins.access(2).connected()).isFalse();
        assertThat(origins.access(2).snapDistanceMetres()).isGreaterThan(1000).isLessThan(1e6); // finite, printable
    }

    @Test
    void oneWayIsRespectedInTheDirectionOfTravel() {
        OriginSet origins = network.prepareOrigins(List.of(A, B, E), TravelMode.CAR);
        // towards E nobody can drive (E-B is one-way away from E); E itself is 0
        assertThat(network.travelTimesSecondsTo(origins, E, TravelMode.CAR, 3600)).containsExactly(UNREACHABLE, UNREACHABLE, 0);
        // towards B: A 80.06 s, E 66.72 s
        assertThat(network.travelTimesSecondsTo(origins, B, TravelMode.CAR, 3600)).containsExactly(80, 0, 67);
    }

    @Test
    void limitCutsOffLongerTrips() {
        OriginSet origins = network.prepareOrigins(List.of(B, D), TravelMode.CAR);
        assertThat(network.travelTimesSecondsTo(origins, A, TravelMode.CAR, 400)).containsExactly(80, UNREACHABLE);
        assertThat(network.travelTimesSecondsTo(origins, A, TravelMode.CAR, 410)).containsExactly(80, 410);
    }

    @Test
    void destinationAccessLegIsAddedAndOriginOnTheSameEdgeDrivesStraight() {
        // destination 55.60 m north of the middle of B-C (access 44 s); origin B: 555.97 m at 50 km/h = 40.03 s
        // origin a quarter of the way from B to C (0.0125, 0): along the same edge 277.99 m = 20.02 s
        // two more origins 11.12 m north and south of that point share its snapped position (access 8.90 s -> 9 s)
        OriginSet origins = network.prepareOrigins(List.of(B, new GeoPoint(0.0125, 0), A,
                new GeoPoint(0.0125, 0.0001), new GeoPoint(0.0125, -0.0001)), TravelMode.CAR);
        int[] times = network.travelTimesSecondsTo(origins, NORTH_OF_BC, TravelMode.CAR, 3600);
        assertThat(times).containsExactly(40 + 44, 20 + 44, 80 + 40 + 44, 9 + 20 + 44, 9 + 20 + 44);
    }

    @Test
    void matrixHasOneColumnPerDestination() {
        OriginSet origins = network.prepareOrigins(List.of(A, E, FAR_AWAY), TravelMode.CAR);
        TravelTimeMatrix m = network.matrix(origins, List.of(A, B, E), TravelMode.CAR, 3600, ProgressListener.NONE);
        assertThat(m.row(0)).containsExactly(0, 80, UNREACHABLE);
        assertThat(m.row(1)).containsExactly(147, 67, 0);
        assertThat(m.row(2)).containsExactly(UNREACHABLE, UNREACHABLE, UNREACHABLE);
    }

    @Test
    void routeAgreesWithTheTreeAndCountsAccessLegs() {
        RouteLeg leg = network.route(NORTH_OF_BC, A, TravelMode.CAR).orElseThrow();
        assertThat(leg.travelTimeSeconds()).isEqualTo(164);
        assertThat(leg.distanceMetres()).isCloseTo(55.60 + 555.97 + 1111.95, within(0.1));
        assertThat(leg.geometry().getCoordinateN(0).x).isEqualTo(0.015);
        assertThat(leg.geometry().getCoordinateN(leg.geometry().getNumPoints() - 1).x).isEqualTo(0.0);
        assertThat(network.route(A, E, TravelMode.CAR)).isEmpty();
        assertThat(network.route(FAR_AWAY, A, TravelMode.CAR)).isEmpty();
    }
}
