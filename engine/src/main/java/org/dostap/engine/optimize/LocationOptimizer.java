package org.dostap.engine.optimize;

/**
 * One entry point for the single-instance problems: builds the problem class of {@code kind} and solves it.
 * ({@link ProblemKind#INTER_MUNICIPAL} needs municipalities: use {@link InterMunicipalNetwork}.)
 * A solve whose {@link SolveOptions#monitor()} is asked to stop ends with {@link SolveCancelledException}.
 */
public final class LocationOptimizer {
    /**
     * @param sites     open sites in total (fixed-open included); ignored by LSCP
     * @param threshold the coverage standard in cost units (seconds); ignored by p-median, p-center, capacitated p-median
     */
    public LocationSolution solve(ProblemKind kind, LocationInstance instance, int sites, double threshold, SolveOptions options) {
        options.monitor().phase("preparing");
        instance.costs().prepareOrders(options.monitor(), kind == ProblemKind.P_MEDIAN);
        return SolveMonitor.guard(options.monitor(), () -> switch (kind) {
            case P_MEDIAN -> new PMedianProblem(instance, sites).solve(options);
            case MCLP -> new MaximalCoverageProblem(instance, sites, threshold).solve(options);
            case LSCP -> new SetCoveringProblem(instance, threshold).solve(options);
            case P_CENTER -> new PCenterProblem(instance, sites).solve(options);
            case CAPACITATED_P_MEDIAN -> new CapacitatedPMedianProblem(instance, sites).solve(options);
            case CAPACITATED_COVERAGE -> new CapacitatedCoverageProblem(instance, sites, threshold).solve(options);
            case INTER_MUNICIPAL -> throw new IllegalArgumentException("inter-municipal networks need municipalities: use InterMunicipalNetwork");
        });
    }
}
