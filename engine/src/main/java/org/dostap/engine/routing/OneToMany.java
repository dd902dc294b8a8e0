package org.dostap.engine.routing;

import com.carrotsearch.hppc.IntIntHashMap;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.storage.index.Snap;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Travel times from every origin to one destination with ONE shortest-path tree grown backwards from the
 * destination (GraphHopper's {@code reverseFlow = true}: edge times are those of travelling towards the
 * destination, so one-way streets count in the direction people drive to the centre).
 * <p>
 * Exactness: the tree gives the time from each junction to the destination. An origin snapped inside an
 * edge joins it at either end, so its time is the better of (partial edge to end A + tree time at A) and
 * (partial edge to end B + tree time at B); the partial edges come from GraphHopper's own QueryGraph split
 * ({@link ModeGraph#originSnap}), so the sum is the same millisecond total a point-to-point route gives.
 * The one case where that is not the route is an origin on the very edge the destination snapped to
 * (it may drive straight along it): such origins are added to the destination's QueryGraph as extra
 * virtual nodes and read directly from the tree. Rounding: whole seconds = access legs (each rounded)
 * + round(network milliseconds / 1000).
 */
final class OneToMany {
    private OneToMany() {}

    static int[] travelTimesSecondsTo(ModeGraph g, SnappedOrigins origins, GeoPoint destination, int limitSeconds) {
        int n = origins.size();
        int[] out = new int[n];
        Arrays.fill(out, TravelTimeMatrix.UNREACHABLE);
        ModeGraph.Snapped dest = g.snap(destination);
        if (!dest.connected()) return out;
        int destAccessSeconds = dest.access().accessSeconds();
        if (limitSeconds - destAccessSeconds < 0) return out;

        Snap destSnap = dest.snap();
        int destEdge = destSnap.getSnappedPosition() == Snap.Position.TOWER ? -2 : destSnap.getClosestEdge().getEdge();
        List<Snap> snaps = new ArrayList<>();
        snaps.add(destSnap);
        List<Integer> sameEdgeOrigins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ModeGraph.OriginSnap o = origins.snaps[i];
            if (o.access().connected() && o.edge() == destEdge) {
                sameEdgeOrigins.add(i);
                snaps.add(g.snap(origins.points.get(i)).snap()); // a fresh Snap: QueryGraph.create changes it
            }
        }
        QueryGraph qg = QueryGraph.create(g.graph, snaps);
        // origins snapped to the same position share one virtual node, hence one slot
        IntIntHashMap extraSlotByNode = new IntIntHashMap();
        int[] slotOfOrigin = new int[n];
        Arrays.fill(slotOfOrigin, -1);
        for (int k = 0; k < sameEdgeOrigins.size(); k++) {
            int node = snaps.get(k + 1).getClosestNode();
            int slot = extraSlotByNode.getOrDefault(node, -1);
            if (slot < 0) {
                slot = origins.slotCount() + extraSlotByNode.size();
                extraSlotByNode.put(node, slot);
            }
            slotOfOrigin[sameEdgeOrigins.get(k)] = slot;
        }

        int slots = origins.slotCount() + extraSlotByNode.size();
        double[] weight = new double[slots];
        long[] millis = new long[slots];
        Arrays.fill(weight, Double.POSITIVE_INFINITY);
        ShortestPathTree tree = new ShortestPathTree(qg, qg.wrapWeighting(g.weighting), true, TraversalMode.NODE_BASED);
        tree.setTimeLimit((limitSeconds - destAccessSeconds) * 1000.0 + 500); // + 500 ms: rounding to whole seconds
        tree.search(destSnap.getClosestNode(), label -> {
            int slot = origins.slot(label.node);
            if (slot < 0 && !extraSlotByNode.isEmpty()) slot = extraSlotByNode.getOrDefault(label.node, -1);
            if (slot >= 0) {
                weight[slot] = label.weight;
                millis[slot] = label.time;
            }
        });

        for (int i = 0; i < n; i++) {
            ModeGraph.OriginSnap o = origins.snaps[i];
            if (!o.access().connected()) continue;
            long networkMillis;
            int slot = slotOfOrigin[i];
            if (slot >= 0) {
                if (Double.isInfinite(weight[slot])) continue;
                networkMillis = millis[slot];
            } else {
                double viaA = o.weightA() + weight[origins.slotA[i]];
                double viaB = o.weightB() + weight[origins.slotB[i]];
                if (Double.isInfinite(viaA) && Double.isInfinite(viaB)) continue;
                networkMillis = viaA <= viaB ? o.millisA() + millis[origins.slotA[i]] : o.millisB() + millis[origins.slotB[i]];
            }
            long total = o.access().accessSeconds() + destAccessSeconds + Math.round(networkMillis / 1000.0);
            if (total <= limitSeconds) out[i] = (int) total;
        }
        return out;
    }
}
