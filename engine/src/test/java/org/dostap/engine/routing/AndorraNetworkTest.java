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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Real OSM: GraphHopper's Andorra extract (2013), imported once per class into target/AndorraNetworkTest-gh. */
class AndorraNetworkTest {
    static Path cacheDir;
    static Path osm;
    static RoadNetwork network;

    @BeforeAll
    static void importOnce() {
        cacheDir = RoutingTestSupport.freshGraphDir(AndorraNetworkTest.class);
        osm = RoutingTestSupport.osm("andorra.osm.pbf");
        AtomicLong lastStep = new AtomicLong();
        network = RoadNetwork.open(RoutingConfig.defaults(osm, cacheDir), (done, total) -> lastStep.set(done));
        assertThat(lastStep.get()).isEqualTo(GraphLoader.STEPS);
    }

    @AfterAll
    static void wipe() {
        network.close();
        GraphCache.deleteRecursively(cacheDir);
    }

    /** Random points in the extract's header bbox (1.422,42.435 - 1.780,42.657) that snap to the car network. */
    static List<GeoPoint> connectedPoints(int count, long seed) {
        Random random = new Random(seed);
        List<GeoPoint> points = new ArrayList<>();
        while (points.size() < count) {
            GeoPoint p = new GeoPoint(1.422 + random.nextDouble() * 0.358, 42.435 + random.nextDouble() * 0.222);
            if (network.snap(p, TravelMode.CAR).connected()) points.add(p);
        }
        return points;
    }

    @Test
    void importRecordsProvenance() {
        NetworkMetadata m = network.metadata();
        assertThat(network.loadedFromCache()).isFalse();
        assertThat(m.osmFileName()).isEqualTo("andorra.osm.pbf");
        assertThat(m.osmFileBytes()).isEqualTo(565_390);
        assertThat(m.osmFileSha256()).isEqualTo("70998b72b5eed4b6a8565837b3d72c3b592c4dc4f1a7d5e964367d20508f188b");
        assertThat(m.osmDataTimestamp()).isEqualTo("2013-05-28T18:59:04Z");
        assertThat(m.profiles()).containsExactly("car", "foot");
        assertThat(m.nodes()).isEqualTo(2385);
        assertThat(m.edges()).isEqualTo(2820);
        assertThat(m.graphhopperVersion()).isEqualTo("11.0");
        assertThat(network.description()).contains("andorra.osm.pbf", "2013-05-28", "4.5 km/h", "1000 m");
    }

