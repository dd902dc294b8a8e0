package org.dostap.web.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect (first problem only): picocli stops at the first problem of a command line, so
 * {@code dostap coverage --threshold-min abc --mode boat --foo} reported one thing, and the user fixed them one run at a
 * time. Every unknown option, value of the wrong type and missing required option is now listed at once, one a line,
 * exit 2, no stack trace.
 */
class EveryCommandLineProblemAtOnceTest {
    @Test
    void unknownOptionsBadValuesAndMissingRequiredOnesAreAllListed() {
        CliRun r = CliRun.of("coverage", "--threshold-min", "abc", "--mode", "boat", "--foo", "--bar", "3");
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("error: 6 problems found on the command line:");
        assertThat(lines.subList(1, 7)).allSatisfy(l -> assertThat(l).startsWith("  ")).containsExactlyInAnyOrder(
                "  Missing required option: '--service=ID'",
                "  Missing required option: '--out=DIR'",
                "  Unknown option: '--foo'",
                "  Unknown option: '--bar'",
                "  Unexpected argument: '3'",
                "  Invalid value for option '--threshold-min': 'abc' is not a whole number");
        assertThat(lines.get(7)).isEqualTo("Run 'dostap coverage --help' for usage.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theBriefsExampleNamesTheUnknownOptionBesideTheMissingOnes() {
        CliRun r = CliRun.of("coverage", "--threshold-min", "0", "--mode", "boat", "--foo");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("3 problems found").contains("Unknown option: '--foo'")
                .contains("Missing required option: '--service=ID'").contains("Missing required option: '--out=DIR'");
    }

    @Test
    void oneProblemStaysOneLine() {
        CliRun r = CliRun.of("coverage", "--region", "SML", "--service", "crisis", "--out", "x", "--foo");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly("error: Unknown option: '--foo'", "Run 'dostap coverage --help' for usage.");
    }
}
