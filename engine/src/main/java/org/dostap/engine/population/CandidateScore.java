package org.dostap.engine.population;

/** One candidate's back-test: method, whether the 2011 re-basing was applied, its error. */
public record CandidateScore(String method, boolean censusRebased, ForecastError error) { }
