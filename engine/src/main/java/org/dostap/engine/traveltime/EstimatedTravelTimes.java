package org.dostap.engine.traveltime;

import org.dostap.engine.common.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Travel time without a road network: great-circle distance x detour factor / speed.
 * Defaults: detour factor 1.4 (mountain roads wind; calibrate against a loaded network), car 50 km/h,
 * foot 4.5 km/h. Every output that uses it says {@code estimated}.
 */
public final class EstimatedTravelTimes implements TravelTimeProvider {
    public static final double DEFAULT_DETOUR_FACTOR = 1.4;
    public static final double DEFAULT_CAR_SPEED_KMH = 50;
    public static final double DEFAULT_FOOT_SPEED_KMH = 4.5;

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private final double detourFactor;
    private final double carSpeedKmh;
    private final double footSpeedKmh;

    public EstimatedTravelTimes(double detourFactor, double carSpeedKmh, double footSpeedKmh) {
        if (!(detourFactor >= 1)) throw new IllegalArgumentException("detour factor must be at least 1, got " + detourFactor);
        if (!(carSpeedKmh > 0) || !(footSpeedKmh > 0)) throw new IllegalArgumentException("speeds must be positive");
        this.detourFactor = detourFactor;
        this.carSpeedKmh = carSpeedKmh;
        this.footSpeedKmh = footSpeedKmh;
    }

    public static EstimatedTravelTimes defaults() {
        return new EstimatedTravelTimes(DEFAULT_DETOUR_FACTOR, DEFAULT_CAR_SPEED_KMH, DEFAULT_FOOT_SPEED_KMH);
    }

    public double detourFactor() { return detourFactor; }

    @Override
    public TravelTimeSource source() { return TravelTimeSource.ESTIMATED; }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "estimated: great-circle distance x %.2f / %.1f km/h (car), %.1f km/h (foot)",
                detourFactor, carSpeedKmh, footSpeedKmh);
    }

    /** Seconds between two points by this estimate. */
    public int travelTimeSeconds(GeoPoint from, GeoPoint to, TravelMode mode) {
        double metresPerSecond = speedKmh(mode) / 3.6;
        return (int) Math.round(from.distanceMetresTo(to) * detourFactor / metresPerSecond);
    }

    private double speedKmh(TravelMode mode) { return mode == TravelMode.FOOT ? footSpeedKmh : carSpeedKmh; }

    @Override
    public OriginSet prepareOrigins(List<GeoPoint> origins, TravelMode mode) {
        return new Points(List.copyOf(origins));
    }

    @Override
    public int[] travelTimesSecondsTo(OriginSet origins, GeoPoint destination, TravelMode mode, int limitSeconds) {
        List<GeoPoint> points = ((Points) origins).points;
        int[] out = new int[points.size()];
        for (int i = 0; i < out.length; i++) out[i] = travelTimeSeconds(points.get(i), destination, mode);
        return out;
    }

    /** A geodesic circle of the radius reachable in {@code limitSeconds}, 64 vertices. */
    @Override
    public Geometry catchmentPolygon(GeoPoint destination, TravelMode mode, int limitSeconds) {
        double radiusMetres = limitSeconds * speedKmh(mode) / 3.6 / detourFactor;
        if (radiusMetres <= 0) return GEOMETRY.createPolygon();
        Coordinate[] ring = new Coordinate[65];
        double metresPerDegLat = 111_320.0;
        double metresPerDegLon = metresPerDegLat * Math.cos(Math.toRadians(destination.lat()));
        for (int i = 0; i < 64; i++) {
            double a = 2 * Math.PI * i / 64;
            ring[i] = new Coordinate(destination.lon() + radiusMetres * Math.cos(a) / metresPerDegLon,
                    destination.lat() + radiusMetres * Math.sin(a) / metresPerDegLat);
        }
        ring[64] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }

    /** A straight line; distance = great-circle distance x detour factor, time as {@link #travelTimeSeconds}. */
    @Override
    public Optional<RouteLeg> route(GeoPoint from, GeoPoint to, TravelMode mode) {
        var line = GEOMETRY.createLineString(new Coordinate[]{
                new Coordinate(from.lon(), from.lat()), new Coordinate(to.lon(), to.lat())});
        return Optional.of(new RouteLeg(travelTimeSeconds(from, to, mode), from.distanceMetresTo(to) * detourFactor, line));
    }

    private record Points(List<GeoPoint> points) implements OriginSet {
        @Override public int size() { return points.size(); }
        @Override public PointAccess access(int index) { return PointAccess.DIRECT; }
    }
}
