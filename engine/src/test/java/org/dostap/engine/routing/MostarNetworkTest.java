package org.dostap.engine.routing;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.RouteLeg;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Real OSM XML (gzip): central Mostar, July 2025. Places are OSM nodes of the extract (id in comments):
 * the destination is the social facility "Centar za djecu, mlade i obitelj SPES" (node 7625697136).
 */
class MostarNetworkTest {
    static final GeoPoint SPES = new GeoPoint(17.8006813, 43.3433858);
    /** place=quarter "Centar", node 10030320730: by car 126 s of road + 15 s access to SPES. */
    static final GeoPoint CENTAR = new GeoPoint(17.8063628, 43.3459645);
    /** place=quarter "Sjeverni logor", node 10030033928: by car 270 s of road + 49 s access. */
    static final GeoPoint SJEVERNI_LOGOR = new GeoPoint(17.8064950, 43.3579041);
    /** social_facility "Rehabilitacijski centar Sveta Obitelj", node 7625697134. */
    static final GeoPoint SVETA_OBITELJ = new GeoPoint(17.8071213, 43.3389264);
    /** 20 km east of the extract, in the hills: no road within 1000 m in the file. */
    static final GeoPoint OFF_THE_MAP = new GeoPoint(18.05, 43.34);
    static final GeometryFactory POINTS = new GeometryFactory();

    static Path cacheDir;
    static RoadNetwork network;

    @BeforeAll
    static void importOnce() {
        cacheDir = RoutingTestSupport.freshGraphDir(MostarNetworkTest.class);
        network = RoadNetwork.open(RoutingConfig.defaults(RoutingTestSupport.osm("mostar.osm.gz"), cacheDir), ProgressListener.NONE);
    }

    @AfterAll
    static void wipe() {
        network.close();
        GraphCache.deleteRecursively(cacheDir);
    }

    static boolean inside(Geometry polygon, GeoPoint p) {
        return polygon.contains(POINTS.createPoint(new Coordinate(p.lon(), p.lat())));
    }

    @Test
    void xmlHeaderTimestampIsRecorded() {
        assertThat(network.metadata().osmDataTimestamp()).isEqualTo("2025-07-15T04:53:44Z");
        assertThat(network.metadata().nodes()).isGreaterThan(4000);
    }

    @Test
    void snappingMeasuresTheAccessLeg() {
        OriginSet set = network.prepareOrigins(List.of(CENTAR, SJEVERNI_LOGOR, OFF_THE_MAP), TravelMode.CAR);
        assertThat(set.access(0).snapDistanceMetres()).isCloseTo(18.9, within(0.5));
        assertThat(set.access(0).accessSeconds()).isEqualTo((int) Math.round(set.access(0).snapDistanceMetres() / 1.25));
        assertThat(set.access(1).snapDistanceMetres()).isCloseTo(61.3, within(0.5));
        assertThat(set.access(2).connected()).isFalse();
        // foot may use the footway next to Sjeverni logor: a shorter access leg than by car
        assertThat(network.snap(SJEVERNI_LOGOR, TravelMode.FOOT).snapDistanceMetres()).isLessThan(set.access(1).snapDistanceMetres());
    }

    @Test
    void timesToTheCentreEqualRoutesAndWalkingIsSlower() {
        List<GeoPoint> origins = List.of(CENTAR, SJEVERNI_LOGOR, SVETA_OBITELJ, OFF_THE_MAP);
        int[] car = network.travelTimesSecondsTo(network.prepareOrigins(origins, TravelMode.CAR), SPES, TravelMode.CAR, 7200);
        int[] foot = network.travelTimesSecondsTo(network.prepareOrigins(origins, TravelMode.FOOT), SPES, TravelMode.FOOT, 7200);
        for (int i = 0; i < 3; i++) {
            assertThat(car[i]).isEqualTo(network.route(origins.get(i), SPES, TravelMode.CAR).map(RouteLeg::travelTimeSeconds).orElseThrow());
            assertThat(foot[i]).isEqualTo(network.route(origins.get(i), SPES, TravelMode.FOOT).map(RouteLeg::travelTimeSeconds).orElseThrow());
            assertThat(foot[i]).isGreaterThan(car[i]);
        }
        assertThat(car[3]).isEqualTo(org.dostap.engine.traveltime.TravelTimeMatrix.UNREACHABLE);
        // a 2.5 km crow-fly trip in town: between 2 and 10 minutes by car, 20 to 40 minutes on foot
        assertThat(car[1]).isBetween(120, 600);
        assertThat(foot[1]).isBetween(1200, 2400);
    }

    /** Quarters (place=quarter nodes) with their road time to SPES measured by the tree, far from the limits. */
    static final GeoPoint BJELUSINE = new GeoPoint(17.7953397, 43.3473786);   // node 415459422: car 92 s, foot 577 s
    static final GeoPoint STRELCEVINA = new GeoPoint(17.7974867, 43.3442654); // node 416030879: car 97 s, foot 388 s
    static final GeoPoint RONDO = new GeoPoint(17.8082260, 43.3420419);       // node 6441646664: car 97 s
    static final GeoPoint KONAK = new GeoPoint(17.8131066, 43.3421587);       // node 9947255125: car 210 s
    static final GeoPoint MAZOLJICE = new GeoPoint(17.8153404, 43.3383929);   // node 3831606194: car 205 s
    static final GeoPoint LUKA = new GeoPoint(17.8170189, 43.3347560);        // node 10753623738: foot 1371 s
    static final GeoPoint PASJAK = new GeoPoint(17.8150144, 43.3364977);      // node 9899670506: foot 1221 s

