package org.dostap.web.cli;

/**
 * A command's wall-clock limit counted from the command's start (the JVM's start when it is the process's command,
 * {@link DostapCommand#runAsProcess}), as a planner or a script timing the process sees it: the
 * solver gets what is left once start-up and reading are done, less a margin for writing the result and the JVM's exit
 * ({@link #writeMarginSeconds}), and never less than a quarter of the limit (a slow first read of a road network must
 * not leave it nothing).
 */
record CommandClock(long startMillis, double limitSeconds) {
    static final double WRITE_MARGIN_SECONDS = 1.0;
    /** Extra margin per unit of load average per core above 1, up to {@link #MAX_WRITE_MARGIN_SECONDS} in all. */
    static final double WRITE_MARGIN_PER_LOAD = 0.4;
    static final double MAX_WRITE_MARGIN_SECONDS = 5.0;

    /** The solver's share of the limit from now. */
    double solverSeconds() {
        double elapsed = (System.currentTimeMillis() - startMillis) / 1000.0;
        return Math.max(limitSeconds / 4, limitSeconds - elapsed - writeMarginSeconds());
    }

    /** The margin on this machine now (its load average over the last minute). */
    static double writeMarginSeconds() {
        return writeMarginSeconds(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@value #WRITE_MARGIN_SECONDS} s on a machine with a core to spare; more when the machine is busier than its cores
     * (writing the result and the exit load classes and run slower then: the default 60 s run of a capacitated p-median
     * instance ended 2-3 s past its limit at load 10-17 on 2 cores with 1 s); {@code load} negative: not known.
     */
    static double writeMarginSeconds(double load, int cores) {
        if (!(load >= 0) || cores < 1) return WRITE_MARGIN_SECONDS;
        return Math.min(MAX_WRITE_MARGIN_SECONDS, WRITE_MARGIN_SECONDS + WRITE_MARGIN_PER_LOAD * Math.max(0, load / cores - 1));
    }
}
