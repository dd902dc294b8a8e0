package org.dostap.engine.traveltime;

import org.dostap.engine.common.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Travel time without a road network, from the great-circle distance alone: an {@link EstimateModel} per travel mode
 * (detour factor and speed by distance band, fitted on real road networks; see {@link EstimateModels#bundled()}), with
 * its error band ({@link #band}). Every output that uses it says {@code estimated}.
 */
public final class EstimatedTravelTimes implements TravelTimeProvider {
    /** The rule used before the fit (and still available as {@link #uniform}): detour 1.4, car 50 km/h, foot 4.5 km/h. */
    public static final double DEFAULT_DETOUR_FACTOR = 1.4;
    public static final double DEFAULT_CAR_SPEED_KMH = 50;
    public static final double DEFAULT_FOOT_SPEED_KMH = 4.5;

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private final EstimateModel model;

    public EstimatedTravelTimes(EstimateModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Plain great-circle distance x detour factor / speed, no error band. */
    public EstimatedTravelTimes(double detourFactor, double carSpeedKmh, double footSpeedKmh) {
        this(uniformModel(detourFactor, carSpeedKmh, footSpeedKmh));
    }

    /** The shipped fit ({@link EstimateModels#bundled()}). */
    public static EstimatedTravelTimes defaults() {
        return new EstimatedTravelTimes(EstimateModels.bundled());
    }

    /** The rule 1.4 x distance / 50 km/h (foot 4.5 km/h), no error band: for hand-computed tests and comparisons. */
    public static EstimatedTravelTimes uniform() {
        return new EstimatedTravelTimes(DEFAULT_DETOUR_FACTOR, DEFAULT_CAR_SPEED_KMH, DEFAULT_FOOT_SPEED_KMH);
    }

    private static EstimateModel uniformModel(double detourFactor, double carSpeedKmh, double footSpeedKmh) {
        if (!(detourFactor >= 1)) throw new IllegalArgumentException("detour factor must be at least 1, got " + detourFactor);
        if (!(carSpeedKmh > 0) || !(footSpeedKmh > 0)) throw new IllegalArgumentException("speeds must be positive");
        return EstimateModel.uniform(detourFactor, carSpeedKmh, footSpeedKmh);
    }

    public EstimateModel model() { return model; }

    /** The car detour factor of the longest fitted band (where one factor stands for all distances). */
    public double detourFactor() {
        List<DistanceBand> bands = model.find(TravelMode.CAR).map(ModeEstimate::bands).orElse(List.of());
        return bands.isEmpty() ? DEFAULT_DETOUR_FACTOR : bands.get(bands.size() - 1).detourFactor();
    }

    @Override
    public TravelTimeSource source() { return TravelTimeSource.ESTIMATED; }

    @Override
    public String description() {
        String modes = model.modes().stream().map(m -> m.bands().size() == 1
                ? String.format(Locale.ROOT, "%s x %.2f / %.1f km/h", m.mode().label(), m.bands().get(0).detourFactor(),
                        m.bands().get(0).speedKmh())
                : String.format(Locale.ROOT, "%s by %d distance bands", m.mode().label(), m.bands().size()))
                .collect(Collectors.joining(", "));
        return "estimated: great-circle distance x detour factor / speed (" + modes + "); parameters: " + model.fit().source()
                + (model.fit().fittedOn().isEmpty() ? "" : " fitted " + model.fit().fittedOn());
    }

    @Override
    public Optional<EstimateModel> estimateModel() { return Optional.of(model); }

    /** The error band of {@code mode}'s estimated times. */
    @Override
    public TimeBand band(TravelMode mode) { return model.get(mode); }

    /** Seconds between two points by this estimate. */
    public int travelTimeSeconds(GeoPoint from, GeoPoint to, TravelMode mode) {
        return (int) Math.round(model.get(mode).seconds(from.distanceMetresTo(to)));
    }

    @Override
    public OriginSet prepareOrigins(List<GeoPoint> origins, TravelMode mode) {
        model.get(mode);
        return new Points(List.copyOf(origins));
    }

    @Override
    public int[] travelTimesSecondsTo(OriginSet origins, GeoPoint destination, TravelMode mode, int limitSeconds) {
        List<GeoPoint> points = ((Points) origins).points;
        int[] out = new int[points.size()];
        for (int i = 0; i < out.length; i++) out[i] = travelTimeSeconds(points.get(i), destination, mode);
        return out;
    }

    /** A geodesic circle of the great-circle radius whose estimated time is {@code limitSeconds}, 64 vertices. */
    @Override
    public Geometry catchmentPolygon(GeoPoint destination, TravelMode mode, int limitSeconds) {
        double radiusMetres = model.get(mode).crowMetres(limitSeconds);
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

    /** A straight line; distance = the estimated road distance, time as {@link #travelTimeSeconds}. */
    @Override
    public Optional<RouteLeg> route(GeoPoint from, GeoPoint to, TravelMode mode) {
        var line = GEOMETRY.createLineString(new Coordinate[]{
                new Coordinate(from.lon(), from.lat()), new Coordinate(to.lon(), to.lat())});
        return Optional.of(new RouteLeg(travelTimeSeconds(from, to, mode), model.get(mode).roadMetres(from.distanceMetresTo(to)), line));
    }

    private record Points(List<GeoPoint> points) implements OriginSet {
        @Override public int size() { return points.size(); }
        @Override public PointAccess access(int index) { return PointAccess.DIRECT; }
    }
}
