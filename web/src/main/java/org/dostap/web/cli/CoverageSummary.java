package org.dostap.web.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.dostap.web.analysis.EstimateModelSummary;
import org.dostap.web.analysis.RunProvenance;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code coverage} command's {@code summary.json}: one record set, in minutes, written by
 * {@link org.dostap.data.output.JsonOutput} (snake_case). Field names and their order are the command's contract
 * (docs/cli.md); {@link CoverageReport#summary} fills it from the use case's result.
 */
record CoverageSummary(String region, String service, String serviceNameBg, String serviceNameEn, BigDecimal thresholdMin,
                       String populationColumn, String travelTimeSource, boolean facilitiesIllustrative,
                       @JsonUnwrapped Counts counts, BigDecimal coveredShareOfPopulation, List<Threshold> thresholds,
                       TravelTimeMin travelTimeMin, BigDecimal giniTravelTime, E2sfca e2sfca,
                       List<Uncovered> uncoveredSettlements, EstimateModelSummary estimateModel,
                       List<Municipality> byMunicipality, List<FacilityRow> facilities, List<String> warnings,
                       Definitions definitions, Provenance provenance) {

    /** Settlements and residents of an area, and how many are covered at the threshold (with the low/high range). */
    record Counts(int settlements, long population, int coveredSettlements, long coveredPopulation,
                  int coveredSettlementsLow, int coveredSettlementsHigh, long coveredPopulationLow, long coveredPopulationHigh,
                  int uncoveredSettlementsCount, long uncoveredPopulation, int notConnectedSettlements,
                  long notConnectedPopulation, int unreachedSettlements, long unreachedPopulation) { }

    record Threshold(BigDecimal thresholdMin, int coveredSettlements, long coveredPopulation, int coveredSettlementsLow,
                     int coveredSettlementsHigh, long coveredPopulationLow, long coveredPopulationHigh,
                     int uncoveredSettlements, long uncoveredPopulation) { }

    /** Population-weighted travel-time statistics in minutes (null when no settlement has a time). */
    record TravelTimeMin(int settlementsWithTime, long populationWithTime, BigDecimal mean, BigDecimal median, BigDecimal p90) { }

    record E2sfca(BigDecimal catchmentMin, List<Double> zoneWeights, int facilitiesWithCapacity, long totalCapacity,
                  @JsonProperty("mean_places_per_1000") BigDecimal meanPlacesPer1000,
                  @JsonProperty("min_places_per_1000") BigDecimal minPlacesPer1000,
                  @JsonProperty("max_places_per_1000") BigDecimal maxPlacesPer1000,
                  int settlementsWithoutAccess, long populationWithoutAccess) { }

    record Uncovered(String id, String name, String municipality, long population, BigDecimal travelTimeMin, boolean connected) { }

    record Municipality(String code, String nameBg, String nameEn, @JsonUnwrapped Counts counts, List<Threshold> thresholds,
                        TravelTimeMin travelTimeMin, BigDecimal giniTravelTime, E2sfca e2sfca,
                        List<Uncovered> uncoveredSettlements) { }

    record FacilityRow(String id, String name, double lon, double lat, Integer capacity, String municipality, String status,
                       boolean illustrative) { }

    record Definitions(String weightedQuantiles, String gini, String e2sfca) { }

    /** The one provenance record of every output, plus the coverage search limit. */
    record Provenance(@JsonUnwrapped RunProvenance run, BigDecimal searchLimitMin) { }
}
