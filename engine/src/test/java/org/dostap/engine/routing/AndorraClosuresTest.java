package org.dostap.engine.routing;

import org.dostap.engine.common.GeoPoint;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dostap.engine.traveltime.TravelTimeMatrix.UNREACHABLE;

/**
 * Closures on the real Andorra extract (2013). The CG-2 climbs the Valira d'Orient valley from Encamp to Canillo and
 * Soldeu; the only other way from Canillo to Andorra la Vella is over the Coll d'Ordino (CS-340) to Ordino. A line
 * across the valley at latitude 42.55 (lon 1.57-1.62) closes the CG-2 above Encamp (and the lanes beside it);
 * a box over the Coll d'Ordino (lon 1.555-1.583, lat 42.548-42.566) closes the pass.
 */
class AndorraClosuresTest {
    static final GeometryFactory GEO = new GeometryFactory();
    static final GeoPoint ANDORRA_LA_VELLA = new GeoPoint(1.5218, 42.5063);
    static final GeoPoint ENCAMP = new GeoPoint(1.5833, 42.5353);
    static final GeoPoint CANILLO = new GeoPoint(1.5975, 42.5676);
    static final GeoPoint SOLDEU = new GeoPoint(1.6677, 42.5766);
    static final GeoPoint ORDINO = new GeoPoint(1.5331, 42.5558);
    static final RoadClosure CG2_ABOVE_ENCAMP = new RoadClosure("CG-2 above Encamp", "winter",
            GEO.createLineString(new Coordinate[]{new Coordinate(1.57, 42.55), new Coordinate(1.62, 42.55)}), List.of());
    static final RoadClosure COLL_D_ORDINO = new RoadClosure("Coll d'Ordino", "winter", box(1.555, 42.548, 1.583, 42.566), List.of());

    static Path cacheDir;
    static RoadNetwork network;

    @BeforeAll
    static void importOnce() {
        cacheDir = RoutingTestSupport.freshGraphDir(AndorraClosuresTest.class);
        network = RoadNetwork.open(RoutingConfig.defaults(RoutingTestSupport.osm("andorra.osm.pbf"), cacheDir), ProgressListener.NONE);
    }

    @AfterAll
    static void wipe() {
        network.close();
        GraphCache.deleteRecursively(cacheDir);
    }

    static Geometry box(double minLon, double minLat, double maxLon, double maxLat) {
        return GEO.createPolygon(new Coordinate[]{new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat),
                new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }

    static int[] toAndorraLaVella(RoadNetwork net) {
        OriginSet origins = net.prepareOrigins(List.of(ENCAMP, CANILLO, SOLDEU, ORDINO), TravelMode.CAR);
        return net.travelTimesSecondsTo(origins, ANDORRA_LA_VELLA, TravelMode.CAR, 3 * 3600);
    }

    @Test
    void closingTheCg2AboveEncampSendsCanilloOverTheCollDOrdino() {
        assertThat(toAndorraLaVella(network)).containsExactly(435, 669, 1056, 478);
        RoadNetwork cg2 = network.withClosures(List.of(CG2_ABOVE_ENCAMP));
        assertThat(cg2.closedSegmentsPerClosure()).containsExactly(4);
        int[] times = toAndorraLaVella(cg2);
        assertThat(times).containsExactly(435, 1817, 2207, 478); // Canillo: 11.2 min -> 30.3 min, beyond 30 min
        assertThat(cg2.route(CANILLO, ANDORRA_LA_VELLA, TravelMode.CAR).orElseThrow().travelTimeSeconds()).isEqualTo(1817);
        assertThat(cg2.description()).contains("roads closed: 'CG-2 above Encamp' (winter): 4 road segments");
    }

    @Test
    void withTheCollDOrdinoClosedTooCanillosSideIsCutOff() {
        RoadNetwork winter = network.withClosures(List.of(CG2_ABOVE_ENCAMP, COLL_D_ORDINO));
        assertThat(toAndorraLaVella(winter)).containsExactly(435, UNREACHABLE, UNREACHABLE, 478);
        OriginSet origins = winter.prepareOrigins(List.of(CANILLO, SOLDEU), TravelMode.CAR);
        assertThat(origins.access(0).connected()).isTrue(); // still on a road: cut off, not off the map
        assertThat(origins.access(1).connected()).isTrue();
        assertThat(winter.route(CANILLO, ANDORRA_LA_VELLA, TravelMode.CAR)).isEmpty();
        assertThat(winter.route(CANILLO, SOLDEU, TravelMode.CAR)).isPresent(); // Canillo's side is still connected within
        assertThat(toAndorraLaVella(network)).containsExactly(435, 669, 1056, 478); // the open network is unchanged
    }
}
