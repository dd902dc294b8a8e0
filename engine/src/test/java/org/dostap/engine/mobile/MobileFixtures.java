package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.Settlement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-built region for hand-checkable plans (synthetic: points are labels, not places; times come from
 * the table below, in minutes; the V1 -> V2 road is faster than V2 -> V1, so the best order is unique).
 * <pre>
 *          30        15        20
 *   BASE ------ V1 ------ V2 ------ V3        BASE-V2 40, BASE-V3 50, V1-V3 35, V2 -> V1 25
 *     \________________________________ V4    240 each way (too far for a day)
 *   V5: not connected to the network
 * </pre>
 */
final class MobileFixtures {
    static final GeoPoint BASE = new GeoPoint(24.70, 41.57);
    static final GeoPoint V1 = new GeoPoint(24.71, 41.57), V2 = new GeoPoint(24.72, 41.57), V3 = new GeoPoint(24.73, 41.57),
            V4 = new GeoPoint(24.90, 41.57), V5 = new GeoPoint(24.80, 41.60);
    static final List<GeoPoint> POINTS = List.of(BASE, V1, V2, V3, V4, V5);
    private static final int X = 9999;
    private static final int[][] MINUTES = {
            // BASE V1   V2   V3   V4   V5
            {0, 30, 40, 50, 240, X},   // BASE
            {30, 0, 15, 35, 250, X},   // V1
            {40, 25, 0, 20, 260, X},   // V2
            {50, 35, 20, 0, 270, X},   // V3
            {240, 250, 260, 270, 0, X}, // V4
            {X, X, X, X, X, 0}};       // V5

    private MobileFixtures() { }

    static TableTravelTimes travel() {
        int[][] s = new int[MINUTES.length][MINUTES.length];
        for (int i = 0; i < s.length; i++) for (int j = 0; j < s.length; j++) s[i][j] = MINUTES[i][j] * 60;
        return new TableTravelTimes(POINTS, s, Set.of(V5));
    }

    static Settlement village(String id, GeoPoint p, int population) {
        return new Settlement(id, "Village " + id, "", "TST01", "TST", "village", p, Map.of("population", population));
    }

    static RegionData region() {
        return new RegionData("TST", "Тест", "Test",
                List.of(village("V1", V1, 100), village("V2", V2, 200), village("V3", V3, 300), village("V4", V4, 50),
                        village("V5", V5, 40)),
                List.of(new Facility("B0", "Base centre", "community-support", BASE, 0, "TST01", FacilityStatus.EXISTING, true)),
                List.of(), Optional.empty(), ServiceCatalog.defaults(), List.of("population"), "hand-built test region");
    }

    static MobileTeams teams(int count, int dayMinutes, int daysPerWeek) {
        return new MobileTeams("B0", count, dayMinutes * 60, daysPerWeek, null);
    }
}
