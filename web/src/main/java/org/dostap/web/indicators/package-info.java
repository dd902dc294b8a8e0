/**
 * Monitoring indicators of access per region and municipality for one service type: share of the population within
 * the standard, settlements and people beyond it, population-weighted mean and p90 travel time, Gini, places per
 * 1,000 (E2SFCA), taken from the engine's coverage result through {@link org.dostap.web.analysis.AccessAnalysis}.
 */
package org.dostap.web.indicators;
