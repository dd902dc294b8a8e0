package org.dostap.engine.optimize;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

/**
 * A thin wrapper over OR-Tools' {@link MPSolver} with SCIP (the MIP solver bundled with OR-Tools): exact
 * (relative gap 0), one thread, wall-clock limit. Close it to free the native model.
 */
final class Mip implements AutoCloseable {
    static final String SOLVER = "SCIP";
    private static final Object LOAD_LOCK = new Object();
    private static boolean loaded; // the native library can be loaded once per JVM

    private final MPSolver solver;
    private String solverParameters = "";

    /** Outcome: status, objective of the best solution (NaN when none) and the proven bound. */
    record Result(MPSolver.ResultStatus status, double objective, double bound) {
        boolean hasSolution() {
            return status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        }

        boolean optimal() { return status == MPSolver.ResultStatus.OPTIMAL; }
    }

    Mip(String solverId, double timeLimitSeconds) {
        loadNative();
        MPSolver s = MPSolver.createSolver(solverId);
        if (s == null) throw new PlanningException(ErrorCode.UNAVAILABLE, "The " + solverId + " solver is not available in this OR-Tools build.");
        this.solver = s;
        solver.setTimeLimit(Math.max(1, (long) (timeLimitSeconds * 1000)));
    }

    Mip(double timeLimitSeconds) { this(SOLVER, timeLimitSeconds); }

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
    }

    MPVariable bool() { return solver.makeBoolVar(""); }

    MPVariable num(double lb, double ub) { return solver.makeNumVar(lb, ub, ""); }

    MPConstraint atLeast(double lb) { return solver.makeConstraint(lb, Double.POSITIVE_INFINITY, ""); }

    MPConstraint atMost(double ub) { return solver.makeConstraint(Double.NEGATIVE_INFINITY, ub, ""); }

    MPConstraint equal(double v) { return solver.makeConstraint(v, v, ""); }

    void minimize() { solver.objective().setMinimization(); }

    void maximize() { solver.objective().setMaximization(); }

    void objective(MPVariable v, double coefficient) { solver.objective().setCoefficient(v, coefficient); }

    void objectiveOffset(double offset) { solver.objective().setOffset(offset); }

    /** SCIP parameters in its settings-file syntax ("name = value" lines), applied by {@link #solve}. */
    void solverParameters(String parameters) { solverParameters = parameters; }

    Result solve() {
        MPSolverParameters params = new MPSolverParameters();
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        if (!solverParameters.isEmpty()) solver.setSolverSpecificParametersAsString(solverParameters);
        MPSolver.ResultStatus status = solver.solve(params);
        boolean has = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        double obj = has ? solver.objective().value() : Double.NaN;
        double bound = status == MPSolver.ResultStatus.INFEASIBLE ? Double.NaN : solver.objective().bestBound();
        if (status == MPSolver.ResultStatus.OPTIMAL) bound = obj;
        return new Result(status, obj, bound);
    }

    @Override
    public void close() { solver.delete(); }
}
