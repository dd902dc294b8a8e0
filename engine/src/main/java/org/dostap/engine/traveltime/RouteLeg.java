package org.dostap.engine.traveltime;

import org.locationtech.jts.geom.LineString;

import java.util.Objects;

/**
 * One trip from a point to a point, as travelled: whole seconds and metres including both access legs
 * (walked from the point to the road and from the road to the destination), and the line in
 * EPSG:4326 (lon, lat) from the start point along the road to the end point. Usable without a road
 * network: {@link EstimatedTravelTimes} returns a straight line with the estimated distance and time.
 */
public record RouteLeg(int travelTimeSeconds, double distanceMetres, LineString geometry) {
    public RouteLeg {
        if (travelTimeSeconds < 0) throw new IllegalArgumentException("travel time must not be negative: " + travelTimeSeconds);
        if (!(distanceMetres >= 0)) throw new IllegalArgumentException("distance must not be negative: " + distanceMetres);
        Objects.requireNonNull(geometry, "geometry");
    }
}
