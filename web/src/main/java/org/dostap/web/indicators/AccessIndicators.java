package org.dostap.web.indicators;

import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.ThresholdCoverage;
import org.dostap.web.analysis.CoverageView;

import java.util.ArrayList;
import java.util.List;

/**
 * One area's monitoring indicators for the view's service type and threshold (the standard): {@code shareWithin} is
 * covered population / population (0 when the area is empty); {@code beyond*} counts settlements and people not
 * within the threshold (including those not reachable or not connected); times in minutes (null when no settlement is
 * reachable); {@code placesPer1000} is the mean E2SFCA index (null without capacities). With estimated travel times,
 * {@code populationWithinLow/High} is the range of the people within (covered even when the roads are slow / when they
 * are fast); with road times both equal {@code populationWithin}.
 */
public record AccessIndicators(String code, String nameBg, String nameEn, long population, int settlements,
                               long populationWithin, double shareWithin, int settlementsBeyond, long populationBeyond,
                               Double meanMinutes, Double p90Minutes, Double gini, Double placesPer1000,
                               long populationWithinLow, long populationWithinHigh) {

    public static AccessIndicators of(AreaCoverage a, int thresholdSeconds) {
        ThresholdCoverage t = a.getThreshold(thresholdSeconds);
        return new AccessIndicators(a.code(), a.nameBg(), a.nameEn(), a.population(), a.settlements(),
                t.coveredPopulation(), a.population() == 0 ? 0 : (double) t.coveredPopulation() / a.population(),
                t.uncoveredSettlements(), t.uncoveredPopulation(),
                minutes(a.travelTime().meanSeconds()), minutes(a.travelTime().p90Seconds()), a.travelTime().gini(),
                a.e2sfca() == null ? null : a.e2sfca().meanPer1000(), t.coveredPopulationLow(), t.coveredPopulationHigh());
    }

    /** The region first, then every municipality in the result's order. */
    public static List<AccessIndicators> of(CoverageView view) {
        int threshold = view.query().thresholdSeconds();
        List<AccessIndicators> out = new ArrayList<>();
        out.add(of(view.result().region(), threshold));
        view.result().municipalities().forEach(m -> out.add(of(m, threshold)));
        return out;
    }

    private static Double minutes(Double seconds) { return seconds == null ? null : seconds / 60; }
}
