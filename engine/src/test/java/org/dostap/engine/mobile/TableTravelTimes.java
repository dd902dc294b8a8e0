package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.List;
import java.util.Set;

/** Test provider: travel times read from a hand-written table between known points; some points not connected. */
final class TableTravelTimes implements TravelTimeProvider {
    private final List<GeoPoint> points;
    private final int[][] seconds;
    private final Set<GeoPoint> notConnected;

    TableTravelTimes(List<GeoPoint> points, int[][] seconds, Set<GeoPoint> notConnected) {
        this.points = points;
        this.seconds = seconds;
        this.notConnected = notConnected;
    }

    @Override public org.dostap.engine.traveltime.TravelTimeSource source() { return org.dostap.engine.traveltime.TravelTimeSource.ESTIMATED; }

    @Override public String description() { return "test table"; }

    private record Points(List<GeoPoint> list, Set<GeoPoint> notConnected) implements OriginSet {
        @Override public int size() { return list.size(); }
        @Override public PointAccess access(int i) {
            return notConnected.contains(list.get(i)) ? PointAccess.notConnected(5000) : PointAccess.DIRECT;
        }
    }

    @Override
    public OriginSet prepareOrigins(List<GeoPoint> origins, TravelMode mode) {
        return new Points(List.copyOf(origins), notConnected);
    }

    @Override
    public int[] travelTimesSecondsTo(OriginSet origins, GeoPoint destination, TravelMode mode, int limitSeconds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TravelTimeMatrix matrix(OriginSet origins, List<GeoPoint> destinations, TravelMode mode, int limit,
                                   org.dostap.engine.common.ProgressListener progress) {
        List<GeoPoint> from = originList(origins);
        int[][] rows = new int[from.size()][destinations.size()];
        for (int o = 0; o < from.size(); o++)
            for (int d = 0; d < destinations.size(); d++) {
                GeoPoint a = from.get(o), b = destinations.get(d);
                rows[o][d] = notConnected.contains(a) || notConnected.contains(b) ? TravelTimeMatrix.UNREACHABLE
                        : seconds[points.indexOf(a)][points.indexOf(b)];
            }
        return TravelTimeMatrix.fromRows(rows);
    }

    private static List<GeoPoint> originList(OriginSet origins) {
        return ((Points) origins).list();
    }

    @Override
    public Geometry catchmentPolygon(GeoPoint destination, TravelMode mode, int limitSeconds) {
        return new GeometryFactory().createPolygon();
    }
}
