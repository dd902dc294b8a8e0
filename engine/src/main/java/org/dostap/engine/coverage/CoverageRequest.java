package org.dostap.engine.coverage;

import org.dostap.engine.common.ProblemCollector;

import java.util.List;
import java.util.TreeSet;

/**
 * What to measure: one service type, the threshold of interest and the thresholds table (seconds), and the
 * population column. {@code thresholdSeconds} 0 means the service type's own access standard;
 * {@code thresholdsSeconds} empty means {@link #DEFAULT_THRESHOLDS_SECONDS} (15/30/45/60 min);
 * {@code populationColumn} null or blank means the region's default (the newest NSI year).
 * The threshold of interest is always part of the table. Every problem is reported at once.
 */
public record CoverageRequest(String serviceTypeId, int thresholdSeconds, List<Integer> thresholdsSeconds,
                              String populationColumn) {
    public static final List<Integer> DEFAULT_THRESHOLDS_SECONDS = List.of(15 * 60, 30 * 60, 45 * 60, 60 * 60);
    /** Thresholds above 24 hours are refused as a unit mistake. */
    public static final int MAX_THRESHOLD_SECONDS = org.dostap.engine.common.Limits.MAX_THRESHOLD_SECONDS;

    public CoverageRequest {
        ProblemCollector problems = new ProblemCollector();
        if (serviceTypeId == null || serviceTypeId.isBlank())
            problems.field("service", "service type is required");
        if (thresholdSeconds < 0 || thresholdSeconds > MAX_THRESHOLD_SECONDS)
            problems.field("threshold_seconds", "threshold must be between 1 second and 24 hours, got "
                    + thresholdSeconds + " s");
        List<Integer> table = thresholdsSeconds == null || thresholdsSeconds.isEmpty()
                ? DEFAULT_THRESHOLDS_SECONDS : thresholdsSeconds;
        for (Integer t : table) {
            if (t == null || t <= 0 || t > MAX_THRESHOLD_SECONDS)
                problems.field("thresholds_seconds", "every threshold must be between 1 second and 24 hours, got "
                        + (t == null ? "nothing" : t + " s"));
        }
        problems.throwIfAny();
        serviceTypeId = serviceTypeId.trim();
        TreeSet<Integer> sorted = new TreeSet<>(table);
        if (thresholdSeconds > 0) sorted.add(thresholdSeconds);
        thresholdsSeconds = List.copyOf(sorted);
        populationColumn = populationColumn == null || populationColumn.isBlank() ? null : populationColumn.trim();
    }

    /** Service type, its standard as threshold, default table and population column. */
    public static CoverageRequest of(String serviceTypeId) {
        return new CoverageRequest(serviceTypeId, 0, List.of(), null);
    }

    public static CoverageRequest of(String serviceTypeId, int thresholdSeconds) {
        return new CoverageRequest(serviceTypeId, thresholdSeconds, List.of(), null);
    }
}
