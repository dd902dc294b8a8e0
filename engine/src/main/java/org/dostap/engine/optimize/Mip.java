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
 */
final class Mip implements AutoCloseable {
    static final String SOLVER = "SCIP";
    /** After a stop, how long the caller waits for the native solver to return before leaving it behind. */
    static final long STOP_GRACE_MILLIS = 300;
    private static final Object LOAD_LOCK = new Object();
    private static boolean loaded; // the native library can be loaded once per JVM
    private static final java.util.concurrent.atomic.AtomicInteger LIVE = new java.util.concurrent.atomic.AtomicInteger();

    private final MPSolver solver;
    private final SolveMonitor monitor;
    private final boolean scip;
    private String solverParameters = "";
    private final Object lock = new Object();
    private boolean solving;        // guarded by lock: the native solve is running
    private boolean closeRequested; // guarded by lock: delete when the native solve returns
    private boolean deleted;        // guarded by lock

    /** Outcome: status, objective of the best solution (NaN when none) and the proven bound. */
    record Result(MPSolver.ResultStatus status, double objective, double bound) {
        boolean hasSolution() {
            return status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        }

        boolean optimal() { return status == MPSolver.ResultStatus.OPTIMAL; }
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

    static void loadNative() {
        synchronized (LOAD_LOCK) {
            if (!loaded) {
                Loader.loadNativeLibraries();
                loaded = true;
            }
        }
    }

    MPSolver solver() { return solver; }

    /** Sets the wall-clock limit to the time left until {@code deadlineNanos} ({@link System#nanoTime()}): call it once the model is built. */
    void timeLimitUntil(long deadlineNanos) {
        solver.setTimeLimit(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000));
        hardDeadlineNanos = deadlineNanos;
    }

    /** The deadline of {@link #timeLimitUntil}: past it the solve is interrupted (SCIP can overrun its own limit). */
    private volatile long hardDeadlineNanos = Long.MAX_VALUE;

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
        boolean has = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        double obj = has ? solver.objective().value() : Double.NaN;
        double bound = status == MPSolver.ResultStatus.INFEASIBLE ? Double.NaN : solver.objective().bestBound();
        if (status == MPSolver.ResultStatus.OPTIMAL) bound = obj;
        return new Result(status, obj, bound);
    }

    /** Waits for the native solve; on a stop interrupts it (again every poll) and gives up after the grace time. */
    private MPSolver.ResultStatus await(FutureTask<MPSolver.ResultStatus> task) {
        long stopSeenNanos = -1;
        while (true) {
            try {
                return task.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // a strict limit: SCIP checks its clock between steps and may overrun; past the deadline it is interrupted
                // (it returns with its best solution, as at its own limit)
                if (System.nanoTime() - hardDeadlineNanos > 0) interrupt();
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
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
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

    /** Frees the native model now, or when an abandoned native solve returns. */
    @Override
    public void close() {
        synchronized (lock) {
            if (solving) closeRequested = true;
            else delete();
        }
    }
}
