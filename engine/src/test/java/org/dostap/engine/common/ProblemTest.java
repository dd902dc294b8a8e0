package org.dostap.engine.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemTest {
    @Test
    void fileRowAndColumnAreNamed() {
        assertThat(Problem.inCell("settlements.csv", 4, "lat", "not a number: \"4l.5\"").describe())
                .isEqualTo("settlements.csv, row 4, column lat: not a number: \"4l.5\"");
        assertThat(Problem.inFile("settlements.csv", "the file is empty").describe()).isEqualTo("settlements.csv: the file is empty");
    }

    @Test
    void aCommandLineOptionIsNamedAsAnOption() {
        assertThat(new Problem(new ProblemLocation.Option("--teams"), "the number of teams must be at least 1, got 0").describe())
                .isEqualTo("command line, option --teams: the number of teams must be at least 1, got 0");
    }

    @Test
    void aFieldIsNamedInDomainWords() {
        Problem p = Problem.atField("threshold_min", "must be 1 to 1440 min, got 2000");
        assertThat(p.describe()).isEqualTo("threshold_min: must be 1 to 1440 min, got 2000");
        assertThat(p.field()).isEqualTo("threshold_min");
        assertThat(Problem.inFile("a.csv", "x").field()).isNull();
    }

    @Test
    void aChildNamesThePartOfAPlace() {
        assertThat(new ProblemLocation.Field("edits[2]").child("geometry")).isEqualTo(new ProblemLocation.Field("edits[2].geometry"));
        assertThat(ProblemLocation.file("closures.geojson, feature 2").child("geometry"))
                .isEqualTo(new ProblemLocation.FileCell("closures.geojson, feature 2", 0, "geometry"));
        assertThat(new ProblemLocation.Field("visits[0].frequency_weeks").leaf()).isEqualTo("frequency_weeks");
    }

    @Test
    void aProblemWithoutLocationIsItsMessage() {
        assertThat(Problem.of("nothing to plan").describe()).isEqualTo("nothing to plan");
        assertThat(Problem.inFile("", "nothing to plan").where()).isEqualTo(ProblemLocation.NOWHERE);
    }

    @Test
    void aLimitNamesTheDomainField() {
        ProblemCollector problems = new ProblemCollector();
        Limits.HORIZON_WEEKS.check(10_000, "horizon_weeks", problems);
        assertThat(problems.problems()).extracting(Problem::describe).containsExactly("horizon_weeks: must be 1 to 52 weeks, got 10000");
        assertThatThrownBy(() -> new ProblemLocation.Field(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
