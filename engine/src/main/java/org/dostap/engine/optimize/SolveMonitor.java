package org.dostap.engine.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * The two-way handle of one running solve, carried in {@link SolveOptions#monitor()}. The caller (any thread) may
 * {@link #requestStop() request a stop} and read the solver's {@link #progress() progress}; the solvers check
 * {@link #stopRequested()} wherever they check their deadlines (or call {@link #throwIfStopped()}), interrupt a
 * running MIP, and report their phase, the best solution found (incumbent) and the best proven bound.
 * A stopped solve ends with {@link SolveCancelledException}, never with a partial result. Thread-safe; one monitor
 * per solve (reporting assumes a single solving thread).
 */
public final class SolveMonitor {
    /**
     * What the solver knows now: its phase (e.g. greedy, lagrangian, interchange, exact), the objective of the best
     * solution found and the best proven bound on the optimum (lower when minimizing, upper when maximizing); NaN
     * while unknown.
     */
    public record Progress(String phase, boolean maximize, double incumbent, double bound) {
        /** Relative gap between incumbent and bound ({@link LocationSolution#gap()}'s definition), NaN while unknown. */
        public double gap() {
            if (!Double.isFinite(incumbent) || !Double.isFinite(bound)) return Double.NaN;
            double diff = maximize ? bound - incumbent : incumbent - bound;
            if (diff <= 1e-9 * Math.max(1, Math.abs(incumbent))) return 0;
            return diff / Math.max(Math.abs(incumbent), 1e-9);
        }
    }

    private volatile boolean stop;
    private volatile Progress progress = new Progress("starting", false, Double.NaN, Double.NaN);
    private final List<Runnable> interrupters = new ArrayList<>(); // guarded by this

    /** A monitor nobody stops (each call a new one: a stop never reaches another solve). */
    public static SolveMonitor none() { return new SolveMonitor(); }

    public boolean stopRequested() { return stop; }

    /** @throws SolveCancelledException when a stop was requested */
    public void throwIfStopped() {
        if (stop) throw new SolveCancelledException();
    }

    /**
     * For a solve's loop, checked every few steps: true once {@code deadlineNanos} ({@link System#nanoTime()}) has passed.
     * @throws SolveCancelledException when a stop was requested
     */
    boolean stoppedOrPast(long deadlineNanos) {
        throwIfStopped();
        return System.nanoTime() > deadlineNanos;
    }

    /** Asks the solve to stop as soon as it can; a MIP in progress is interrupted. Callable from any thread, repeatedly. */
    public void requestStop() {
        stop = true;
        List<Runnable> now;
        synchronized (this) { now = List.copyOf(interrupters); }
        now.forEach(Runnable::run);
    }

    public Progress progress() { return progress; }

    /** Starts reporting for a problem of the given sense: clears incumbent and bound. */
    public void begin(boolean maximize) {
        progress = new Progress(progress.phase(), maximize, Double.NaN, Double.NaN);
    }

    /** Enters a phase. @throws SolveCancelledException when a stop was requested (every phase boundary is a check) */
    public void phase(String name) {
        throwIfStopped();
        Progress p = progress;
        progress = new Progress(name, p.maximize(), p.incumbent(), p.bound());
    }

    /** A feasible solution's objective; kept when it improves on the best so far. */
    public void incumbent(double objective) {
        Progress p = progress;
        if (Double.isNaN(objective) || Double.isInfinite(objective)) return;
        if (Double.isNaN(p.incumbent()) || (p.maximize() ? objective > p.incumbent() : objective < p.incumbent()))
            progress = new Progress(p.phase(), p.maximize(), objective, p.bound());
    }

    /** A proven bound on the optimum; kept when it is tighter than the best so far. */
    public void bound(double bound) {
        Progress p = progress;
        if (Double.isNaN(bound) || Double.isInfinite(bound)) return;
        if (Double.isNaN(p.bound()) || (p.maximize() ? bound < p.bound() : bound > p.bound()))
            progress = new Progress(p.phase(), p.maximize(), p.incumbent(), bound);
    }

    /**
     * Runs {@code interrupter} on {@link #requestStop()} until the returned registration is closed (at once when a stop
     * was already requested). The interrupter must tolerate being called after the work it interrupts has ended.
     */
    Registration onStop(Runnable interrupter) {
        synchronized (this) { interrupters.add(interrupter); }
        if (stop) interrupter.run();
        return () -> { synchronized (this) { interrupters.remove(interrupter); } };
    }

    /** Runs a solve; once a stop was requested, whatever it ended with becomes {@link SolveCancelledException}. */
    static <T> T guard(SolveMonitor monitor, java.util.function.Supplier<T> solve) {
        try {
            T result = solve.get();
            monitor.throwIfStopped();
            return result;
        } catch (org.dostap.engine.common.PlanningException e) {
            if (monitor.stopRequested()) throw new SolveCancelledException();
            throw e;
        }
    }

    /** Ends an {@link #onStop} registration. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
