package org.dostap.engine.coverage;

/**
 * Where a coverage result came from: region data provenance, population column, travel-time source
 * ({@code road} or {@code estimated}) and its description (network file and date, or the estimate's
 * parameters), travel mode, whether any facility of the service is illustrative, the software version, and the
 * estimate's model (the one in use for estimated times; for road times the one fitted on the network when it was,
 * else null).
 */
public record CoverageProvenance(String regionCode, String dataProvenance, String populationColumn,
                                 String travelTimeSource, String travelTimeDescription, String travelMode,
                                 int searchLimitSeconds, boolean facilitiesIllustrative, String softwareVersion,
                                 org.dostap.engine.traveltime.EstimateModel estimateModel) {
}
