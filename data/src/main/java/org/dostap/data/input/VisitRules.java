package org.dostap.data.input;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProblemLocation;
import org.dostap.engine.mobile.TimeWindow;
import org.dostap.engine.mobile.VisitFrequency;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visit settings users type (command line, API, visits file): population classes with their visit
 * interval, {@code "0-99:4,100-499:2,500-:1"}, and clock-time windows, {@code "09:00-12:30"}. Each parser
 * reports every problem to the collector with the place given (source, row, column or field) and returns
 * nothing usable when there was one.
 */
public final class VisitRules {
    private static final Pattern CLASS = Pattern.compile("\\s*(\\d+)\\s*-\\s*(\\d*)\\s*:\\s*(\\d+)\\s*");
    private static final Pattern WINDOW = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");

    private VisitRules() { }

    /**
     * Population classes {@code LOW-HIGH:WEEKS} (inclusive; the last {@code LOW-:WEEKS} open-ended), which together
     * must cover every population from 0 once; each interval between 1 week and the horizon, dividing it.
     */
    public static Optional<List<VisitFrequency.PopulationClass>> populationClasses(String text, int horizonWeeks, ProblemLocation at,
                                                                                 ProblemCollector problems) {
        long before = problems.total();
        record Range(int low, Integer high, int weeks, String text) { }
        List<Range> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) problems.add(at, "no population classes given");
        else for (String item : text.split(",")) {
            Matcher m = CLASS.matcher(item);
            if (!m.matches()) {
                problems.add(at, "'" + item.trim()
                        + "' is not a class LOW-HIGH:WEEKS (or LOW-:WEEKS for the last, open-ended one), e.g. 0-99:4,100-499:2,500-:1");
                continue;
            }
            Integer low = parse(m.group(1)), high = m.group(2).isEmpty() ? null : parse(m.group(2)), weeks = parse(m.group(3));
            if (low == null || weeks == null || !m.group(2).isEmpty() && high == null) {
                problems.add(at, "'" + item.trim() + "': number too large");
                continue;
            }
            String label = item.trim();
            if (high != null && high < low)
                problems.add(at, "class " + label + ": the upper bound " + high + " is below the lower bound " + low);
            weeksProblem(weeks, horizonWeeks).ifPresent(msg -> problems.add(at, "class " + label + ": " + msg));
            ranges.add(new Range(low, high, weeks, label));
        }
        ranges.sort(Comparator.comparingInt(Range::low));
        if (!ranges.isEmpty() && ranges.get(0).low() != 0)
            problems.add(at, "populations 0-" + (ranges.get(0).low() - 1) + " are in no class; the first class must start at 0");
        for (int i = 0; i + 1 < ranges.size(); i++) {
            Range a = ranges.get(i), b = ranges.get(i + 1);
            if (a.high() == null || b.low() <= a.high()) {
                Integer upTo = a.high() == null ? b.high() : b.high() == null ? a.high() : Integer.valueOf(Math.min(a.high(), b.high()));
                problems.add(at, "classes " + a.text() + " and " + b.text() + " overlap (population "
                        + b.low() + (upTo == null ? " and more" : upTo == b.low() ? "" : "-" + upTo) + ")");
            }
            else if (b.low() > a.high() + 1)
                problems.add(at, "populations " + (a.high() + 1) + "-" + (b.low() - 1) + " are in no class");
        }
        if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).high() != null) {
            Range last = ranges.get(ranges.size() - 1);
            problems.add(at, "populations above " + last.high()
                    + " are in no class; end with an open class such as " + (last.high() + 1) + "-:" + last.weeks());
        }
        if (problems.total() > before) return Optional.empty();
        return Optional.of(ranges.stream().map(r -> new VisitFrequency.PopulationClass(r.low(), r.weeks())).toList());
    }

    /** Why a visit interval cannot be used with the horizon, if it cannot. */
    public static Optional<String> weeksProblem(int weeks, int horizonWeeks) {
        if (weeks < 1) return Optional.of("visits must be at least 1 week apart, got " + weeks);
        if (horizonWeeks >= 1 && weeks > horizonWeeks)
            return Optional.of("a visit every " + weeks + " weeks is longer than the planning horizon of " + horizonWeeks + " weeks");
        if (horizonWeeks >= 1 && horizonWeeks % weeks != 0)
            return Optional.of("the horizon of " + horizonWeeks + " weeks is not a multiple of " + weeks + " weeks");
        return Optional.empty();
    }

    /**
     * A clock-time window {@code HH:MM-HH:MM} in which visits start, as seconds after the start of the working
     * day ({@code dayStartSeconds}, a clock time); it must open no earlier than the day starts and before it ends.
     */
    public static Optional<TimeWindow> clockWindow(String text, int dayStartSeconds, int dayLengthSeconds, ProblemLocation at,
                                                   ProblemCollector problems) {
        Matcher m = text == null ? null : WINDOW.matcher(text);
        LocalTime open = null, close = null;
        if (m != null && m.matches()) {
            open = clock(m.group(1));
            close = clock(m.group(2));
        }
        if (open == null || close == null) {
            problems.add(at, "'" + (text == null ? "" : text.trim())
                    + "' is not a time window HH:MM-HH:MM, e.g. 09:00-12:30");
            return Optional.empty();
        }
        int o = open.toSecondOfDay() - dayStartSeconds, c = close.toSecondOfDay() - dayStartSeconds;
        String day = hhmm(dayStartSeconds) + "-" + hhmm(dayStartSeconds + dayLengthSeconds);
        long before = problems.total();
        if (!close.isAfter(open)) problems.add(at, "the window " + text.trim() + " closes before it opens");
        else if (o < 0) problems.add(at, "the window " + text.trim()
                + " opens before the working day starts (" + day + ")");
        else if (o >= dayLengthSeconds) problems.add(at, "the window " + text.trim()
                + " opens after the working day ends (" + day + ")");
        return problems.total() > before ? Optional.empty() : Optional.of(new TimeWindow(o, c));
    }

    private static LocalTime clock(String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String hhmm(int seconds) {
        int minutes = Math.floorMod(seconds / 60, 24 * 60);
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    private static Integer parse(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
