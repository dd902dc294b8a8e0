package org.dostap.web.analysis;

import java.util.Objects;

/**
 * One area (municipality or region) in two views: before (baseline, or the earlier population year) and
 * after. Gained/lost count settlements that became covered / uncovered, and their population (after).
 */
public record AreaChange(AreaCoverage before, AreaCoverage after, int settlementsGained, int settlementsLost,
                         long populationGained, long populationLost) {
    public AreaChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public String code() { return after.code(); }

    public long coveredPopulationDelta() { return after.coveredPopulation() - before.coveredPopulation(); }
}
