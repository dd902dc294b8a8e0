package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.List;

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

    private TeamNetwork(List<GeoPoint> points, int[][] seconds, double detourFactor, boolean[] connected) {
        this.points = List.copyOf(points);
        this.seconds = seconds;
        this.detourFactor = detourFactor;
        this.connected = connected;
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
        return new TeamNetwork(points, s, detour, connected);
    }

    /** For tests: a network given by its seconds, metres estimated from the points. */
    static TeamNetwork of(List<GeoPoint> points, int[][] seconds, double detourFactor) {
        boolean[] connected = new boolean[points.size()];
        java.util.Arrays.fill(connected, true);
        return new TeamNetwork(points, seconds, detourFactor, connected);
    }

    /** Whether the point attaches to the network at all (false: not connected, whatever the times say). */
    boolean connected(int node) { return connected[node]; }

    int size() { return points.size(); }

    int seconds(int from, int to) { return seconds[from][to]; }

    boolean reachable(int from, int to) { return seconds[from][to] != TravelTimeMatrix.UNREACHABLE; }

    /** Leg length in metres (estimated from the great-circle distance when no road network is loaded). */
    double metres(int from, int to) {
        return from == to ? 0 : points.get(from).distanceMetresTo(points.get(to)) * detourFactor;
    }

    GeoPoint point(int node) { return points.get(node); }

    /** The day's line: base, stops, base. */
    LineString geometry(int[] sequence) {
        List<Coordinate> c = new ArrayList<>();
        c.add(coordinate(0));
        for (int node : sequence) c.add(coordinate(node));
        c.add(coordinate(0));
        return GEOMETRY.createLineString(c.toArray(Coordinate[]::new));
    }

    private Coordinate coordinate(int node) {
        return new Coordinate(points.get(node).lon(), points.get(node).lat());
    }
}
