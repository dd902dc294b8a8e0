package org.dostap.engine.mobile;

import java.util.List;
import java.util.Optional;

/**
 * Options side by side for the settlements beyond the threshold ({@code targetSettlements} with
 * {@code targetPopulation} residents): each mobile option, and the best single new fixed centre if proposed.
 */
public record GapComparison(String serviceTypeId, int thresholdSeconds, int targetSettlements, int targetPopulation,
                            List<MobileOption> options, Optional<NewCentre> newCentre) {
    public GapComparison {
        options = List.copyOf(options);
    }
}
