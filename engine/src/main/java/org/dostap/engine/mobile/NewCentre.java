package org.dostap.engine.mobile;

/**
 * The alternative to mobile teams: one more fixed centre at a settlement, with the population and number
 * of target settlements it would bring within the threshold, and which method chose it.
 */
public record NewCentre(String settlementId, String name, int populationNewlyCovered, int settlementsNewlyCovered, String method) { }