    @Test
    void secondOpenLoadsTheCacheAndAChangedProfileReimports() throws IOException {
        try (RoadNetwork again = RoadNetwork.open(RoutingConfig.defaults(osm, cacheDir), ProgressListener.NONE)) {
            assertThat(again.loadedFromCache()).isTrue();
            assertThat(again.metadata()).isEqualTo(network.metadata()); // same import, not a new one
        }
        RoutingConfig carOnly = RoutingConfig.defaults(osm, cacheDir).withModes(EnumSet.of(TravelMode.CAR));
        String carOnlyKey;
        try (RoadNetwork car = RoadNetwork.open(carOnly, ProgressListener.NONE)) {
            assertThat(car.loadedFromCache()).isFalse();
            carOnlyKey = car.metadata().cacheKey();
            assertThat(carOnlyKey).isNotEqualTo(network.metadata().cacheKey());
            assertThat(car.metadata().profiles()).containsExactly("car");
        }
        // an import without its completion marker (as if interrupted) is never loaded: it is imported again
        Files.delete(cacheDir.resolve(carOnlyKey).resolve(GraphCache.METADATA_FILE));
        try (RoadNetwork car = RoadNetwork.open(carOnly, ProgressListener.NONE)) {
            assertThat(car.loadedFromCache()).isFalse();
        }
        try (Stream<Path> dirs = Files.list(cacheDir)) {
            assertThat(dirs.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(network.metadata().cacheKey(), carOnlyKey); // no temp folders left
        }
    }

    /**
     * The matrix (one reverse tree per destination) equals GraphHopper's point-to-point route for every pair:
     * both add the same rounded access legs to the same millisecond network time, so the tolerance is 1 s only
     * for a path tie decided differently.
     */
    @Test
    void matrixEqualsPointToPointRoutes() {
        List<GeoPoint> origins = connectedPoints(30, 11);
        List<GeoPoint> destinations = connectedPoints(5, 12);
        for (TravelMode mode : TravelMode.values()) {
            int limitSeconds = mode == TravelMode.CAR ? 4 * 3600 : 24 * 3600;
            OriginSet set = network.prepareOrigins(origins, mode);
            TravelTimeMatrix m = network.matrix(set, destinations, mode, limitSeconds, ProgressListener.NONE);
            int reachable = 0;
            for (int o = 0; o < origins.size(); o++)
                for (int d = 0; d < destinations.size(); d++) {
                    Optional<RouteLeg> leg = network.route(origins.get(o), destinations.get(d), mode);
                    if (m.reachable(o, d)) {
                        reachable++;
                        assertThat(leg).as("%s route %d->%d", mode, o, d).isPresent();
                        assertThat(m.seconds(o, d)).as("%s %d->%d", mode, o, d)
                                .isBetween(leg.get().travelTimeSeconds() - 1, leg.get().travelTimeSeconds() + 1);
                    } else if (set.access(o).connected()) {
                        assertThat(leg.map(RouteLeg::travelTimeSeconds).orElse(Integer.MAX_VALUE)).isGreaterThan(limitSeconds);
                    }
                }
            assertThat(reachable).as(mode.label()).isGreaterThan(origins.size() * destinations.size() / 2);
        }
    }

    @Test
    void carIsFasterThanWalkingAndALimitCutsOff() {
        List<GeoPoint> origins = connectedPoints(20, 21);
        GeoPoint destination = connectedPoints(1, 22).get(0);
        int[] car = network.travelTimesSecondsTo(network.prepareOrigins(origins, TravelMode.CAR), destination, TravelMode.CAR, 4 * 3600);
        int[] foot = network.travelTimesSecondsTo(network.prepareOrigins(origins, TravelMode.FOOT), destination, TravelMode.FOOT, 24 * 3600);
        int[] car10 = network.travelTimesSecondsTo(network.prepareOrigins(origins, TravelMode.CAR), destination, TravelMode.CAR, 600);
        for (int i = 0; i < origins.size(); i++) {
            if (car[i] != TravelTimeMatrix.UNREACHABLE && foot[i] != TravelTimeMatrix.UNREACHABLE && car[i] > 300)
                assertThat(foot[i]).isGreaterThan(car[i]);
            assertThat(car10[i]).isEqualTo(car[i] <= 600 ? car[i] : TravelTimeMatrix.UNREACHABLE);
        }
    }

    @Test
    void pointsFarFromEveryRoadAreNotConnectedNeverDropped() {
        GeoPoint outside = new GeoPoint(1.30, 42.30); // 20 km south-west of the extract
        OriginSet set = network.prepareOrigins(List.of(outside, connectedPoints(1, 31).get(0)), TravelMode.CAR);
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.access(0).connected()).isFalse();
        // no road within the search radius: a finite lower bound (distance to the network's bounding box, about 16 km)
        assertThat(set.access(0).snapDistanceMetres()).isBetween(10_000.0, 30_000.0);
        assertThat(set.access(1).connected()).isTrue();
        assertThat(network.travelTimesSecondsTo(set, connectedPoints(1, 32).get(0), TravelMode.CAR, 3600)[0])
                .isEqualTo(TravelTimeMatrix.UNREACHABLE);
        assertThat(network.catchmentPolygon(outside, TravelMode.CAR, 600).isEmpty()).isTrue();
        assertThat(network.route(outside, connectedPoints(1, 33).get(0), TravelMode.CAR)).isEmpty();
    }

}
