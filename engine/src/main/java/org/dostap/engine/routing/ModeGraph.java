package org.dostap.engine.routing;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.GHUtility;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.locationtech.jts.geom.Envelope;

/**
 * One profile of the loaded graph: its weighting, the snap filter (usable edges outside small islands)
 * and the snapping rule with the walked access leg. Immutable and thread-safe.
 */
final class ModeGraph {
    final TravelMode mode;
    final BaseGraph graph;
    final Weighting weighting;
    private final LocationIndex index;
    private final EdgeFilter snapFilter;
    private final double accessMetresPerSecond;
    private final double maxSnapDistanceMetres;
    private final double searchRadiusMetres;
    private final Envelope bounds;
    private final BooleanEncodedValue subnetwork;
    private final double accessSpeedKmh;

    ModeGraph(TravelMode mode, BaseGraph graph, LocationIndex index, Weighting weighting, BooleanEncodedValue subnetwork,
              double accessSpeedKmh, double maxSnapDistanceMetres, double searchRadiusMetres, Envelope bounds) {
        this.mode = mode;
        this.graph = graph;
        this.index = index;
        this.weighting = weighting;
        this.snapFilter = new DefaultSnapFilter(weighting, subnetwork);
        this.accessMetresPerSecond = accessSpeedKmh / 3.6;
        this.maxSnapDistanceMetres = maxSnapDistanceMetres;
        this.searchRadiusMetres = searchRadiusMetres;
        this.bounds = bounds;
        this.subnetwork = subnetwork;
        this.accessSpeedKmh = accessSpeedKmh;
    }

    /** The same profile with another weighting (e.g. with closed roads); snapping then follows it too. */
    ModeGraph withWeighting(Weighting other) {
        return new ModeGraph(mode, graph, index, other, subnetwork, accessSpeedKmh, maxSnapDistanceMetres,
                searchRadiusMetres, bounds);
    }

    static String subnetworkKey(TravelMode mode) { return Subnetwork.key(Profiles.name(mode)); }

    /** A point snapped to the closest usable edge, with its access; {@code snap} is null when not connected. */
    record Snapped(Snap snap, PointAccess access) {
        boolean connected() { return access.connected(); }
    }

    /** Snaps afresh (a {@link Snap} is changed by the QueryGraph it goes into, so never share one). */
    Snapped snap(GeoPoint point) {
        Snap snap = index.findClosest(point.lat(), point.lon(), snapFilter);
        if (!snap.isValid()) return new Snapped(null, PointAccess.notConnected(noRoadFoundDistanceMetres(point)));
        double metres = snap.getQueryDistance();
        if (metres > maxSnapDistanceMetres) return new Snapped(null, PointAccess.notConnected(metres));
        return new Snapped(snap, new PointAccess(true, metres, accessSeconds(metres)));
    }

    /**
     * No usable road within the index search radius: a finite lower bound of the true distance (so that outputs can
     * print it): the larger of the search radius and the distance to the road graph's bounding box.
     */
    private double noRoadFoundDistanceMetres(GeoPoint point) {
        double lon = Math.max(bounds.getMinX(), Math.min(bounds.getMaxX(), point.lon()));
        double lat = Math.max(bounds.getMinY(), Math.min(bounds.getMaxY(), point.lat()));
        return Math.max(Math.max(searchRadiusMetres, maxSnapDistanceMetres), point.distanceMetresTo(new GeoPoint(lon, lat)));
    }

    int accessSeconds(double metres) {
        return (int) Math.round(metres / accessMetresPerSecond);
    }

    /**
     * Where an origin joins the graph: the two tower nodes of its snapped edge with the weight and time
     * of the partial edge from the snapped point to each (infinite weight where a one-way forbids it),
     * computed on a one-point QueryGraph exactly as GraphHopper's own routing splits the edge.
     */
    OriginSnap originSnap(GeoPoint point) {
        Snapped s = snap(point);
        if (!s.connected()) return OriginSnap.notConnected(s.access());
        Snap snap = s.snap();
        if (snap.getSnappedPosition() == Snap.Position.TOWER) {
            int node = snap.getClosestNode();
            return new OriginSnap(s.access(), -1, node, 0, 0, node, 0, 0);
        }
        int edge = snap.getClosestEdge().getEdge();
        int base = snap.getClosestEdge().getBaseNode();
        int adj = snap.getClosestEdge().getAdjNode();
        QueryGraph qg = QueryGraph.create(graph, snap);
        double toBaseWeight = Double.POSITIVE_INFINITY, toAdjWeight = Double.POSITIVE_INFINITY;
        long toBaseMillis = 0, toAdjMillis = 0;
        EdgeIterator it = qg.createEdgeExplorer().setBaseNode(snap.getClosestNode());
        while (it.next()) {
            double w = GHUtility.calcWeightWithTurnWeight(weighting, it, false, EdgeIterator.NO_EDGE);
            if (Double.isInfinite(w)) continue;
            long ms = GHUtility.calcMillisWithTurnMillis(weighting, it, false, EdgeIterator.NO_EDGE);
            if (it.getAdjNode() == base && w < toBaseWeight) {
                toBaseWeight = w;
                toBaseMillis = ms;
            } else if (it.getAdjNode() == adj && w < toAdjWeight) {
                toAdjWeight = w;
                toAdjMillis = ms;
            }
        }
        return new OriginSnap(s.access(), edge, base, toBaseWeight, toBaseMillis, adj, toAdjWeight, toAdjMillis);
    }

    /** How an origin attaches; {@code edge} is -1 for a snap onto a junction (both nodes equal, zero partials). */
    record OriginSnap(PointAccess access, int edge, int nodeA, double weightA, long millisA,
                      int nodeB, double weightB, long millisB) {
        static OriginSnap notConnected(PointAccess access) {
            return new OriginSnap(access, -1, -1, Double.POSITIVE_INFINITY, 0, -1, Double.POSITIVE_INFINITY, 0);
        }
    }
}
