package org.dostap.engine.coverage;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.Settlement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small hand-made regions for the tests (coordinates are arbitrary test points, populations are test weights). */
final class TestRegions {
    private TestRegions() {}

    static Settlement settlement(String id, String municipality, GeoPoint at, int population) {
        return new Settlement(id, "S" + id, "", municipality, "TST", "village", at,
                Map.of("population", population, "pop_2011", population * 2));
    }

    static Facility facility(String id, String service, GeoPoint at, int capacity) {
        return new Facility(id, "F" + id, service, at, capacity, "", FacilityStatus.EXISTING, false);
    }

    static RegionData region(List<Settlement> settlements, List<Facility> facilities) {
        return new RegionData("TST", "Тест", "Test", settlements, facilities,
                List.of(new AdminArea("M1", "Община 1", "Municipality 1", "TST", "", null),
                        new AdminArea("M2", "Община 2", "Municipality 2", "TST", "", null)),
                Optional.empty(), ServiceCatalog.defaults(), List.of("population", "pop_2011"), "test data");
    }

    static GeoPoint p(double lon, double lat) { return new GeoPoint(lon, lat); }
}
