package org.dostap.web.support;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Six real Smolyan settlements (fixtures/smolyan-six-settlements.csv) as region {@code SIX}, with an illustrative
 * baseline: a Community Support Centre in each municipal seat (Smolyan 67653, Devin 20465) and a Crisis Centre in
 * Smolyan. The municipality boundaries are rectangles around the settlements (test geometry only).
 */
public final class SmallRegion {
    private SmallRegion() {}

    /** The wired web app over this region (estimated travel times, scenarios in memory), started. */
    public static org.dostap.web.app.WebApp startApp(org.dostap.web.app.WebConfig config) {
        return org.dostap.web.app.AppWiring.webApp(store(), new org.dostap.engine.store.InMemoryScenarioStore(),
                org.dostap.engine.traveltime.EstimatedTravelTimes.uniform(), config).start(); // hand-computed times
    }

    public static RegionData region() {
        List<Settlement> settlements = new ArrayList<>();
        try (InputStream in = SmallRegion.class.getResourceAsStream("/fixtures/smolyan-six-settlements.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].trim().split(",");
                settlements.add(new Settlement(c[0], c[1], c[2], c[3], c[4], c[5],
                        new GeoPoint(Double.parseDouble(c[6]), Double.parseDouble(c[7])),
                        Map.of("pop_2017", Integer.parseInt(c[8]), "pop_2011", Integer.parseInt(c[9]))));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GeometryFactory gf = new GeometryFactory();
        List<AdminArea> municipalities = List.of(
                new AdminArea("SML31", "Смолян", "Smolyan", "SML", "67653", box(gf, 24.5, 41.4, 24.9, 41.7)),
                new AdminArea("SML09", "Девин", "Devin", "SML", "20465", box(gf, 24.3, 41.7, 24.5, 41.8)));
        Settlement smolyan = settlements.get(0), devin = settlements.get(5);
        List<Facility> facilities = List.of(
                new Facility("CS-SML31", "ЦОП Смолян", "community-support", smolyan.location(), 40, "SML31", FacilityStatus.EXISTING, true),
                new Facility("CS-SML09", "ЦОП Девин", "community-support", devin.location(), 30, "SML09", FacilityStatus.EXISTING, true),
                new Facility("CR-SML", "Кризисен център Смолян", "crisis", smolyan.location(), 12, "SML31", FacilityStatus.EXISTING, true));
        return new RegionData("SIX", "Шест селища", "Six settlements", settlements, facilities, municipalities,
                Optional.of(new AdminArea("SML", "Смолян", "Smolyan", "", "67653", box(gf, 24.3, 41.4, 24.9, 41.8))),
                ServiceCatalog.defaults(), List.of("pop_2017", "pop_2011"), "test fixture: six real Smolyan settlements");
    }

    public static RegionStore store() {
        RegionData r = region();
        return new RegionStore() {
            @Override public List<RegionInfo> listRegions() {
                return List.of(new RegionInfo(r.code(), r.nameBg(), r.nameEn(), r.settlements().size(), r.municipalities().size(), true));
            }

            @Override public Optional<RegionData> findRegion(String code) {
                return r.code().equals(code) ? Optional.of(r) : Optional.empty();
            }
        };
    }

    private static org.locationtech.jts.geom.Polygon box(GeometryFactory gf, double x0, double y0, double x1, double y1) {
        return gf.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
                new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
