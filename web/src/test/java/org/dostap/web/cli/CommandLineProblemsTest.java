package org.dostap.web.cli;

import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemLocation;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's one renderer of problem locations: a domain field reads as the failing command's own option. */
class CommandLineProblemsTest {
    private static CommandSpec spec(String command) {
        return DostapCommand.commandLine().getSubcommands().get(command).getCommandSpec();
    }

    @Test
    void aDomainFieldReadsAsTheCommandsOption() {
        Problem p = Problem.atField("threshold_min", "must be 1 to 1440 min, got 2000");
        assertThat(CommandLineProblems.describe(p, spec("mobile"))).isEqualTo("command line, option --threshold-min: must be 1 to 1440 min, got 2000");
        assertThat(CommandLineProblems.describe(Problem.atField("horizon_weeks", "must be 1 to 52 weeks, got 10000"), spec("mobile")))
                .isEqualTo("command line, option --horizon-weeks: must be 1 to 52 weeks, got 10000");
    }

    @Test
    void aliasesFollowTheCommandsSpelling() {
        Problem population = Problem.atField("population", "unknown population column 'pop_1900'");
        assertThat(CommandLineProblems.describe(population, spec("mobile"))).startsWith("command line, option --population-column: ");
        assertThat(CommandLineProblems.describe(population, spec("coverage"))).startsWith("command line, option --population: ");
        assertThat(CommandLineProblems.describe(Problem.atField("settlements", "no settlement with id 'X'"), spec("mobile")))
                .startsWith("command line, option --serve: ");
    }

    @Test
    void aFieldNoOptionSetsReadsAsItselfAndOtherPlacesAreKept() {
        assertThat(CommandLineProblems.describe(Problem.atField("edits[2].lon", "longitude is missing"), spec("mobile")))
                .isEqualTo("edits[2].lon: longitude is missing");
        assertThat(CommandLineProblems.describe(Problem.inCell("a.csv", 3, "lat", "not a number"), spec("mobile")))
                .isEqualTo("a.csv, row 3, column lat: not a number");
        assertThat(CommandLineProblems.orAt(Problem.of("no such region"), "--region").where())
                .isEqualTo(new ProblemLocation.Option("--region"));
    }
}
