/**
 * Coverage: who reaches a service within a threshold, per settlement, municipality and region.
 * {@link org.dostap.engine.coverage.AccessModel} holds the travel times (one column per facility, cached,
 * so a scenario edit recomputes only what changed); {@link org.dostap.engine.coverage.CoverageService}
 * turns them into the coverage table, uncovered settlements, population-weighted mean / median / 90th
 * percentile and Gini of travel time ({@code WeightedStats}) and the capacity-aware E2SFCA index
 * ({@code E2sfca}). Units: seconds. (JTS also has a "coverage" package: never import it here unqualified.)
 */
package org.dostap.engine.coverage;
