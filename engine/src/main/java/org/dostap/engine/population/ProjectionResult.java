package org.dostap.engine.population;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A projection with how it was chosen: the method (and whether the 2011 re-basing was applied), the back-test splits
 * the choice rests on (the first is the primary one, which also gives the range), the range, every settlement's
 * projection and range, the area totals, the re-basing factor per municipality and, when the horizon year is a known
 * year, the evaluation of the projection against it.
 */
public record ProjectionResult(String method, boolean censusRebased, int fitFromYear, int fitToYear, int horizonYear,
                               List<BacktestSplit> backtests, ProjectionRange range, List<ProjectedSettlement> settlements,
                               Projection totals, Map<String, Double> rebasingFactorByMunicipality,
                               Optional<BacktestSplit> evaluation) {
    public ProjectionResult {
        backtests = List.copyOf(backtests);
        settlements = List.copyOf(settlements);
        rebasingFactorByMunicipality = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rebasingFactorByMunicipality));
    }
}
