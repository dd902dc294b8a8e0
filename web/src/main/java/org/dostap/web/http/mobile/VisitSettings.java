package org.dostap.web.http.mobile;

import org.dostap.data.input.VisitRules;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProblemLocation;
import org.dostap.engine.mobile.TimeWindow;
import org.dostap.engine.mobile.VisitFrequency;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The visit settings of a mobile request body resolved against the region: interval by population class, the
 * default time window, per-settlement overrides ({@code visits[i]}); each bad value reported with its field.
 */
record VisitSettings(VisitFrequency frequency, TimeWindow defaultWindow, Map<String, TimeWindow> windows, Map<String, Integer> onSiteSeconds) {
    /** One per-settlement override in the body; null fields keep the defaults. */
    public record Visit(String settlementId, Integer frequencyWeeks, String timeWindow, Double onSiteMin) { }

    static VisitSettings resolve(MobileRequestJson r, Set<String> settlementIds, int horizonWeeks, Integer dayStartSeconds,
                                 int dayLengthSeconds, ProblemCollector problems) {
        VisitFrequency frequency = VisitFrequency.every(r.frequencyWeeks() == null ? 2 : r.frequencyWeeks());
        if (r.frequencyByPopulation() != null) {
            if (r.frequencyWeeks() != null)
                problems.field("frequency_by_population", "give either frequency_weeks or frequency_by_population, not both");
            frequency = VisitRules.populationClasses(r.frequencyByPopulation(), horizonWeeks, new ProblemLocation.Field("frequency_by_population"), problems)
                    .map(c -> new VisitFrequency(c.get(0).weeks(), Map.of(), c)).orElse(VisitFrequency.every(1));
        }
        TimeWindow window = TimeWindow.ALL_DAY;
        if (r.timeWindow() != null && dayStartSeconds != null)
            window = VisitRules.clockWindow(r.timeWindow(), dayStartSeconds, dayLengthSeconds, new ProblemLocation.Field("time_window"),
                    problems).orElse(TimeWindow.ALL_DAY);
        Map<String, Integer> weeks = new LinkedHashMap<>(), onSite = new LinkedHashMap<>();
        Map<String, TimeWindow> windows = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Visit> visits = r.visits() == null ? List.of() : r.visits();
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            String at = "visits[" + i + "].";
            if (v == null || v.settlementId() == null || v.settlementId().isBlank()) {
                problems.field(at + "settlement_id", "the settlement id is required");
                continue;
            }
            String id = v.settlementId();
            Integer first = firstIndex.putIfAbsent(id, i);
            if (first != null) problems.field(at + "settlement_id", "settlement '" + id + "' is already in visits[" + first + "]");
            else if (!settlementIds.contains(id)) problems.field(at + "settlement_id", "no settlement with id '" + id + "' in the region");
            if (v.frequencyWeeks() != null) {
                var why = VisitRules.weeksProblem(v.frequencyWeeks(), horizonWeeks);
                if (why.isPresent()) problems.field(at + "frequency_weeks", why.get());
                else weeks.put(id, v.frequencyWeeks());
            }
            if (v.timeWindow() != null && dayStartSeconds != null)
                VisitRules.clockWindow(v.timeWindow(), dayStartSeconds, dayLengthSeconds, new ProblemLocation.Field(at + "time_window"), problems)
                        .ifPresent(w -> windows.put(id, w));
            if (v.onSiteMin() != null) {
                if (!(v.onSiteMin() >= 0 && v.onSiteMin() * 60 <= dayLengthSeconds))
                    problems.field(at + "on_site_min", "must be 0 to the length of the working day in minutes, got " + v.onSiteMin());
                else onSite.put(id, (int) Math.round(v.onSiteMin() * 60));
            }
        }
        return new VisitSettings(new VisitFrequency(frequency.defaultWeeks(), weeks, frequency.byPopulation()), window, windows, onSite);
    }
}
