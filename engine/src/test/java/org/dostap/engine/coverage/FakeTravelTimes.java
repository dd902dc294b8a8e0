package org.dostap.engine.coverage;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.engine.traveltime.TravelTimeSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A travel-time provider with hand-written columns: for each destination point, the seconds from every origin.
 * Origins listed as not connected get UNREACHABLE. Counts the columns it was asked for.
 */
final class FakeTravelTimes implements TravelTimeProvider {
    static final int X = TravelTimeMatrix.UNREACHABLE;
    private final Map<GeoPoint, int[]> columns = new HashMap<>();
    private final List<PointAccess> access;
    final AtomicInteger columnCalls = new AtomicInteger();

    FakeTravelTimes(List<PointAccess> access) { this.access = List.copyOf(access); }

    FakeTravelTimes column(GeoPoint destination, int... secondsPerOrigin) {
        if (secondsPerOrigin.length != access.size()) throw new IllegalArgumentException("column length");
        columns.put(destination, secondsPerOrigin);
        return this;
    }

    @Override public TravelTimeSource source() { return TravelTimeSource.ROAD; }

    @Override public String description() { return "hand-written test times"; }

    @Override
    public OriginSet prepareOrigins(List<GeoPoint> origins, TravelMode mode) {
        if (origins.size() != access.size()) throw new IllegalArgumentException("origin count");
        return new OriginSet() {
            @Override public int size() { return access.size(); }
            @Override public PointAccess access(int index) { return access.get(index); }
        };
    }

    @Override
    public int[] travelTimesSecondsTo(OriginSet origins, GeoPoint destination, TravelMode mode, int limitSeconds) {
        columnCalls.incrementAndGet();
        int[] c = columns.get(destination);
        if (c == null) throw new IllegalArgumentException("no test column for " + destination);
        int[] out = c.clone();
        for (int i = 0; i < out.length; i++) if (!access.get(i).connected()) out[i] = X;
        return out;
    }

    @Override
    public Geometry catchmentPolygon(GeoPoint destination, TravelMode mode, int limitSeconds) {
        return new GeometryFactory().createPolygon();
    }
}
