/**
 * Location optimization use cases: {@link org.dostap.web.analysis.optimize.RegionOptimization} (a region, the CLI's
 * {@code --region} form), {@link org.dostap.web.analysis.optimize.ScenarioOptimization} (the map's scenario, with the
 * coverage gain), {@link org.dostap.web.analysis.optimize.InstanceOptimization} (a published instance). Results are
 * records ({@link org.dostap.web.analysis.optimize.OptimizationResult}) written by both edges through the one mapper.
 */
package org.dostap.web.analysis.optimize;
