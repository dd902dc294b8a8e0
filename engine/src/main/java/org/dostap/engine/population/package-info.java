/**
 * Population projection per settlement to a horizon year: trend methods on the yearly series, the 2011 census
 * re-basing, back-testing to choose the method, the low-high range and raking so that settlements add up to their
 * municipality, municipalities to their province and provinces to the country. Pure functions over
 * {@link org.dostap.engine.population.PopulationHistory}; see docs/projection.md.
 */
package org.dostap.engine.population;
