package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.Arrays;
import java.util.List;

/**
 * Travel time from every settlement (in region order) to the nearest fixed facility of a service type,
 * existing or planned (candidates are not facilities yet), travelling by {@code mode}; {@link TravelTimeMatrix#UNREACHABLE}
 * when there is none or no path within {@link #SEARCH_LIMIT_SECONDS}.
 */
final class FixedAccess {
    static final int SEARCH_LIMIT_SECONDS = 4 * 3600;

    private FixedAccess() { }

    static int[] nearestSeconds(RegionData region, TravelTimeProvider travel, String serviceTypeId, TravelMode mode) {
        List<GeoPoint> sites = fixedSites(region, serviceTypeId).stream().map(Facility::location).toList();
        int[] best = new int[region.settlements().size()];
        Arrays.fill(best, TravelTimeMatrix.UNREACHABLE);
        if (sites.isEmpty()) return best;
        OriginSet origins = travel.prepareOrigins(region.settlements().stream().map(Settlement::location).toList(), mode);
        TravelTimeMatrix m = travel.matrix(origins, sites, mode, SEARCH_LIMIT_SECONDS, ProgressListener.NONE);
        for (int o = 0; o < best.length; o++)
            for (int d = 0; d < sites.size(); d++) best[o] = Math.min(best[o], m.seconds(o, d));
        return best;
    }

    static List<Facility> fixedSites(RegionData region, String serviceTypeId) {
        return region.facilitiesOf(serviceTypeId).stream().filter(f -> f.status() != FacilityStatus.CANDIDATE).toList();
    }
}
