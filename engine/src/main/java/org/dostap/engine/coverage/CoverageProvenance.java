package org.dostap.engine.coverage;

/**
 * Where a coverage result came from: region data provenance, population column, travel-time source
 * ({@code road} or {@code estimated}) and its description (network file and date, or the estimate's
 * parameters), travel mode, whether any facility of the service is illustrative, and the software version.
 */
public record CoverageProvenance(String regionCode, String dataProvenance, String populationColumn,
                                 String travelTimeSource, String travelTimeDescription, String travelMode,
                                 int searchLimitSeconds, boolean facilitiesIllustrative, String softwareVersion) {
}
