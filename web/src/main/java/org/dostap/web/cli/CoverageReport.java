package org.dostap.web.cli;

import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.E2sfcaSummary;
import org.dostap.engine.coverage.ThresholdCoverage;
import org.dostap.engine.coverage.TravelTimeStats;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;

import org.dostap.web.analysis.EstimateModelSummary;
import org.dostap.web.analysis.RunProvenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code coverage} command's summary.json record ({@link CoverageSummary}), in minutes (the CLI edge). Field names
 * are part of the command's contract. The settlement rows are {@link org.dostap.web.analysis.SettlementAccessRow}s.
 */
final class CoverageReport {
    static final String QUANTILE_DEFINITION = "population-weighted: with settlements sorted by travel time, the time"
            + " of the first settlement at which the cumulative population reaches q x total (no interpolation);"
            + " settlements without a time are left out and counted separately";
    static final String GINI_DEFINITION = "G = sum_i sum_j w_i w_j |x_i - x_j| / (2 W^2 mu), w = population,"
            + " x = travel time, W = total population, mu = weighted mean; 0 = everyone equally far";
    static final String E2SFCA_DEFINITION = "Luo & Qi (2009) E2SFCA: catchment = threshold of interest split into"
            + " three equal zones weighted 1.00, 0.68, 0.22 (Gaussian); R_j = capacity_j / weighted population in"
            + " its catchment; A_i = sum of weighted R_j; reported as places per 1,000 residents";

    private CoverageReport() {}

    static CoverageSummary summary(CoverageResult r, RegionData region, ServiceType type, RunProvenance run) {
        AreaCoverage all = r.region();
        ThresholdCoverage at = all.getThreshold(r.thresholdSeconds());
        List<CoverageSummary.Municipality> municipalities = new ArrayList<>();
        for (AreaCoverage a : r.municipalities())
            municipalities.add(new CoverageSummary.Municipality(a.code(), a.nameBg(), a.nameEn(), counts(a, r.thresholdSeconds()),
                    thresholds(a), stats(a.travelTime()), gini(a), e2sfca(a.e2sfca()), uncovered(a)));
        return new CoverageSummary(region.code(), type.id(), type.nameBg(), type.nameEn(), minutes(r.thresholdSeconds()),
                r.populationColumn(), r.provenance().travelTimeSource(), r.provenance().facilitiesIllustrative(),
                counts(all, r.thresholdSeconds()),
                all.population() == 0 ? null : round((double) at.coveredPopulation() / all.population(), 4),
                thresholds(all), stats(all.travelTime()), gini(all), e2sfca(all.e2sfca()), uncovered(all),
                EstimateModelSummary.of(r.provenance().estimateModel(), r.provenance().travelTimeSource()),
                municipalities, facilities(region, type), r.warnings(),
                new CoverageSummary.Definitions(QUANTILE_DEFINITION, GINI_DEFINITION, E2SFCA_DEFINITION),
                new CoverageSummary.Provenance(run, minutes(r.provenance().searchLimitSeconds())));
    }

    private static BigDecimal gini(AreaCoverage a) {
        return a.travelTime().gini() == null ? null : round(a.travelTime().gini(), 4);
    }

    private static CoverageSummary.Counts counts(AreaCoverage a, int thresholdSeconds) {
        ThresholdCoverage at = a.getThreshold(thresholdSeconds);
        return new CoverageSummary.Counts(a.settlements(), a.population(), at.coveredSettlements(), at.coveredPopulation(),
                at.coveredSettlementsLow(), at.coveredSettlementsHigh(), at.coveredPopulationLow(), at.coveredPopulationHigh(),
                at.uncoveredSettlements(), at.uncoveredPopulation(), a.notConnectedSettlements(), a.notConnectedPopulation(),
                a.unreachedSettlements(), a.unreachedPopulation());
    }

    private static List<CoverageSummary.Threshold> thresholds(AreaCoverage a) {
        return a.thresholds().stream().map(t -> new CoverageSummary.Threshold(minutes(t.thresholdSeconds()), t.coveredSettlements(),
                t.coveredPopulation(), t.coveredSettlementsLow(), t.coveredSettlementsHigh(), t.coveredPopulationLow(),
                t.coveredPopulationHigh(), t.uncoveredSettlements(), t.uncoveredPopulation())).toList();
    }

    private static CoverageSummary.TravelTimeMin stats(TravelTimeStats s) {
        return new CoverageSummary.TravelTimeMin(s.settlements(), s.population(),
                s.meanSeconds() == null ? null : round(s.meanSeconds() / 60, 1),
                s.medianSeconds() == null ? null : round(s.medianSeconds() / 60, 1),
                s.p90Seconds() == null ? null : round(s.p90Seconds() / 60, 1));
    }

    private static CoverageSummary.E2sfca e2sfca(E2sfcaSummary e) {
        if (e == null) return null;
        return new CoverageSummary.E2sfca(minutes(e.catchmentSeconds()), e.zoneWeights(), e.facilitiesWithCapacity(), e.totalCapacity(),
                e.meanPer1000() == null ? null : round(e.meanPer1000(), 3), e.minPer1000() == null ? null : round(e.minPer1000(), 3),
                e.maxPer1000() == null ? null : round(e.maxPer1000(), 3), e.settlementsWithoutAccess(), e.populationWithoutAccess());
    }

    private static List<CoverageSummary.Uncovered> uncovered(AreaCoverage a) {
        return a.uncoveredByPopulation().stream().map(u -> new CoverageSummary.Uncovered(u.settlementId(), u.name(), u.municipality(),
                u.population(), u.travelTimeSeconds() == null ? null : minutes(u.travelTimeSeconds()), u.connected())).toList();
    }

    private static List<CoverageSummary.FacilityRow> facilities(RegionData region, ServiceType type) {
        return region.facilitiesOf(type.id()).stream().map(f -> new CoverageSummary.FacilityRow(f.id(), f.name(), f.location().lon(),
                f.location().lat(), f.capacity() > 0 ? f.capacity() : null, f.municipality(), f.status().label(), f.illustrative())).toList();
    }

    /** Seconds as minutes with one decimal, plain (1800 s -> 30, 1121 s -> 18.7): as in the settlement rows. */
    static BigDecimal minutes(int seconds) {
        return org.dostap.web.analysis.SettlementAccessRow.minutes(seconds);
    }

    static BigDecimal round(double value, int decimals) {
        BigDecimal s = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
