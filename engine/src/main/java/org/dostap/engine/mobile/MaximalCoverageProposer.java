package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.List;
import java.util.Optional;

/**
 * The single new centre that brings the most target population within the threshold (maximal coverage
 * with p = 1, solved exactly by trying every inhabited settlement of the region as the site; ties go to
 * the smaller settlement id).
 */
public final class MaximalCoverageProposer implements NewCentreProposer {
    @Override
    public Optional<NewCentre> propose(RegionData region, TravelTimeProvider travel, List<Settlement> targets,
                                       String column, int thresholdSeconds, TravelMode mode) {
        if (targets.isEmpty()) return Optional.empty();
        List<Settlement> sites = region.settlements().stream().filter(s -> s.population(column) > 0).toList();
        OriginSet origins = travel.prepareOrigins(targets.stream().map(Settlement::location).toList(), mode);
        List<GeoPoint> sitePoints = sites.stream().map(Settlement::location).toList();
        TravelTimeMatrix m = travel.matrix(origins, sitePoints, mode, thresholdSeconds, ProgressListener.NONE);
        NewCentre best = null;
        for (int d = 0; d < sites.size(); d++) {
            int pop = 0, count = 0;
            for (int o = 0; o < targets.size(); o++)
                if (m.seconds(o, d) <= thresholdSeconds) {
                    pop += targets.get(o).population(column);
                    count++;
                }
            Settlement s = sites.get(d);
            if (best == null || pop > best.populationNewlyCovered()
                    || pop == best.populationNewlyCovered() && s.id().compareTo(best.settlementId()) < 0)
                best = new NewCentre(s.id(), s.name(), pop, count, "maximal coverage, one new site, every inhabited settlement a candidate");
        }
        return Optional.ofNullable(best);
    }
}
