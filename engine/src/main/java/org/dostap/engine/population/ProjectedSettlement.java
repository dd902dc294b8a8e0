package org.dostap.engine.population;

/** A settlement's projection at the horizon year with its low-high range (whole persons). */
public record ProjectedSettlement(String id, String municipality, long projectedPopulation, long low, long high) { }
