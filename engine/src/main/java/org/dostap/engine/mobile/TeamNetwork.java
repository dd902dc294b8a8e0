package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.RouteLeg;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Travel between the base (node 0) and the settlements a team may visit (nodes 1..n): seconds (asymmetric,
 * {@link TravelTimeMatrix#UNREACHABLE} when no path), metres and leg geometry. Without a road network the
 * metres are great-circle x the estimate's detour factor and legs are straight lines.
 */
final class TeamNetwork {
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private final List<GeoPoint> points;
    private final int[][] seconds;
    private final double detourFactor;
    private final boolean[] connected;
    private final TravelTimeProvider travel;
    private final TravelMode mode;
    private final Map<Long, Optional<RouteLeg>> legs = new HashMap<>();

    private TeamNetwork(List<GeoPoint> points, int[][] seconds, double detourFactor, boolean[] connected,
                        TravelTimeProvider travel, TravelMode mode) {
        this.points = List.copyOf(points);
        this.seconds = seconds;
        this.detourFactor = detourFactor;
        this.connected = connected;
        this.travel = travel;
        this.mode = mode;
    }

    static TeamNetwork build(TravelTimeProvider travel, List<GeoPoint> points, TravelMode mode, int limitSeconds) {
        OriginSet origins = travel.prepareOrigins(points, mode);
        TravelTimeMatrix m = travel.matrix(origins, points, mode, limitSeconds, ProgressListener.NONE);
        int n = points.size();
        int[][] s = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) s[i][j] = i == j ? 0 : m.seconds(i, j);
        double detour = travel instanceof EstimatedTravelTimes e ? e.detourFactor() : EstimatedTravelTimes.DEFAULT_DETOUR_FACTOR;
        boolean[] connected = new boolean[n];
        for (int i = 0; i < n; i++) connected[i] = origins.access(i).connected();
        return new TeamNetwork(points, s, detour, connected, travel, mode);
    }

    /** For tests: a network given by its seconds, metres estimated from the points. */
    static TeamNetwork of(List<GeoPoint> points, int[][] seconds, double detourFactor) {
        boolean[] connected = new boolean[points.size()];
        java.util.Arrays.fill(connected, true);
        return new TeamNetwork(points, seconds, detourFactor, connected, null, TravelMode.CAR);
    }

    /** Whether the point attaches to the network at all (false: not connected, whatever the times say). */
    boolean connected(int node) { return connected[node]; }

    int size() { return points.size(); }

    int seconds(int from, int to) { return seconds[from][to]; }

    boolean reachable(int from, int to) { return seconds[from][to] != TravelTimeMatrix.UNREACHABLE; }

    /** Leg length in metres: the provider's route, else great-circle x detour factor. */
    double metres(int from, int to) {
        if (from == to) return 0;
        return leg(from, to).map(RouteLeg::distanceMetres)
                .orElseGet(() -> points.get(from).distanceMetresTo(points.get(to)) * detourFactor);
    }

    /** The provider's route for a leg (memoized), empty when it has none or computes no routes. */
    private Optional<RouteLeg> leg(int from, int to) {
        if (travel == null) return Optional.empty();
        return legs.computeIfAbsent((long) from * points.size() + to, k -> {
            try {
                return travel.route(points.get(from), points.get(to), mode);
            } catch (UnsupportedOperationException e) {
                return Optional.empty();
            }
        });
    }

    GeoPoint point(int node) { return points.get(node); }

    /** The day's line: base, stops, base; along the provider's routes where it has them, straight otherwise. */
    LineString geometry(int[] sequence) {
        List<Coordinate> c = new ArrayList<>();
        c.add(coordinate(0));
        int prev = 0;
        int[] path = java.util.Arrays.copyOf(sequence, sequence.length + 1); // ends at the base (0)
        for (int node : path) {
            Optional<RouteLeg> leg = prev == node ? Optional.empty() : leg(prev, node);
            if (leg.isPresent() && leg.get().geometry().getNumPoints() >= 2) {
                Coordinate[] lc = leg.get().geometry().getCoordinates();
                for (int i = 1; i < lc.length; i++) c.add(lc[i]);
            } else {
                c.add(coordinate(node));
            }
            prev = node;
        }
        return GEOMETRY.createLineString(c.toArray(Coordinate[]::new));
    }

    private Coordinate coordinate(int node) {
        return new Coordinate(points.get(node).lon(), points.get(node).lat());
    }
}
