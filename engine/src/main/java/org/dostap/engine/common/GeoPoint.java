package org.dostap.engine.common;

/**
 * A point in EPSG:4326, longitude first. Validated on construction.
 */
public record GeoPoint(double lon, double lat) {
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180)
            throw new IllegalArgumentException("longitude must be between -180 and 180, got " + lon);
        if (!Double.isFinite(lat) || lat < -90 || lat > 90)
            throw new IllegalArgumentException("latitude must be between -90 and 90, got " + lat);
    }

    /** Great-circle (haversine) distance in metres. */
    public double distanceMetresTo(GeoPoint other) {
        double phi1 = Math.toRadians(lat), phi2 = Math.toRadians(other.lat);
        double dPhi = phi2 - phi1, dLambda = Math.toRadians(other.lon - lon);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
