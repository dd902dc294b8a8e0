package org.dostap.engine.traveltime;

/**
 * How a settlement or facility point attaches to the travel network.
 * {@code snapDistanceMetres} is the straight line from the point to the road it snapped to (0 in estimated mode);
 * {@code accessSeconds} is the time to walk that leg. A point farther than the maximum snap distance
 * is not connected: it gets no travel time and is reported, never dropped.
 */
public record PointAccess(boolean connected, double snapDistanceMetres, int accessSeconds) {
    public static final PointAccess DIRECT = new PointAccess(true, 0, 0);

    public static PointAccess notConnected(double snapDistanceMetres) {
        return new PointAccess(false, snapDistanceMetres, 0);
    }
}
