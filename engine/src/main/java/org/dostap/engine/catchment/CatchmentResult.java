package org.dostap.engine.catchment;

import java.util.List;

/** Catchments per facility and threshold (facility order of the region, thresholds ascending), with provenance. */
public record CatchmentResult(String serviceTypeId, String populationColumn, String travelTimeSource,
                              String travelTimeDescription, boolean facilitiesIllustrative, List<Catchment> catchments) {
    public CatchmentResult {
        catchments = List.copyOf(catchments);
    }
}