    @Test
    void catchmentPolygonsContainWhatIsReachedAndNotWhatIsNot() {
        List<Geometry> car = network.catchmentPolygons(SPES, TravelMode.CAR, new int[]{120, 180, 600});
        Geometry twoMinutes = car.get(0);
        assertThat(twoMinutes.getSRID()).isEqualTo(4326);
        for (GeoPoint reached : List.of(SPES, BJELUSINE, STRELCEVINA, RONDO))
            assertThat(inside(twoMinutes, reached)).as("%s inside 2 min", reached).isTrue();
        for (GeoPoint notReached : List.of(KONAK, MAZOLJICE, LUKA, SJEVERNI_LOGOR))
            assertThat(inside(twoMinutes, notReached)).as("%s outside 2 min", notReached).isFalse();
        assertThat(inside(car.get(2), KONAK)).isTrue();
        assertThat(car.get(0).getArea()).isLessThan(car.get(1).getArea());
        assertThat(car.get(1).getArea()).isLessThan(car.get(2).getArea());
        // the single-limit call gives nearly the same polygon (its tree explores less beyond the limit, so the
        // triangulation differs slightly)
        Geometry single = network.catchmentPolygon(SPES, TravelMode.CAR, 180);
        assertThat(single.symDifference(car.get(1)).getArea()).isLessThan(0.05 * car.get(1).getArea());
        // lon/lat order: the polygon lies around Mostar (lon 17.8, lat 43.3)
        assertThat(twoMinutes.getEnvelopeInternal().getMinX()).isBetween(17.7, 17.9);
        assertThat(twoMinutes.getEnvelopeInternal().getMinY()).isBetween(43.3, 43.4);

        Geometry foot = network.catchmentPolygon(SPES, TravelMode.FOOT, 900);
        for (GeoPoint reached : List.of(SPES, BJELUSINE, STRELCEVINA))
            assertThat(inside(foot, reached)).as("%s inside 15 min on foot", reached).isTrue();
        for (GeoPoint notReached : List.of(LUKA, PASJAK, SJEVERNI_LOGOR))
            assertThat(inside(foot, notReached)).as("%s outside 15 min on foot", notReached).isFalse();
    }

    @Test
    void noCatchmentWhenTheLimitIsSpentOnTheAccessLeg() {
        assertThat(network.catchmentPolygon(SPES, TravelMode.CAR, 0).isEmpty()).isTrue();
        assertThat(network.catchmentPolygon(OFF_THE_MAP, TravelMode.CAR, 600).isEmpty()).isTrue();
    }

    /**
     * Random points over the whole extract (many of them beyond the built-up area snap onto the same long road, several
     * to the same position): the matrix equals GraphHopper's route for every pair. This guards the case of origins
     * sharing the destination's edge and one snapped position.
     */
    @Test
    void matrixEqualsRoutesForPointsAllOverTheExtract() {
        var bounds = network.bounds();
        java.util.Random random = new java.util.Random(42);
        List<GeoPoint> points = new java.util.ArrayList<>();
        while (points.size() < 205) {
            GeoPoint p = new GeoPoint(bounds.getMinX() + random.nextDouble() * bounds.getWidth(),
                    bounds.getMinY() + random.nextDouble() * bounds.getHeight());
            if (network.snap(p, TravelMode.CAR).connected()) points.add(p);
        }
        List<GeoPoint> origins = points.subList(0, 120);
        // two destinations on the long road onto which many of the origins snap (several to one position)
        List<GeoPoint> destinations = List.of(points.get(202), points.get(204));
        var matrix = network.matrix(network.prepareOrigins(origins, TravelMode.CAR), destinations, TravelMode.CAR, 14_400,
                ProgressListener.NONE);
        for (int o = 0; o < origins.size(); o++)
            for (int d = 0; d < destinations.size(); d++) {
                int routed = network.route(origins.get(o), destinations.get(d), TravelMode.CAR)
                        .map(RouteLeg::travelTimeSeconds).orElse(org.dostap.engine.traveltime.TravelTimeMatrix.UNREACHABLE);
                assertThat(matrix.seconds(o, d)).as("%d -> %d", o, d).isEqualTo(routed);
            }
    }

    @Test
    void aSmallerSnapDistanceDisconnectsFartherPoints() {
        RoutingConfig strict = RoutingConfig.defaults(RoutingTestSupport.osm("mostar.osm.gz"), cacheDir).withSnapping(4.5, 30);
        try (RoadNetwork n = RoadNetwork.open(strict, ProgressListener.NONE)) {
            assertThat(n.loadedFromCache()).isTrue(); // snapping settings do not change the graph
            OriginSet set = n.prepareOrigins(List.of(CENTAR, SJEVERNI_LOGOR), TravelMode.CAR);
            assertThat(set.access(0).connected()).isTrue();
            assertThat(set.access(1).connected()).isFalse();
            assertThat(set.access(1).snapDistanceMetres()).isCloseTo(61.3, within(0.5));
        }
    }
}
