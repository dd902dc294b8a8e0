/**
 * Travel times from settlements to services: the {@link org.dostap.engine.traveltime.TravelTimeProvider}
 * contract, the immutable {@link org.dostap.engine.traveltime.TravelTimeMatrix} and the road-free estimate.
 * Units: seconds and metres. The road implementation lives in {@code org.dostap.engine.routing}.
 */
package org.dostap.engine.traveltime;
