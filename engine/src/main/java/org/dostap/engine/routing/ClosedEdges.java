package org.dostap.engine.routing;

import com.carrotsearch.hppc.IntHashSet;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.shapes.BBox;
import org.dostap.engine.traveltime.RoadClosure;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The road segments (graph edges between junctions) a list of closures closes: an edge is closed when its geometry
 * intersects a closure's polygon or line and, for a closure limited to road classes, its class is one of them.
 * Candidates come from GraphHopper's spatial index (the closure's bounding box), then an exact JTS test.
 * Immutable.
 *
 * @param closed   edge ids of the base graph that are closed
 * @param perClosure how many edges each closure closes, in the order given (0: the closure closes nothing)
 * @param nearby     how many edges the spatial index found near each closure (0: it lies outside the network)
 */
record ClosedEdges(BitSet closed, int[] perClosure, int[] nearby) {
    static ClosedEdges find(BaseGraph graph, LocationIndex index, EnumEncodedValue<RoadClass> roadClass,
                            List<RoadClosure> closures) {
        BitSet closed = new BitSet(graph.getEdges());
        int[] counts = new int[closures.size()];
        int[] nearby = new int[closures.size()];
        for (int i = 0; i < closures.size(); i++) {
            RoadClosure c = closures.get(i);
            Set<RoadClass> classes = EnumSet.noneOf(RoadClass.class);
            for (String name : c.roadClasses()) classes.add(RoadClass.find(name));
            PreparedGeometry shape = PreparedGeometryFactory.prepare(c.geometry());
            Envelope e = c.geometry().getEnvelopeInternal();
            IntHashSet candidates = new IntHashSet();
            index.query(new BBox(e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()), candidates::add);
            nearby[i] = candidates.size();
            int count = 0;
            for (var cursor : candidates) {
                EdgeIteratorState edge = graph.getEdgeIteratorState(cursor.value, Integer.MIN_VALUE);
                if (!classes.isEmpty() && !classes.contains(edge.get(roadClass))) continue;
                if (shape.intersects(edge.fetchWayGeometry(FetchMode.ALL).toLineString(false))) {
                    closed.set(cursor.value);
                    count++;
                }
            }
            counts[i] = count;
        }
        return new ClosedEdges(closed, counts, nearby);
    }

    int total() { return closed.cardinality(); }

    boolean isClosed(int edge) { return closed.get(edge); }
}
