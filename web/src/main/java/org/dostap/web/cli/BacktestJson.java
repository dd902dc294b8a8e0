package org.dostap.web.cli;

import org.dostap.engine.population.BacktestSplit;
import org.dostap.engine.population.ForecastError;
import org.dostap.engine.population.ProjectionRange;
import org.dostap.engine.population.ProjectionResult;

import java.util.List;
import java.util.Map;

/**
 * backtest.json of {@code population project} (snake_case through the shared mapper). {@code backtest} is the primary
 * split (fit years minus the hold-out, predicting the last fit year) of the chosen method, with the no-change forecast
 * beside it; {@code evaluation}, when the horizon is a known year, is the projection itself against that year.
 */
record BacktestJson(String region, String method, boolean censusRebased, int fitFromYear, int fitToYear, int horizon,
                    String errorMeasure, Split backtest, Split evaluation, List<BacktestSplit> splits, ProjectionRange range,
                    long projectedTotal, Map<String, Long> projectedByProvince, Map<String, Long> projectedByMunicipality,
                    Map<String, Double> rebasingFactorByMunicipality, String notes, org.dostap.web.analysis.RunProvenance provenance) {
    record Split(int fitFromYear, int fitToYear, int targetYear, ForecastError method, ForecastError noChange) {
        static Split of(BacktestSplit s) {
            return new Split(s.fitFromYear(), s.fitToYear(), s.targetYear(), s.chosen(), s.noChange());
        }
    }

    static BacktestJson of(String region, ProjectionResult r, org.dostap.web.analysis.RunProvenance provenance) {
        return new BacktestJson(region, r.method(), r.censusRebased(), r.fitFromYear(), r.fitToYear(), r.horizonYear(),
                "population-weighted absolute error: sum |projected - actual| / sum actual (0.05 = 5 %)",
                Split.of(r.backtests().get(0)), r.evaluation().map(Split::of).orElse(null), r.backtests(), r.range(),
                r.totals().total(), r.totals().byProvince(), r.totals().byMunicipality(), r.rebasingFactorByMunicipality(),
                "Method chosen by the lowest mean settlement error over the splits (docs/projection.md). Settlements are raked"
                        + " to their municipality, municipalities to their province, provinces to the total. The range is the"
                        + " 10th-90th percentile of actual/projected in the primary split per size class, scaled to the horizon."
                        + " The 2011 re-basing (when applied) multiplies each municipality's 2002-2010 figures by its 2010->2011"
                        + " jump beyond the usual yearly change.", provenance);
    }
}
