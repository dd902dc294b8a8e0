package org.dostap.engine.optimize;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A thin wrapper over OR-Tools' {@link MPSolver} with SCIP (the MIP solver bundled with OR-Tools): exact
 * (relative gap 0), one thread, wall-clock limit. Close it to free the native model.
 * <p>Stopping: the native solve runs on its own thread while the caller waits, watching the {@link SolveMonitor}.
 * On a stop the solver is interrupted ({@link MPSolver#interruptSolve()}); SCIP notices between nodes but not
 * inside an LP solve, so after {@link #STOP_GRACE_MILLIS} the caller stops waiting and gets
 * {@link SolveCancelledException} at once, while the native solve finishes on its own thread, which then
 * deletes the model (no native memory is leaked; the CPU is busy until SCIP notices, at most its time limit).
 * <p>Deadline ({@link #timeLimitUntil}): SCIP gets the time left less a lead ({@link #reactionLeadNanos}; GLOP none), is interrupted
 * from half the lead before the deadline on, and is left behind the same way {@link #ABANDON_AFTER_MILLIS} after it
 * (result {@code NOT_SOLVED}: the caller keeps its own incumbent); with less than {@link #MIN_SOLVE_MILLIS} left once the
 * model is built, it is not started. SCIP checks its clock only between steps: measured on the CLI's capacitated p-median
 * (n 100, load 12-17) it returned 0.1-0.6 s after its deadline, 2.3 s when the model was finished after it.
 */
final class Mip implements AutoCloseable {
    static final String SOLVER = "SCIP";
    /** After a stop, how long the caller waits for the native solver to return before leaving it behind. */
    static final long STOP_GRACE_MILLIS = 300;
    /** Past the deadline of {@link #timeLimitUntil}, how long the caller waits for the native solver before leaving it behind. */
    static final long ABANDON_AFTER_MILLIS = 150;
    /** A solve with less time than this left at its deadline is not started. */
    static final long MIN_SOLVE_MILLIS = 50;
    /** SCIP's own limit ends this long before the deadline (at most; a tenth of the time left when shorter). */
    static final long REACTION_LEAD_MILLIS = 500;
    private static final Object LOAD_LOCK = new Object();
    private static FutureTask<Void> loading; // guarded by LOAD_LOCK: the native library's load, started once per JVM
    private static final java.util.concurrent.atomic.AtomicInteger LIVE = new java.util.concurrent.atomic.AtomicInteger();

    private final MPSolver solver;
    private final SolveMonitor monitor;
    private final boolean scip;
    private String solverParameters = "";
    private final Object lock = new Object();
    private boolean solving;        // guarded by lock: the native solve is running
    private boolean closeRequested; // guarded by lock: delete when the native solve returns
    private boolean deleted;        // guarded by lock

    /**
     * Outcome: status, objective of the best solution (NaN when none) and the proven bound. The status is null when the
     * solver was not run (no time left, or its native library not loaded by the deadline: then even the status enum
     * cannot be touched, its constants come from the library), so ask {@link #hasSolution}, {@link #optimal},
     * {@link #infeasible} and {@link #label} rather than comparing statuses.
     */
    record Result(MPSolver.ResultStatus status, double objective, double bound) {
        /** A solve that was not started. */
        static Result notRun() { return new Result(null, Double.NaN, Double.NaN); }

        boolean hasSolution() {
            return status != null && (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE);
        }

        boolean optimal() { return status != null && status == MPSolver.ResultStatus.OPTIMAL; }

        boolean infeasible() { return status != null && status == MPSolver.ResultStatus.INFEASIBLE; }

        /** The status for notes; "NOT_RUN" when the solver was not started. */
        String label() { return status == null ? "NOT_RUN" : status.toString(); }
    }

    Mip(String solverId, double timeLimitSeconds, SolveMonitor monitor) {
        loadNative();
        MPSolver s = MPSolver.createSolver(solverId);
        if (s == null) throw new PlanningException(ErrorCode.UNAVAILABLE, "The " + solverId + " solver is not available in this OR-Tools build.");
        this.solver = s;
        this.scip = solverId.equalsIgnoreCase("SCIP");
        LIVE.incrementAndGet();
        this.monitor = monitor;
        solver.setTimeLimit(Math.max(1, (long) (timeLimitSeconds * 1000)));
    }

    Mip(double timeLimitSeconds, SolveMonitor monitor) { this(SOLVER, timeLimitSeconds, monitor); }

    Mip(double timeLimitSeconds) { this(SOLVER, timeLimitSeconds, SolveMonitor.none()); }

    /** Native models created and not yet deleted in this JVM (a diagnostic: tests check that stopping leaks none). */
    static int liveModels() { return LIVE.get(); }

    /** Loads OR-Tools' native library (once per JVM), waiting for a load already started in the background. */
    static void loadNative() {
        if (!nativeLoadedBy(Long.MAX_VALUE)) throw new IllegalStateException("unreachable: no deadline");
    }

    /**
     * Starts loading the native library on a daemon thread unless it is loaded or loading: a solve that will need the
     * solver late calls this first, so that the load (it unpacks the library from the jar: measured 4.9 s under load 18
     * on 2 cores, inside the SCIP phase's time) runs alongside the heuristics instead of past the deadline.
     */
    static void loadNativeInBackground() {
        synchronized (LOAD_LOCK) {
            if (loading != null) return;
            loading = new FutureTask<>(() -> { Loader.loadNativeLibraries(); return null; });
            Thread t = new Thread(loading, "dostap-ortools-load");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Waits for the native library until {@code deadlineNanos} (Long.MAX_VALUE: no limit); false when it is not loaded by then. */
    static boolean nativeLoadedBy(long deadlineNanos) {
        loadNativeInBackground();
        try {
            if (deadlineNanos == Long.MAX_VALUE) loading.get();
            else loading.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SolveCancelledException();
        } catch (ExecutionException e) {
            throw unwrapped(e);
        }
    }

    MPSolver solver() { return solver; }

    /**
     * Sets the wall-clock limit to the time left until {@code deadlineNanos} ({@link System#nanoTime()}) less
     * {@link #reactionLeadNanos}: call it once the model is built. {@link #solve} then ends by the deadline (give or take
     * {@link #ABANDON_AFTER_MILLIS} and a poll).
     */
    void timeLimitUntil(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        long lead = scip ? reactionLeadNanos(left) : 0; // GLOP (the LP) looks at its clock often: no lead
        solver.setTimeLimit(Math.max(1, (left - lead) / 1_000_000));
        hardDeadlineNanos = deadlineNanos;
        interruptFromNanos = deadlineNanos - lead / 2;
    }

    /** How long before the deadline SCIP's own limit ends, for {@code leftNanos} left: a tenth of it, at most {@link #REACTION_LEAD_MILLIS}. */
    static long reactionLeadNanos(long leftNanos) {
        return Math.max(0, Math.min(REACTION_LEAD_MILLIS * 1_000_000, leftNanos / 10));
    }

    /** The deadline of {@link #timeLimitUntil}: past it the solve is interrupted, then left behind (SCIP can overrun its own limit). */
    private volatile long hardDeadlineNanos = Long.MAX_VALUE;
    /** From here on (half the lead before the deadline) the solve is interrupted at every poll. */
    private volatile long interruptFromNanos = Long.MAX_VALUE;

    MPVariable bool() { return solver.makeBoolVar(""); }

    MPVariable num(double lb, double ub) { return solver.makeNumVar(lb, ub, ""); }

    MPConstraint atLeast(double lb) { return solver.makeConstraint(lb, Double.POSITIVE_INFINITY, ""); }

    MPConstraint atMost(double ub) { return solver.makeConstraint(Double.NEGATIVE_INFINITY, ub, ""); }

    MPConstraint equal(double v) { return solver.makeConstraint(v, v, ""); }

    void minimize() { solver.objective().setMinimization(); }

    void maximize() { solver.objective().setMaximization(); }

    void objective(MPVariable v, double coefficient) { solver.objective().setCoefficient(v, coefficient); }

    /** SCIP parameters in its settings-file syntax ("name = value" lines), applied by {@link #solve}. */
    void solverParameters(String parameters) { solverParameters = parameters; }

    /** @throws SolveCancelledException when the monitor was asked to stop (before or during the solve) */
    Result solve() {
        monitor.throwIfStopped();
        if (hardDeadlineNanos != Long.MAX_VALUE && hardDeadlineNanos - System.nanoTime() < MIN_SOLVE_MILLIS * 1_000_000)
            return Result.notRun(); // no time left: not started
        MPSolverParameters params = new MPSolverParameters();
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        // SCIP must not take Ctrl+C for itself (it would end the solve as if finished and the program would go on):
        // the JVM gets the signal, and its shutdown stops the solve through the monitor
        String parameters = scip ? "misc/catchctrlc = FALSE\n" + solverParameters : solverParameters;
        if (!parameters.isBlank()) solver.setSolverSpecificParametersAsString(parameters);
        FutureTask<MPSolver.ResultStatus> task = new FutureTask<>(() -> solver.solve(params));
        synchronized (lock) { solving = true; }
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } finally {
                solveReturned();
                params.delete();
            }
        }, "dostap-mip");
        thread.setDaemon(true);
        MPSolver.ResultStatus status;
        try (SolveMonitor.Registration ignored = monitor.onStop(this::interrupt)) {
            thread.start();
            status = await(task);
        }
        monitor.throwIfStopped();
        if (status == null) return new Result(MPSolver.ResultStatus.NOT_SOLVED, Double.NaN, Double.NaN); // left behind at the deadline
        boolean has = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        double obj = has ? solver.objective().value() : Double.NaN;
        double bound = status == MPSolver.ResultStatus.INFEASIBLE ? Double.NaN : solver.objective().bestBound();
        if (status == MPSolver.ResultStatus.OPTIMAL) bound = obj;
        return new Result(status, obj, bound);
    }

    /**
     * Waits for the native solve; on a stop interrupts it (again every poll) and gives up after the grace time; past the
     * deadline the same, returning null {@link #ABANDON_AFTER_MILLIS} after it (the solve is left behind, see {@link #close}).
     */
    private MPSolver.ResultStatus await(FutureTask<MPSolver.ResultStatus> task) {
        long stopSeenNanos = -1;
        while (true) {
            try {
                return task.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // a strict limit: SCIP checks its clock between steps and may overrun; past the deadline it is interrupted
                // (it returns with its best solution, as at its own limit)
                long past = hardDeadlineNanos == Long.MAX_VALUE ? Long.MIN_VALUE : System.nanoTime() - hardDeadlineNanos;
                if (hardDeadlineNanos != Long.MAX_VALUE && System.nanoTime() - interruptFromNanos > 0) interrupt();
                if (past > ABANDON_AFTER_MILLIS * 1_000_000 && !monitor.stopRequested()) return null;
                if (!monitor.stopRequested()) continue;
                interrupt(); // again: an interrupt that came before SCIP started solving is lost
                long now = System.nanoTime();
                if (stopSeenNanos < 0) stopSeenNanos = now;
                else if (now - stopSeenNanos > STOP_GRACE_MILLIS * 1_000_000) throw new SolveCancelledException();
            } catch (InterruptedException e) {
                interrupt();
                Thread.currentThread().interrupt();
                throw new SolveCancelledException();
            } catch (ExecutionException e) {
                throw unwrapped(e);
            }
        }
    }

    private void interrupt() {
        synchronized (lock) {
            if (solving && !deleted) solver.interruptSolve();
        }
    }

    private void solveReturned() {
        synchronized (lock) {
            solving = false;
            if (closeRequested) delete();
        }
    }

    private void delete() {
        if (!deleted) {
            solver.delete();
            deleted = true;
            LIVE.decrementAndGet();
        }
    }

    /**
     * Frees the native model on a daemon thread (deleting a model of 10,000 variables took up to 0.3 s under load, past
     * the deadline), or when an abandoned native solve returns.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (solving) { closeRequested = true; return; }
            if (deleted) return;
        }
        Thread t = new Thread(() -> { synchronized (lock) { delete(); } }, "dostap-mip-delete");
        t.setDaemon(true);
        t.start();
    }

    /** What a background task threw, rethrown as it was (an unchecked exception or error). */
    private static RuntimeException unwrapped(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) return r;
        if (e.getCause() instanceof Error err) throw err;
        return new IllegalStateException(e.getCause());
    }
}
