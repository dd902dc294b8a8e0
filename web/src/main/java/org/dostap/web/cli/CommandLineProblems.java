package org.dostap.web.cli;

import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemLocation;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The command line's renderer of problem locations, the one place where a field in domain words becomes a flag: the
 * engine and the use cases name fields ({@code threshold_min}, {@code horizon_weeks}, {@code population}); the
 * command that failed names them as its own options ({@code --threshold-min}, {@code --horizon-weeks},
 * {@code --population-column}). A field becomes the option spelled the same in kebab case, or one of its
 * {@link #ALIASES}, when the command has it; a field no option sets reads as itself.
 */
final class CommandLineProblems {
    /** Domain fields whose flag is not the field in kebab case, each with the flags that set it in some command. */
    static final Map<String, List<String>> ALIASES = Map.of(
            "population", List.of("--population", "--population-column"),
            "settlements", List.of("--serve"),
            "threshold_seconds", List.of("--threshold-min"),
            "thresholds_seconds", List.of("--thresholds-min"),
            "thresholds_min", List.of("--thresholds-min", "--threshold-min"),
            "time_windows", List.of("--time-window"),
            "bases", List.of("--base"),
            "compare_frequencies_weeks", List.of("--compare-frequencies"),
            "uptake_per_1000", List.of("--uptake-per-1000"));

    private CommandLineProblems() { }

    /** A problem at the option {@code flag} as typed ({@code --teams}). */
    static ProblemLocation option(String flag) { return new ProblemLocation.Option(flag); }

    /** {@code p}, placed at the option {@code flag} when it has no place of its own. */
    static Problem orAt(Problem p, String flag) {
        return p.where() instanceof ProblemLocation.Nowhere ? p.at(option(flag)) : p;
    }

    /** {@code p} with a field that {@code spec}'s command sets by an option moved to that option; else {@code p}. */
    static Problem located(Problem p, CommandSpec spec) {
        if (spec == null || !(p.where() instanceof ProblemLocation.Field f)) return p;
        return Stream.concat(ALIASES.getOrDefault(f.path(), List.of()).stream(), Stream.of("--" + f.path().replace('_', '-')))
                .filter(name -> spec.findOption(name) != null).findFirst()
                .map(flag -> p.at(option(flag))).orElse(p);
    }

    /** How the command line prints {@code p} for {@code spec}'s command: {@code command line, option --teams: ...}. */
    static String describe(Problem p, CommandSpec spec) { return located(p, spec).describe(); }
}
