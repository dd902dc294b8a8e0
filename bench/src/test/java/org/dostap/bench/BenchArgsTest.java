package org.dostap.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Defect: a bad benchmark argument ended in a bare NumberFormatException; now it names the argument and value, exit 2. */
class BenchArgsTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();

    private BenchArgs parse(String... argv) {
        return BenchArgs.parse(argv, Map.of("clients", "50")).onBad(new PrintStream(err, true, StandardCharsets.UTF_8), exits::add);
    }

    @Test
    void goodValuesAndDefaultsAreRead() {
        BenchArgs a = parse("seconds=30", "time-limit-s=0.5", "baseline=false", "seed=2026", "thresholds=30, 20");
        assertThat(a.integer("seconds", 60)).isEqualTo(30);
        assertThat(a.integer("clients", 0)).isEqualTo(50);
        assertThat(a.decimal("time-limit-s", 60)).isEqualTo(0.5);
        assertThat(a.flag("baseline", true)).isFalse();
        assertThat(a.longInteger("seed", 42)).isEqualTo(2026L);
        assertThat(a.integers("thresholds", "15")).containsExactly(30, 20);
        assertThat(a.integer("reps", 3)).isEqualTo(3);
        assertThat(a.check()).isSameAs(a);
        assertThat(exits).isEmpty();
    }

    @Test
    void everyBadArgumentIsNamedWithItsValueAndTheProgramExitsWith2() {
        BenchArgs a = parse("seconds=abc", "time-limit-s=", "clients=1.5", "baseline=yes", "thresholds=30,x", "verbose");
        a.integer("seconds", 60);
        a.decimal("time-limit-s", 60);
        a.integer("clients", 50);
        a.flag("baseline", true);
        a.integers("thresholds", "30");
        assertThat(a.problems()).containsExactly(
                "argument 'verbose': arguments are key=value, e.g. seconds=30",
                "argument seconds=abc: not a whole number",
                "argument time-limit-s=: not a number (e.g. 60 or 0.5)",
                "argument clients=1.5: not a whole number",
                "argument baseline=yes: not true or false",
                "argument thresholds=30,x: not whole numbers separated by commas (item 'x')");
        assertThatThrownBy(a::check).isInstanceOf(IllegalStateException.class);
        assertThat(exits).containsExactly(2);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("error: 6 problems found:").contains("  argument seconds=abc: not a whole number")
                .doesNotContain("NumberFormatException");
    }

    @Test
    void aValueReadAfterTheCheckStopsAtOnce() {
        BenchArgs a = parse("road-reps=many").check();
        assertThatThrownBy(() -> a.integer("road-reps", 100)).isInstanceOf(IllegalStateException.class);
        assertThat(exits).containsExactly(2);
        assertThat(err.toString(StandardCharsets.UTF_8).trim()).isEqualTo("error: argument road-reps=many: not a whole number");
    }

    @Test
    void infinityIsNotANumberOfSeconds() {
        BenchArgs a = parse("time-limit-s=Infinity");
        a.decimal("time-limit-s", 60);
        assertThat(a.problems()).containsExactly("argument time-limit-s=Infinity: not a number (e.g. 60 or 0.5)");
    }
}
