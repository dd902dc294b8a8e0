package org.dostap.engine.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {
    @Test
    void fileRowAndColumnAreNamed() {
        assertThat(new Problem("settlements.csv", 4, "lat", "not a number: \"4l.5\"").describe())
                .isEqualTo("settlements.csv, row 4, column lat: not a number: \"4l.5\"");
    }

    @Test
    void aCommandLineFlagIsNamedAsAnOption() {
        assertThat(new Problem("command line", 0, "--teams", "the number of teams must be at least 1, got 0").describe())
                .isEqualTo("command line, option --teams: the number of teams must be at least 1, got 0");
    }

    @Test
    void aProblemWithoutLocationIsItsMessage() {
        assertThat(Problem.of("", "nothing to plan").describe()).isEqualTo("nothing to plan");
    }
}
