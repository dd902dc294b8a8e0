package org.dostap.engine.optimize;

/**
 * A solve ended because its {@link SolveMonitor} was asked to stop: there is no result (not an error in the input,
 * hence not a {@link org.dostap.engine.common.PlanningException}).
 */
public final class SolveCancelledException extends RuntimeException {
    public SolveCancelledException() {
        super("The optimization was cancelled.");
    }
}
