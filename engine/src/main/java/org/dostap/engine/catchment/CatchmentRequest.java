package org.dostap.engine.catchment;

import org.dostap.engine.common.ProblemCollector;

import java.util.List;
import java.util.TreeSet;

/**
 * Which catchments to draw: the facilities of one service type (all existing and planned ones when
 * {@code facilityIds} is empty, candidates only when listed), at each threshold in seconds, with reached population counted in
 * {@code populationColumn} (null or blank: the region's default).
 */
public record CatchmentRequest(String serviceTypeId, List<String> facilityIds, List<Integer> thresholdsSeconds,
                               String populationColumn) {
    public static final int MAX_THRESHOLD_SECONDS = org.dostap.engine.common.Limits.MAX_THRESHOLD_SECONDS;

    public CatchmentRequest {
        ProblemCollector problems = new ProblemCollector();
        if (serviceTypeId == null || serviceTypeId.isBlank())
            problems.field("service", "service type is required");
        if (thresholdsSeconds == null || thresholdsSeconds.isEmpty())
            problems.field("thresholds_seconds", "at least one threshold is required");
        else for (Integer t : thresholdsSeconds)
            if (t == null || t <= 0 || t > MAX_THRESHOLD_SECONDS)
                problems.field("thresholds_seconds", "every threshold must be between 1 second and 6 hours, got "
                        + (t == null ? "nothing" : t + " s"));
        problems.throwIfAny();
        serviceTypeId = serviceTypeId.trim();
        facilityIds = facilityIds == null ? List.of() : List.copyOf(facilityIds);
        thresholdsSeconds = List.copyOf(new TreeSet<>(thresholdsSeconds));
        populationColumn = populationColumn == null || populationColumn.isBlank() ? null : populationColumn.trim();
    }
}
