package org.dostap.engine.common;

import java.util.List;
import java.util.Locale;

/**
 * The one limits policy of the product: every edge (command line, HTTP API) and every engine request checks its values
 * against these ranges, so the same value is refused everywhere with the same allowed range in the message. The
 * limits are set where no real planner goes (a day-long threshold, a year's horizon), to catch unit mistakes and
 * requests that would exhaust a shared server; each says why. The table in docs/ARCHITECTURE.md lists them.
 */
public final class Limits {
    /** An allowed closed range of one quantity, in the unit a person gives it in. */
    public record Range(String quantity, double min, double max, String unit, String reason) {
        public boolean contains(double value) { return value >= min && value <= max; }

        /** {@code 1 to 1440 min}. */
        public String allowed() { return number(min) + " to " + number(max) + (unit.isEmpty() ? "" : " " + unit); }

        /** {@code must be 1 to 1440 min, got 2000}. */
        public String refusal(Object got) { return "must be " + allowed() + ", got " + (got instanceof Number n ? number(n.doubleValue()) : got); }

        /** Adds the refusal to {@code problems} (at {@code source}, {@code field}) when {@code value} is outside; true when inside. */
        public boolean check(Number value, String source, String field, ProblemCollector problems) {
            if (value != null && contains(value.doubleValue())) return true;
            problems.add(source, 0, field, refusal(value == null ? "nothing" : value));
            return false;
        }

        private static String number(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
        }
    }

    private Limits() { }

    public static final Range THRESHOLD_MIN = new Range("travel-time threshold", 1, 24 * 60, "min",
            "24 h: no access standard is longer than a day, even on foot across a large rural municipality; more is a unit mistake (seconds for minutes)");
    public static final Range THRESHOLDS_PER_REQUEST = new Range("thresholds in one catchment request", 1, 6, "thresholds",
            "six nested catchment rings are already more than a map can show legibly");
    public static final Range NEW_SITES = new Range("new sites", 0, 500, "sites",
            "a province has at most a few hundred settlements that could host a centre; 500 new centres is a national programme");
    public static final Range TEAMS = new Range("mobile teams", 1, 50, "teams",
            "a province runs a handful of teams; 50 covers a national programme planned at once");
    public static final Range DAYS_PER_WEEK = new Range("working days per week", 1, 7, "days", "a week has seven days");
    public static final Range HORIZON_WEEKS = new Range("planning horizon", 1, 52, "weeks",
            "one year: schedules are revised at least yearly, and longer horizons only repeat the same weeks");
    public static final Range FREQUENCY_WEEKS = new Range("weeks between visits", 1, 52, "weeks",
            "a visit at least once a year; rarer visits are no service");
    public static final Range DAY_HOURS = new Range("working day", 1, 24, "h", "a team works between one hour and a whole day");
    public static final Range ON_SITE_MIN = new Range("time on site", 0, 600, "min", "10 h: longer than a working day is a unit mistake");
    public static final Range ON_SITE_SEC_PER_RESIDENT = new Range("time on site per resident", 0, 600, "s",
            "10 min per resident already fills a day in a village of 50");
    public static final Range EDITS_PER_REQUEST = new Range("scenario edits", 0, 500, "edits",
            "a scenario changes tens of facilities; 500 is every facility of a province changed more than once");
    public static final Range ID_LENGTH = new Range("id length", 1, 100, "characters", "ids are codes, not texts");
    public static final Range NAME_LENGTH = new Range("name length", 1, 200, "characters", "the longest Bulgarian settlement or centre name is under 100");
    public static final Range SOLVE_SECONDS = new Range("solver time limit", 1, 3600, "s",
            "one hour on the user's own machine; the solvers prove small gaps on a province within a minute");
    public static final Range SERVER_SOLVE_SECONDS = new Range("solver time limit on the server", 1, 120, "s",
            "the server has one optimization worker shared by every user: a run longer than two minutes blocks the others");
    public static final Range OPTIMIZATION_SETTLEMENTS = new Range("settlements in one optimization", 1, 10_000, "settlements",
            "the travel-time matrix of 10,000 settlements by 10,000 candidates is 400 MB: the most one run may hold (Bulgaria has 5,257)");

    public static final Range COMPARED_PLANS = new Range("plans in one comparison of mobile options", 1, 60, "plans",
            "each option (base x visit interval x teams) is a whole plan, under a second on a province: 60 keep a comparison within a minute on the shared heavy-work worker, and more options than that do not fit a table a planner reads");

    /** Every limit, for the documentation and its test. */
    public static final List<Range> ALL = List.of(THRESHOLD_MIN, THRESHOLDS_PER_REQUEST, NEW_SITES, TEAMS, DAYS_PER_WEEK,
            HORIZON_WEEKS, FREQUENCY_WEEKS, DAY_HOURS, ON_SITE_MIN, ON_SITE_SEC_PER_RESIDENT, EDITS_PER_REQUEST, ID_LENGTH,
            NAME_LENGTH, SOLVE_SECONDS, SERVER_SOLVE_SECONDS, OPTIMIZATION_SETTLEMENTS, COMPARED_PLANS);

    /** The largest threshold in seconds ({@link #THRESHOLD_MIN}), the longest search any access model may need. */
    public static final int MAX_THRESHOLD_SECONDS = (int) THRESHOLD_MIN.max() * 60;
}
