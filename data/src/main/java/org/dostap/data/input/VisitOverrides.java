package org.dostap.data.input;

import java.util.Map;

/**
 * Per-settlement visit settings read from a visits file: interval in weeks, time window and time on site
 * (seconds), each only for the settlements that set it.
 */
public record VisitOverrides(Map<String, Integer> weeksBySettlement,
                             Map<String, org.dostap.engine.mobile.TimeWindow> windowBySettlement,
                             Map<String, Integer> onSiteSecondsBySettlement) {
    public static final VisitOverrides NONE = new VisitOverrides(Map.of(), Map.of(), Map.of());

    public VisitOverrides {
        weeksBySettlement = Map.copyOf(weeksBySettlement);
        windowBySettlement = Map.copyOf(windowBySettlement);
        onSiteSecondsBySettlement = Map.copyOf(onSiteSecondsBySettlement);
    }
}
