/**
 * Location optimization built from a cost matrix (demand points x candidate sites, usually travel
 * seconds from a {@link org.dostap.engine.traveltime.TravelTimeMatrix}) and demand weights, in the
 * style of spopt: one class per problem ({@link PMedianProblem}, {@link MaximalCoverageProblem},
 * {@link SetCoveringProblem}, {@link PCenterProblem}, {@link CapacitatedPMedianProblem},
 * {@link CapacitatedCoverageProblem}) and {@link InterMunicipalNetwork} for centres shared between
 * municipalities. Every result is a {@link LocationSolution} with objective, bounds, gap, time and
 * the method that produced it. Exact models use OR-Tools (SCIP); large p-median and coverage
 * instances use Lagrangian relaxation (lower/upper bound) with vertex substitution.
 * <p>Every solve carries a {@link SolveMonitor} in {@link SolveOptions#monitor()}: solvers report their phase,
 * incumbent and bound to it and check {@code monitor.stopRequested()} / {@code throwIfStopped()} wherever they
 * check their deadline (a {@link Mip} is interrupted through it); a stopped solve ends with
 * {@link SolveCancelledException}.
 */
package org.dostap.engine.optimize;
