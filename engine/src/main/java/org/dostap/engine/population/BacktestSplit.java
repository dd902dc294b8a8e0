package org.dostap.engine.population;

import java.util.List;

/**
 * One back-test: fit on {@code fitFromYear..fitToYear}, predict the known {@code targetYear}; every candidate's error,
 * the chosen one's and the no-change forecast's.
 */
public record BacktestSplit(int fitFromYear, int fitToYear, int targetYear, List<CandidateScore> candidates,
                            ForecastError chosen, ForecastError noChange) {
    public BacktestSplit { candidates = List.copyOf(candidates); }
}
