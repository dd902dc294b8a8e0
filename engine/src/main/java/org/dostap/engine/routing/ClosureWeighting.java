package org.dostap.engine.routing;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.EdgeIteratorState;

/**
 * A profile's weighting with closed edges blocked (infinite weight both ways). Virtual edges of a QueryGraph (ids
 * from the base graph's edge count up) are never closed: points snap only to open edges, since the snap filter uses
 * this weighting, so every virtual edge is part of an open one.
 */
final class ClosureWeighting implements Weighting {
    private final Weighting base;
    private final ClosedEdges closed;
    private final int baseEdges;

    ClosureWeighting(Weighting base, ClosedEdges closed, int baseEdges) {
        this.base = base;
        this.closed = closed;
        this.baseEdges = baseEdges;
    }

    @Override
    public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
        int id = edge.getEdge();
        if (id < baseEdges && closed.isClosed(id)) return Double.POSITIVE_INFINITY;
        return base.calcEdgeWeight(edge, reverse);
    }

    @Override
    public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) { return base.calcEdgeMillis(edge, reverse); }

    @Override
    public double calcMinWeightPerDistance() { return base.calcMinWeightPerDistance(); }

    @Override
    public double calcTurnWeight(int inEdge, int viaNode, int outEdge) { return base.calcTurnWeight(inEdge, viaNode, outEdge); }

    @Override
    public long calcTurnMillis(int inEdge, int viaNode, int outEdge) { return base.calcTurnMillis(inEdge, viaNode, outEdge); }

    @Override
    public boolean hasTurnCosts() { return base.hasTurnCosts(); }

    @Override
    public String getName() { return base.getName(); }
}
