package org.dostap.web.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Defect: a single problem printed "error: " alone on a line and the problem on the next; it reads as one line. */
class SingleProblemOneLineTest {
    @Test
    void aSingleProblemIsOneLineNamingTheOption(@TempDir Path dir) {
        CliRun r = CliRun.of("coverage", "--region", "SML", "--service", "crisis", "--threshold-min", "0",
                "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains("--threshold-min").contains("must be 1 to 1440 min, got 0");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** Defect: "'abc' is not an int" spoke Java. */
    @Test
    void aValueOfTheWrongTypeIsNamedInPlainWords(@TempDir Path dir) {
        CliRun whole = CliRun.of("coverage", "--region", "SML", "--service", "crisis", "--threshold-min", "abc",
                "--out", dir.resolve("out").toString());
        assertThat(whole.exitCode()).isEqualTo(2);
        assertThat(whole.err()).contains("'--threshold-min': 'abc' is not a whole number").doesNotContain("int");
        CliRun decimal = CliRun.of("optimize", "--region", "SML", "--service", "crisis", "--threshold-min", "many",
                "--out", dir.resolve("out").toString());
        assertThat(decimal.exitCode()).isEqualTo(2);
        assertThat(decimal.err()).contains("'many' is not a number").doesNotContain("double");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void severalProblemsKeepOnePerLineUnderAHeading(@TempDir Path dir) {
        CliRun r = CliRun.of("coverage", "--region", "SML", "--service", "kindergarten", "--threshold-min", "0",
                "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(0)).isEqualTo("error: 2 problems found:");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("  "));
    }
}
