package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan on the road network of the Andorra extract (engine/src/test/resources/osm, ODbL, © OpenStreetMap
 * contributors): a team based in Andorra la Vella visits four parish seats (town-centre coordinates). Population is
 * not used by this test (0). Checks that days follow the roads: road times, km from the routes, road-shaped lines.
 */
class MobilePlannerRoadTest {
    private static final Path CACHE = Path.of("target/MobilePlannerRoadTest-gh");
    private static RoadNetwork network;

    @BeforeAll
    static void open() throws Exception {
        wipe();
        Path osm = Path.of(MobilePlannerRoadTest.class.getResource("/osm/andorra.osm.pbf").toURI());
        network = RoadNetwork.open(RoutingConfig.defaults(osm, CACHE).withModes(EnumSet.of(TravelMode.CAR)), ProgressListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        network.close();
        wipe();
    }

    private static void wipe() throws IOException {
        if (!Files.exists(CACHE)) return;
        try (Stream<Path> s = Files.walk(CACHE)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static Settlement town(String id, String name, double lon, double lat) {
        return new Settlement(id, name, name, "AD", "AD", "town", new GeoPoint(lon, lat), Map.of("population", 0));
    }

    @Test
    void daysFollowTheRoads() {
        RegionData region = new RegionData("AD", "Андора", "Andorra",
                List.of(town("encamp", "Encamp", 1.5828, 42.5361), town("ordino", "Ordino", 1.5331, 42.5560),
                        town("canillo", "Canillo", 1.5981, 42.5672), town("massana", "La Massana", 1.5148, 42.5450)),
                List.of(new Facility("base", "Andorra la Vella", "community-support", new GeoPoint(1.5211, 42.5078), 0, "",
                        FacilityStatus.EXISTING, true)),
                List.of(), Optional.empty(), ServiceCatalog.defaults(), List.of("population"), "test");
        MobileRequest r = new MobileRequest("community-support", new MobileTeams("base", 1, 8 * 3600, 1, TravelMode.CAR),
                List.of("encamp", "ordino", "canillo", "massana"), 0, VisitFrequency.every(1), OnSiteTime.fixed(1800), 1, Map.of(), "");
        MobilePlan plan = new MobilePlanner().plan(region, network, r);

        assertThat(plan.travelTimeSource()).isEqualTo("road");
        assertThat(plan.unserved()).isEmpty();
        TeamDay day = plan.days().get(0);
        assertThat(day.stops()).hasSize(4);
        // 4 x 30 min on site plus some driving in a country 25 km across
        assertThat(day.dayLengthSeconds()).isBetween(4 * 1800 + 20 * 60, 4 * 1800 + 3 * 3600);
        double straight = 0;
        List<GeoPoint> pts = day.stops().stream().map(s -> region.settlementsById().get(s.settlementId()).location()).toList();
        GeoPoint prev = region.getFacility("base").location();
        for (GeoPoint p : pts) { straight += prev.distanceMetresTo(p); prev = p; }
        straight += prev.distanceMetresTo(region.getFacility("base").location());
        assertThat(day.distanceMetres()).isGreaterThan(straight);
        assertThat(day.geometry().getNumPoints()).isGreaterThan(20);
    }
}
