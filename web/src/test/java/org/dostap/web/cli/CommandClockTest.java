package org.dostap.web.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CommandClockTest {
    @Test
    void theSolverGetsTheLimitLessWhatTheCommandHasAlreadyTakenAndTheWritingMargin() {
        CommandClock clock = new CommandClock(System.currentTimeMillis() - 10_000, 60);
        assertThat(clock.solverSeconds()).isCloseTo(60 - 10 - CommandClock.writeMarginSeconds(), within(0.5));
    }

    @Test
    void aSlowStartNeverLeavesTheSolverLessThanAQuarterOfTheLimit() {
        CommandClock clock = new CommandClock(System.currentTimeMillis() - 100_000, 60);
        assertThat(clock.solverSeconds()).isEqualTo(15);
    }

    @Test
    void outsideACommandTheClockStartsNow() {
        CommandClock clock = new CommandClock(DostapCommand.commandStartMillis(), 60);
        assertThat(clock.solverSeconds()).isCloseTo(60 - CommandClock.writeMarginSeconds(), within(0.5));
    }

    @Test
    void theWritingMarginGrowsWithTheLoadPerCoreUpToItsCap() {
        assertThat(CommandClock.writeMarginSeconds(0.5, 2)).isEqualTo(CommandClock.WRITE_MARGIN_SECONDS);
        assertThat(CommandClock.writeMarginSeconds(2, 2)).isEqualTo(CommandClock.WRITE_MARGIN_SECONDS);
        assertThat(CommandClock.writeMarginSeconds(12, 2)).isCloseTo(3.0, within(1e-9));
        assertThat(CommandClock.writeMarginSeconds(100, 2)).isEqualTo(CommandClock.MAX_WRITE_MARGIN_SECONDS);
        assertThat(CommandClock.writeMarginSeconds(-1, 2)).as("load not known").isEqualTo(CommandClock.WRITE_MARGIN_SECONDS);
    }
}
