package org.dostap.engine.mobile;

import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.List;
import java.util.Optional;

/**
 * Proposes one new fixed centre for the settlements beyond the threshold. The hook through which the
 * location optimizer can take part in a comparison; {@link MaximalCoverageProposer} is the simple default.
 */
@FunctionalInterface
public interface NewCentreProposer {
    Optional<NewCentre> propose(RegionData region, TravelTimeProvider travel, List<Settlement> targets,
                                String populationColumn, int thresholdSeconds);
}
