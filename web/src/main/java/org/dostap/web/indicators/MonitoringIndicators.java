package org.dostap.web.indicators;

import java.util.List;

/**
 * Monitoring indicators of one service type in a region: the region first, then each municipality, each at the
 * baseline and (when asked) at the review, against the planner's target share. {@code travelTimeRange} describes the
 * estimate's low-high range when travel times are estimated (null on a road network). {@code provenance}: where the
 * baseline came from, with the review and the targets among its parameters.
 */
public record MonitoringIndicators(String region, String regionNameBg, String regionNameEn, String service, String serviceNameBg,
                                   String serviceNameEn, int thresholdMin, String baselinePopulation, int baselineEdits,
                                   String reviewPopulation, String reviewScenario, int reviewEdits, String travelTimeSource,
                                   String travelTimeDescription, boolean facilitiesIllustrative, List<Row> areas,
                                   org.dostap.web.analysis.RunProvenance provenance) {
    public MonitoringIndicators { areas = List.copyOf(areas); }

    /** The same indicators, their provenance naming the input files they were computed from. */
    public MonitoringIndicators withInputs(List<org.dostap.web.analysis.RunProvenance.InputFile> inputs) {
        return new MonitoringIndicators(region, regionNameBg, regionNameEn, service, serviceNameBg, serviceNameEn, thresholdMin,
                baselinePopulation, baselineEdits, reviewPopulation, reviewScenario, reviewEdits, travelTimeSource, travelTimeDescription,
                facilitiesIllustrative, areas, provenance == null ? null : provenance.withInputs(inputs));
    }

    public boolean hasReview() { return areas.stream().anyMatch(a -> a.review() != null); }

    /**
     * One area ({@code level} region or municipality): its indicators at the baseline and the review (null without a
     * review), the target share (null when none applies), whether each meets it on the point estimate
     * ({@code ...MeetsTarget}) and over the estimate's range ({@code ...TargetStatus}: met, not met, or uncertain when the
     * range straddles the target; what every output shows), and how many more people would have to live within the
     * standard for the review (else the baseline) to meet it on the point estimate ({@code peopleToTarget}, 0 when met).
     */
    public record Row(String code, String nameBg, String nameEn, String level, AccessIndicators baseline, AccessIndicators review,
                      Double targetShare, Boolean baselineMeetsTarget, Boolean reviewMeetsTarget, Long peopleToTarget,
                      TargetStatus baselineTargetStatus, TargetStatus reviewTargetStatus) {
        public AccessIndicators latest() { return review == null ? baseline : review; }

        /** The status of the review, else of the baseline; null without a target. */
        public TargetStatus latestTargetStatus() { return review == null ? baselineTargetStatus : reviewTargetStatus; }
    }
}
