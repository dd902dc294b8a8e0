/**
 * Vehicle routing with time windows in the form of the published benchmarks (Solomon 1987): hierarchical
 * objective (fewest vehicles, then distance), Euclidean distances unrounded, travel time = distance.
 * {@link org.dostap.engine.mobile.vrptw.VrptwSolver} (portfolio: SISR string-removal search, OR-Tools routing),
 * {@link org.dostap.engine.mobile.vrptw.NearestNeighbourVrptw} (baseline construction),
 * {@link org.dostap.engine.mobile.vrptw.VrptwFeasibility} (independent check).
 */
package org.dostap.engine.mobile.vrptw;
