/**
 * Catchments: for each facility and threshold, the area from which it is reached (a polygon from the
 * travel-time provider) and the settlements reached (from the {@link org.dostap.engine.coverage.AccessModel}).
 */
package org.dostap.engine.catchment;
