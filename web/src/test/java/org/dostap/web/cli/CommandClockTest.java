package org.dostap.web.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CommandClockTest {
    @Test
    void theSolverGetsTheLimitLessWhatTheCommandHasAlreadyTakenAndTheWritingMargin() {
        CommandClock clock = new CommandClock(System.currentTimeMillis() - 10_000, 60);
        assertThat(clock.solverSeconds()).isCloseTo(60 - 10 - CommandClock.WRITE_MARGIN_SECONDS, within(0.5));
    }

    @Test
    void aSlowStartNeverLeavesTheSolverLessThanAQuarterOfTheLimit() {
        CommandClock clock = new CommandClock(System.currentTimeMillis() - 100_000, 60);
        assertThat(clock.solverSeconds()).isEqualTo(15);
    }

    @Test
    void outsideACommandTheClockStartsNow() {
        CommandClock clock = new CommandClock(DostapCommand.commandStartMillis(), 60);
        assertThat(clock.solverSeconds()).isCloseTo(60 - CommandClock.WRITE_MARGIN_SECONDS, within(0.5));
    }
}
