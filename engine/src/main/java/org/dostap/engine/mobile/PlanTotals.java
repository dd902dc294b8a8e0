package org.dostap.engine.mobile;

/**
 * Totals of a plan over its horizon: population and settlements served and unserved, visits,
 * team time (sum of day lengths of the days with visits), driving time and metres driven.
 */
public record PlanTotals(int populationServed, int settlementsServed, int populationUnserved, int settlementsUnserved,
                         int visits, int teamDays, long teamSeconds, long drivingSeconds, double distanceMetres) { }
