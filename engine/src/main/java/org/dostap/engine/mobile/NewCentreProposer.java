package org.dostap.engine.mobile;

import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.List;
import java.util.Optional;

/**
 * Proposes one new fixed centre for the settlements beyond the threshold. The hook through which the
 * location optimizer can take part in a comparison; {@link MaximalCoverageProposer} is the simple default.
 */
@FunctionalInterface
public interface NewCentreProposer {
    /** @param mode how people reach the new centre (the threshold is judged in it) */
    Optional<NewCentre> propose(RegionData region, TravelTimeProvider travel, List<Settlement> targets,
                                String populationColumn, int thresholdSeconds, TravelMode mode);
}
