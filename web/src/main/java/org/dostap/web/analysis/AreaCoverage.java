package org.dostap.web.analysis;

/**
 * Coverage totals of an area (a municipality or the whole region). {@code meanTravelTimeSeconds} is
 * population-weighted over the settlements that reach a service (NaN when none does).
 */
public record AreaCoverage(String code, String nameBg, String nameEn, int settlements, long population,
                           int coveredSettlements, long coveredPopulation, int notConnectedSettlements,
                           double meanTravelTimeSeconds) {
    public long uncoveredPopulation() { return population - coveredPopulation; }

    public double coveredShare() { return population == 0 ? 0 : (double) coveredPopulation / population; }
}
