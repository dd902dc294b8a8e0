package org.dostap.engine.mobile;

import org.dostap.engine.common.Limits;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.traveltime.TravelMode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to plan: the teams, the service whose gaps they close, which settlements to serve (an explicit
 * list, or empty for the default: every settlement with residents that is farther than
 * {@code thresholdSeconds} from the nearest fixed facility of {@code serviceTypeId}; 0 = the service's
 * own standard), how often and how long per visit, over {@code horizonWeeks}, with optional time windows
 * per settlement id and a {@code defaultWindow} for the others (all day unless given). A blank base means the default
 * base ({@link BaseChooser}). {@code accessMode} is how people reach the fixed centres (by car unless given): the
 * settlements beyond the threshold, the re-scored access and the alternative of a new centre are judged in it (and the
 * default threshold is its standard), while the teams travel by {@link MobileTeams#mode()}. Every value problem is
 * reported at once ({@code PlanningException}, INVALID_INPUT).
 */
public record MobileRequest(String serviceTypeId, MobileTeams teams, List<String> settlementIds, int thresholdSeconds,
                            VisitFrequency frequency, OnSiteTime onSite, int horizonWeeks,
                            Map<String, TimeWindow> timeWindows, String populationColumn, TimeWindow defaultWindow,
                            TravelMode accessMode) {
    /** The longest planning horizon: a year (the plan repeats; longer horizons only cost memory). */
    public static final int MAX_HORIZON_WEEKS = 52;

    public static final int MAX_DAY_SECONDS = 24 * 3600;

    public MobileRequest {
        Objects.requireNonNull(serviceTypeId, "serviceTypeId");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(onSite, "onSite");
        settlementIds = settlementIds == null ? List.of() : List.copyOf(settlementIds);
        timeWindows = timeWindows == null ? Map.of() : Map.copyOf(timeWindows);
        populationColumn = populationColumn == null ? "" : populationColumn;
        defaultWindow = defaultWindow == null ? TimeWindow.ALL_DAY : defaultWindow;
        accessMode = accessMode == null ? TravelMode.CAR : accessMode;
        validate(teams, thresholdSeconds, frequency, onSite, horizonWeeks);
    }

    /** People reach the fixed centres by car. */
    public MobileRequest(String serviceTypeId, MobileTeams teams, List<String> settlementIds, int thresholdSeconds,
                         VisitFrequency frequency, OnSiteTime onSite, int horizonWeeks, Map<String, TimeWindow> timeWindows,
                         String populationColumn, TimeWindow defaultWindow) {
        this(serviceTypeId, teams, settlementIds, thresholdSeconds, frequency, onSite, horizonWeeks, timeWindows,
                populationColumn, defaultWindow, TravelMode.CAR);
    }

    /** A request whose settlements without a window of their own may be visited at any time of the day. */
    public MobileRequest(String serviceTypeId, MobileTeams teams, List<String> settlementIds, int thresholdSeconds,
                         VisitFrequency frequency, OnSiteTime onSite, int horizonWeeks, Map<String, TimeWindow> timeWindows,
                         String populationColumn) {
        this(serviceTypeId, teams, settlementIds, thresholdSeconds, frequency, onSite, horizonWeeks, timeWindows,
                populationColumn, TimeWindow.ALL_DAY);
    }

    /** The simplest request: one frequency, fixed time on site, the default settlement rule. */
    public static MobileRequest of(String serviceTypeId, MobileTeams teams, int frequencyWeeks, int onSiteSeconds, int horizonWeeks) {
        return new MobileRequest(serviceTypeId, teams, List.of(), 0, VisitFrequency.every(frequencyWeeks),
                OnSiteTime.fixed(onSiteSeconds), horizonWeeks, Map.of(), "");
    }

    public MobileRequest withTeams(MobileTeams newTeams) {
        return new MobileRequest(serviceTypeId, newTeams, settlementIds, thresholdSeconds, frequency, onSite, horizonWeeks,
                timeWindows, populationColumn, defaultWindow, accessMode);
    }

    public MobileRequest withFrequency(VisitFrequency newFrequency) {
        return new MobileRequest(serviceTypeId, teams, settlementIds, thresholdSeconds, newFrequency, onSite, horizonWeeks,
                timeWindows, populationColumn, defaultWindow, accessMode);
    }

    public MobileRequest withSettlements(List<String> ids) {
        return new MobileRequest(serviceTypeId, teams, ids, thresholdSeconds, frequency, onSite, horizonWeeks,
                timeWindows, populationColumn, defaultWindow, accessMode);
    }

    /** The same request with people reaching the fixed centres by {@code mode}. */
    public MobileRequest withAccessMode(TravelMode mode) {
        return new MobileRequest(serviceTypeId, teams, settlementIds, thresholdSeconds, frequency, onSite, horizonWeeks,
                timeWindows, populationColumn, defaultWindow, mode);
    }

    /** The threshold of access to a fixed centre: the request's, else the service's standard for {@link #accessMode()}. */
    public int thresholdSecondsIn(org.dostap.engine.region.RegionData region) {
        return thresholdSeconds > 0 ? thresholdSeconds : region.services().get(serviceTypeId).standardSeconds(accessMode);
    }

    /** The settlement's own window, else {@code defaultWindow}. */
    public TimeWindow windowOf(String settlementId) {
        return timeWindows.getOrDefault(settlementId, defaultWindow);
    }

    private static void validate(MobileTeams teams, int thresholdSeconds, VisitFrequency frequency, OnSiteTime onSite,
                                 int horizonWeeks) {
        ProblemCollector p = new ProblemCollector();
        Limits.TEAMS.check(teams.teamCount(), "teams", p);
        Limits.DAYS_PER_WEEK.check(teams.daysPerWeek(), "days_per_week", p);
        if (!teams.teamBaseIds().isEmpty() && teams.teamBaseIds().size() != teams.teamCount())
            p.field("bases", "give one base for every team or one base per team: " + teams.teamCount()
                    + " teams, " + teams.teamBaseIds().size() + " bases");
        if (teams.teamBaseIds().stream().anyMatch(String::isBlank))
            p.field("bases", "a team's base is blank; name a facility id for every team");
        if (teams.dayLengthSeconds() < 60 || teams.dayLengthSeconds() > MAX_DAY_SECONDS)
            p.field("day_hours", "the working day must be between 1 minute and 24 hours, got "
                    + teams.dayLengthSeconds() + " s");
        if (thresholdSeconds != 0) Limits.THRESHOLD_MIN.check(thresholdSeconds / 60.0, "threshold_min", p); // 0: the service's standard
        boolean horizonOk = Limits.HORIZON_WEEKS.check(horizonWeeks, "horizon_weeks", p);
        if (onSite.fixedSeconds() < 0 || !(onSite.secondsPerResident() >= 0))
            p.field("on_site_min", "time on site must not be negative");
        onSite.secondsBySettlement().entrySet().stream().filter(e -> e.getValue() < 0).map(java.util.Map.Entry::getKey).sorted()
                .forEach(id -> p.field("on_site_min", "time on site of settlement '" + id + "' must not be negative"));
        for (int weeks : frequency.allWeeks().stream().distinct().sorted().toList()) {
            if (!Limits.FREQUENCY_WEEKS.check(weeks, "frequency_weeks", p)) continue;
            if (!horizonOk) continue;
            if (weeks > horizonWeeks)
                p.field("frequency_weeks", "a visit every " + weeks + " weeks is longer than the planning horizon of "
                        + horizonWeeks + " weeks; lengthen the horizon or visit more often");
            else if (horizonWeeks % weeks != 0)
                p.field("frequency_weeks", "the horizon of " + horizonWeeks + " weeks is not a multiple of the visit interval of "
                        + weeks + " weeks, so visits could not be spaced evenly; use a horizon of " + (horizonWeeks / weeks + 1) * weeks + " weeks");
        }
        p.throwIfAny();
    }
}
