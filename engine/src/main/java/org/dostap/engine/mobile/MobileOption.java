package org.dostap.engine.mobile;

/**
 * One mobile option in a side-by-side comparison: base, number of teams, visit interval, and what it
 * achieves over the horizon: population and settlements newly reached, team hours, km driven, and the
 * population one more team adds over the same option with one team fewer (for one team: all of it).
 */
public record MobileOption(String baseFacilityId, int teams, int frequencyWeeks, int populationReached,
                           int settlementsReached, int populationUnserved, double teamHours, double kmDriven,
                           int marginalPopulationOfLastTeam, double planSeconds) { }
