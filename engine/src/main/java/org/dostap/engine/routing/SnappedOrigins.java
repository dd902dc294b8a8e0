package org.dostap.engine.routing;

import com.carrotsearch.hppc.IntIntHashMap;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Origins snapped once to one profile's graph. Each distinct junction node an origin can enter the
 * graph through gets a slot; a shortest-path tree fills one value per slot. Immutable after construction.
 */
final class SnappedOrigins implements OriginSet {
    final TravelMode mode;
    final List<GeoPoint> points;
    final ModeGraph.OriginSnap[] snaps;
    final int[] slotA;
    final int[] slotB;
    private final IntIntHashMap slotByNode = new IntIntHashMap();
    private final int slotCount;

    SnappedOrigins(ModeGraph graph, List<GeoPoint> points) {
        this.mode = graph.mode;
        this.points = List.copyOf(points);
        int n = this.points.size();
        this.snaps = new ModeGraph.OriginSnap[n];
        IntStream.range(0, n).parallel().forEach(i -> snaps[i] = graph.originSnap(this.points.get(i)));
        slotA = new int[n];
        slotB = new int[n];
        for (int i = 0; i < n; i++) {
            slotA[i] = snaps[i].access().connected() ? slotOf(snaps[i].nodeA()) : -1;
            slotB[i] = snaps[i].access().connected() ? slotOf(snaps[i].nodeB()) : -1;
        }
        slotCount = slotByNode.size();
    }

    private int slotOf(int node) {
        int slot = slotByNode.getOrDefault(node, -1);
        if (slot < 0) {
            slot = slotByNode.size();
            slotByNode.put(node, slot);
        }
        return slot;
    }

    /** Slot of a graph node, or -1 if no origin enters through it. Read-only, safe from many threads. */
    int slot(int node) { return slotByNode.getOrDefault(node, -1); }

    int slotCount() { return slotCount; }

    @Override
    public int size() { return points.size(); }

    @Override
    public PointAccess access(int index) { return snaps[index].access(); }
}
