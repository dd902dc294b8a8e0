package org.dostap.web.analysis;

import org.dostap.engine.coverage.AreaCoverage;

import java.util.Objects;

/**
 * One area (municipality or region) in two views: before (baseline, or the earlier population column) and
 * after, with the covered population at the queried threshold. Gained/lost count the settlements that became
 * covered / uncovered, and their population (in the after column).
 */
public record AreaChange(AreaCoverage before, AreaCoverage after, long coveredPopulationBefore, long coveredPopulationAfter,
                         int coveredSettlementsBefore, int coveredSettlementsAfter,
                         int settlementsGained, int settlementsLost, long populationGained, long populationLost) {
    public AreaChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public String code() { return after.code(); }

    public long coveredPopulationDelta() { return coveredPopulationAfter - coveredPopulationBefore; }
}
