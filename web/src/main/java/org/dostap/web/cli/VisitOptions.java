package org.dostap.web.cli;

import org.dostap.data.input.VisitFileReader;
import org.dostap.data.input.VisitOverrides;
import org.dostap.data.input.VisitRules;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.mobile.TimeWindow;
import org.dostap.engine.mobile.VisitFrequency;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The {@code mobile} options that set how often and when settlements are visited: interval by population
 * class, a default time window, and a visits file with per-settlement overrides. Resolved against the region;
 * every bad value goes to the collector with its flag (or file, row and column).
 */
final class VisitOptions {

    @Option(names = "--frequency-by-population", paramLabel = "CLASSES",
            description = "Weeks between visits by population class, e.g. 0-99:4,100-499:2,500-:1 (classes cover every population from 0 once; instead of --frequency-weeks).")
    String byPopulation;
    @Option(names = "--time-window", paramLabel = "HH:MM-HH:MM",
            description = "Clock times within which every visit starts (the team may arrive earlier and wait); default: any time of the working day.")
    String timeWindow;
    @Option(names = "--visits", paramLabel = "FILE",
            description = "CSV of per-settlement overrides: settlement_id, and any of frequency_weeks, time_window (HH:MM-HH:MM), on_site_min.")
    Path visitsFile;

    /** What the options resolve to; only valid values (the rest is in the collector). */
    record Resolved(VisitFrequency frequency, TimeWindow defaultWindow, Map<String, TimeWindow> windows, Map<String, Integer> onSiteSeconds) { }

    /** Checks that need no region: the file exists, the interval is not given twice. */
    void check(boolean frequencyWeeksGiven, ProblemCollector p) {
        if (byPopulation != null && frequencyWeeksGiven)
            p.add(CommandLineProblems.option("--frequency-by-population"), "give either --frequency-weeks or --frequency-by-population, not both");
        if (visitsFile != null && !Files.isRegularFile(visitsFile)) p.add(CommandLineProblems.option("--visits"), "no such file: " + visitsFile);
    }

    /**
     * Resolves against the region's settlement ids; {@code dayStartSeconds} null when --day-start is itself bad
     * (the windows are then not checked).
     */
    Resolved resolve(Set<String> settlementIds, int frequencyWeeks, int horizonWeeks, Integer dayStartSeconds, int dayLengthSeconds,
                     ProblemCollector p) {
        VisitFrequency frequency = VisitFrequency.every(frequencyWeeks);
        if (byPopulation != null) {
            var classes = VisitRules.populationClasses(byPopulation, horizonWeeks,
                    CommandLineProblems.option("--frequency-by-population"), p);
            frequency = classes.map(c -> new VisitFrequency(c.get(0).weeks(), Map.of(), c))
                    .orElse(VisitFrequency.every(1)); // reported above; 1 week raises no second problem
        }
        TimeWindow window = TimeWindow.ALL_DAY;
        if (timeWindow != null && dayStartSeconds != null)
            window = VisitRules.clockWindow(timeWindow, dayStartSeconds, dayLengthSeconds,
                    CommandLineProblems.option("--time-window"), p).orElse(TimeWindow.ALL_DAY);
        VisitOverrides overrides = VisitOverrides.NONE;
        if (visitsFile != null && Files.isRegularFile(visitsFile) && dayStartSeconds != null) {
            VisitOverrides read = new VisitFileReader().read(visitsFile,
                    new VisitFileReader.Context(settlementIds, horizonWeeks, dayStartSeconds, dayLengthSeconds), p);
            if (read != null) overrides = read;
        }
        frequency = new VisitFrequency(frequency.defaultWeeks(), overrides.weeksBySettlement(), frequency.byPopulation());
        return new Resolved(frequency, window, overrides.windowBySettlement(), overrides.onSiteSecondsBySettlement());
    }

}
