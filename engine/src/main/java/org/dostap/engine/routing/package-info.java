/**
 * The road network: GraphHopper 11 over an OpenStreetMap extract. The ONLY package that imports
 * {@code com.graphhopper}. Public API: {@link org.dostap.engine.routing.RoadNetwork} (a
 * {@link org.dostap.engine.traveltime.TravelTimeProvider}), its {@link org.dostap.engine.routing.RoutingConfig},
 * {@link org.dostap.engine.routing.NetworkMetadata} (provenance) and {@link org.dostap.engine.routing.NetworkEstimateFit} (the estimate measured on the network).
 * <p>
 * Terms: a point is <em>snapped</em> to the closest usable road of a profile; the <em>access leg</em> is the straight
 * line from the point to the snapped position, walked at the configured speed; a point beyond the maximum snap
 * distance is <em>not connected</em>. Profiles {@code car} and {@code foot} are custom models in
 * {@code src/main/resources/org/dostap/engine/routing/} (their comments explain each rule). Graphs are cached in
 * {@code cacheDir/<key>/} (see {@code GraphCache}); the CLI default is {@code ~/.dostap/graph-cache}.
 * Units: seconds and metres.
 */
package org.dostap.engine.routing;
