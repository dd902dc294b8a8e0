package org.dostap.web.cli;

import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.E2sfcaSummary;
import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.coverage.SettlementAccess;
import org.dostap.engine.coverage.ThresholdCoverage;
import org.dostap.engine.coverage.TravelTimeStats;
import org.dostap.engine.coverage.UncoveredSettlement;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dostap.data.output.JsonOutput;
import org.dostap.web.analysis.RunProvenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the {@code coverage} command's outputs, in minutes (the CLI edge): the summary.json tree
 * and the settlements.csv rows. Key names are part of the command's contract.
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

    static Map<String, Object> summary(CoverageResult r, RegionData region, ServiceType type, RunProvenance run) {
        AreaCoverage all = r.region();
        ThresholdCoverage at = all.getThreshold(r.thresholdSeconds());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", region.code());
        m.put("service", type.id());
        m.put("service_name_bg", type.nameBg());
        m.put("service_name_en", type.nameEn());
        m.put("threshold_min", minutes(r.thresholdSeconds()));
        m.put("population_column", r.populationColumn());
        m.put("travel_time_source", r.provenance().travelTimeSource());
        m.put("facilities_illustrative", r.provenance().facilitiesIllustrative());
        m.putAll(counts(all, r.thresholdSeconds()));
        m.put("covered_share_of_population", all.population() == 0 ? null
                : round((double) at.coveredPopulation() / all.population(), 4));
        m.put("thresholds", thresholds(all));
        m.put("travel_time_min", stats(all.travelTime()));
        m.put("gini_travel_time", all.travelTime().gini() == null ? null : round(all.travelTime().gini(), 4));
        m.put("e2sfca", e2sfca(all.e2sfca()));
        m.put("uncovered_settlements", uncovered(all));
        m.put("estimate_model", EstimateModelReport.of(r.provenance()));
        List<Map<String, Object>> municipalities = new ArrayList<>();
        for (AreaCoverage a : r.municipalities()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", a.code());
            row.put("name_bg", a.nameBg());
            row.put("name_en", a.nameEn());
            row.putAll(counts(a, r.thresholdSeconds()));
            row.put("thresholds", thresholds(a));
            row.put("travel_time_min", stats(a.travelTime()));
            row.put("gini_travel_time", a.travelTime().gini() == null ? null : round(a.travelTime().gini(), 4));
            row.put("e2sfca", e2sfca(a.e2sfca()));
            row.put("uncovered_settlements", uncovered(a));
            municipalities.add(row);
        }
        m.put("by_municipality", municipalities);
        m.put("facilities", facilities(region, type));
        m.put("warnings", r.warnings());
        m.put("definitions", Map.of("weighted_quantiles", QUANTILE_DEFINITION, "gini", GINI_DEFINITION,
                "e2sfca", E2SFCA_DEFINITION));
        // the one provenance record of every output, plus the coverage search limit
        @SuppressWarnings("unchecked")
        Map<String, Object> provenance = JsonOutput.mapper().convertValue(run, LinkedHashMap.class);
        provenance.put("search_limit_min", minutes(r.provenance().searchLimitSeconds()));
        m.put("provenance", provenance);
        return m;
    }

    private static Map<String, Object> counts(AreaCoverage a, int thresholdSeconds) {
        ThresholdCoverage at = a.getThreshold(thresholdSeconds);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("settlements", a.settlements());
        m.put("population", a.population());
        m.put("covered_settlements", at.coveredSettlements());
        m.put("covered_population", at.coveredPopulation());
        m.put("covered_settlements_low", at.coveredSettlementsLow());
        m.put("covered_settlements_high", at.coveredSettlementsHigh());
        m.put("covered_population_low", at.coveredPopulationLow());
        m.put("covered_population_high", at.coveredPopulationHigh());
        m.put("uncovered_settlements_count", at.uncoveredSettlements());
        m.put("uncovered_population", at.uncoveredPopulation());
        m.put("not_connected_settlements", a.notConnectedSettlements());
        m.put("not_connected_population", a.notConnectedPopulation());
        m.put("unreached_settlements", a.unreachedSettlements());
        m.put("unreached_population", a.unreachedPopulation());
        return m;
    }

    private static List<Map<String, Object>> thresholds(AreaCoverage a) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ThresholdCoverage t : a.thresholds()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("threshold_min", minutes(t.thresholdSeconds()));
            row.put("covered_settlements", t.coveredSettlements());
            row.put("covered_population", t.coveredPopulation());
            row.put("covered_settlements_low", t.coveredSettlementsLow());
            row.put("covered_settlements_high", t.coveredSettlementsHigh());
            row.put("covered_population_low", t.coveredPopulationLow());
            row.put("covered_population_high", t.coveredPopulationHigh());
            row.put("uncovered_settlements", t.uncoveredSettlements());
            row.put("uncovered_population", t.uncoveredPopulation());
            out.add(row);
        }
        return out;
    }

    private static Map<String, Object> stats(TravelTimeStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("settlements_with_time", s.settlements());
        m.put("population_with_time", s.population());
        m.put("mean", s.meanSeconds() == null ? null : round(s.meanSeconds() / 60, 1));
        m.put("median", s.medianSeconds() == null ? null : round(s.medianSeconds() / 60, 1));
        m.put("p90", s.p90Seconds() == null ? null : round(s.p90Seconds() / 60, 1));
        return m;
    }

    private static Map<String, Object> e2sfca(E2sfcaSummary e) {
        if (e == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("catchment_min", minutes(e.catchmentSeconds()));
        m.put("zone_weights", e.zoneWeights());
        m.put("facilities_with_capacity", e.facilitiesWithCapacity());
        m.put("total_capacity", e.totalCapacity());
        m.put("mean_places_per_1000", e.meanPer1000() == null ? null : round(e.meanPer1000(), 3));
        m.put("min_places_per_1000", e.minPer1000() == null ? null : round(e.minPer1000(), 3));
        m.put("max_places_per_1000", e.maxPer1000() == null ? null : round(e.maxPer1000(), 3));
        m.put("settlements_without_access", e.settlementsWithoutAccess());
        m.put("population_without_access", e.populationWithoutAccess());
        return m;
    }

    private static List<Map<String, Object>> uncovered(AreaCoverage a) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (UncoveredSettlement u : a.uncoveredByPopulation()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", u.settlementId());
            row.put("name", u.name());
            row.put("municipality", u.municipality());
            row.put("population", u.population());
            row.put("travel_time_min", u.travelTimeSeconds() == null ? null : minutes(u.travelTimeSeconds()));
            row.put("connected", u.connected());
            out.add(row);
        }
        return out;
    }

    private static List<Map<String, Object>> facilities(RegionData region, ServiceType type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Facility f : region.facilitiesOf(type.id())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", f.id());
            row.put("name", f.name());
            row.put("lon", f.location().lon());
            row.put("lat", f.location().lat());
            row.put("capacity", f.capacity() > 0 ? f.capacity() : null);
            row.put("municipality", f.municipality());
            row.put("status", f.status().label());
            row.put("illustrative", f.illustrative());
            out.add(row);
        }
        return out;
    }

    /** settlements.csv: the contract's columns first, then provenance and the other service types. */
    static List<String> csvHeader(RegionData region, ServiceType type) {
        List<String> h = new ArrayList<>(List.of("id", "name", "municipality", "population", "nearest_facility",
                "travel_time_min", "travel_time_min_low", "travel_time_min_high", "covered", "snap_distance_m", "connected", "lon", "lat", "e2sfca_places_per_1000",
                "service", "threshold_min", "population_column", "travel_time_source", "facilities_illustrative"));
        for (ServiceType t : region.services().list()) {
            if (t.id().equals(type.id())) continue;
            h.add(t.id() + "_nearest_facility");
            h.add(t.id() + "_travel_time_min");
        }
        return h;
    }

    static List<List<Object>> csvRows(CoverageResult r, RegionData region, ServiceType type) {
        Map<String, Settlement> byId = region.settlementsById();
        List<List<Object>> rows = new ArrayList<>();
        for (SettlementAccess s : r.settlements()) {
            ServiceAccess a = s.getService(type.id());
            Settlement settlement = byId.get(s.settlementId());
            List<Object> row = new ArrayList<>(List.of(s.settlementId(), s.name(), s.municipality(), s.population()));
            row.add(a.nearestFacilityId());
            row.add(a.travelTimeSeconds() == null ? null : minutes(a.travelTimeSeconds()));
            row.add(a.travelTimeSecondsLow() == null ? null : minutes(a.travelTimeSecondsLow()));
            row.add(a.travelTimeSecondsHigh() == null ? null : minutes(a.travelTimeSecondsHigh()));
            row.add(a.covered());
            row.add(round(s.snapDistanceMetres(), 1));
            row.add(s.connected());
            row.add(settlement.location().lon());
            row.add(settlement.location().lat());
            row.add(s.e2sfcaPer1000() == null ? null : round(s.e2sfcaPer1000(), 3));
            row.add(type.id());
            row.add(minutes(r.thresholdSeconds()));
            row.add(r.populationColumn());
            row.add(r.provenance().travelTimeSource());
            row.add(r.provenance().facilitiesIllustrative());
            for (ServiceType t : region.services().list()) {
                if (t.id().equals(type.id())) continue;
                ServiceAccess o = s.getService(t.id());
                row.add(o.nearestFacilityId());
                row.add(o.travelTimeSeconds() == null ? null : minutes(o.travelTimeSeconds()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Seconds as minutes with one decimal, plain (1800 s -> 30, 1121 s -> 18.7). */
    static BigDecimal minutes(int seconds) {
        return plain(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
    }

    static BigDecimal round(double value, int decimals) {
        return plain(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
