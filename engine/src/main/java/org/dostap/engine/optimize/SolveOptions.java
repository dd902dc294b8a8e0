package org.dostap.engine.optimize;

import java.util.Objects;

/**
 * How to solve: a wall-clock limit, whether an exact MIP may be run after the heuristic (false = heuristic
 * with its Lagrangian bound only), the relative gap at which to stop, the solver threads, and the
 * {@link SolveMonitor} through which the caller stops the solve and reads its progress.
 */
public record SolveOptions(double timeLimitSeconds, boolean exactAllowed, double targetGap, int threads, SolveMonitor monitor) {
    public SolveOptions {
        if (!(timeLimitSeconds > 0)) throw new IllegalArgumentException("time limit must be positive, got " + timeLimitSeconds);
        if (!(targetGap >= 0)) throw new IllegalArgumentException("target gap must be non-negative, got " + targetGap);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        Objects.requireNonNull(monitor, "monitor");
    }

    /** Without a monitor: nobody stops the solve or reads its progress. */
    public SolveOptions(double timeLimitSeconds, boolean exactAllowed, double targetGap, int threads) {
        this(timeLimitSeconds, exactAllowed, targetGap, threads, SolveMonitor.none());
    }

    /** 60 s, exact allowed, proven optimal (gap 0), one solver thread. */
    public static SolveOptions defaults() { return new SolveOptions(60, true, 0, 1); }

    /** The moment ({@link System#nanoTime()}) {@code share} of the time limit after {@code startNanos}: 1 for the whole limit. */
    public long deadlineNanos(long startNanos, double share) { return startNanos + (long) (timeLimitSeconds * share * 1e9); }

    public SolveOptions withTimeLimitSeconds(double seconds) { return new SolveOptions(seconds, exactAllowed, targetGap, threads, monitor); }

    public SolveOptions withTargetGap(double gap) { return new SolveOptions(timeLimitSeconds, exactAllowed, gap, threads, monitor); }

    public SolveOptions withExactAllowed(boolean allowed) { return new SolveOptions(timeLimitSeconds, allowed, targetGap, threads, monitor); }

    public SolveOptions withMonitor(SolveMonitor m) { return new SolveOptions(timeLimitSeconds, exactAllowed, targetGap, threads, m); }
}
