package org.dostap.web.cli;

/**
 * A command's wall-clock limit counted from the command's start (the JVM's start when it is the process's command,
 * {@link DostapCommand#runAsProcess}), as a planner or a script timing the process sees it: the
 * solver gets what is left once start-up and reading are done, less {@link #WRITE_MARGIN_SECONDS} for writing the
 * result, and never less than a quarter of the limit (a slow first read of a road network must not leave it nothing).
 */
record CommandClock(long startMillis, double limitSeconds) {
    static final double WRITE_MARGIN_SECONDS = 1.0;

    /** The solver's share of the limit from now. */
    double solverSeconds() {
        double elapsed = (System.currentTimeMillis() - startMillis) / 1000.0;
        return Math.max(limitSeconds / 4, limitSeconds - elapsed - WRITE_MARGIN_SECONDS);
    }
}
