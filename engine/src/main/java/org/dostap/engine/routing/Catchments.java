package org.dostap.engine.routing;

import com.graphhopper.isochrone.algorithm.ContourBuilder;
import com.graphhopper.isochrone.algorithm.JTSTriangulator;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.isochrone.algorithm.Triangulator;
import com.graphhopper.routing.RouterConfig;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.TraversalMode;
import org.dostap.engine.common.GeoPoint;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.Arrays;

/**
 * Catchment polygons: the area from which the destination is reached within each limit, from one
 * reverse shortest-path tree, GraphHopper's Delaunay triangulation of the reached nodes
 * ({@link JTSTriangulator}) and its contour builder (what GraphHopper's isochrone endpoint does with
 * {@code reverse_flow=true}). The destination's access leg is taken off the time budget; the origins'
 * access legs are not modelled (the polygon describes road positions). Lon/lat, EPSG:4326.
 */
final class Catchments {
    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private Catchments() {}

    static Geometry[] polygons(ModeGraph g, RouterConfig routerConfig, GeoPoint destination, int[] limitsSeconds) {
        Geometry[] out = new Geometry[limitsSeconds.length];
        Arrays.fill(out, GEOMETRY.createMultiPolygon());
        ModeGraph.Snapped dest = g.snap(destination);
        if (!dest.connected()) return out;
        long[] budgetMillis = new long[limitsSeconds.length];
        long maxBudget = 0;
        for (int i = 0; i < limitsSeconds.length; i++) {
            budgetMillis[i] = (limitsSeconds[i] - (long) dest.access().accessSeconds()) * 1000;
            maxBudget = Math.max(maxBudget, budgetMillis[i]);
        }
        if (maxBudget <= 0) return out;
        QueryGraph qg = QueryGraph.create(g.graph, dest.snap());
        ShortestPathTree tree = new ShortestPathTree(qg, qg.wrapWeighting(g.weighting), true, TraversalMode.NODE_BASED);
        // explore beyond the limit so that contours are interpolated between reached and unreached nodes
        tree.setTimeLimit(maxBudget + Math.max(maxBudget * 0.14, 200_000));
        Triangulator.Result triangulation;
        try {
            triangulation = new JTSTriangulator(routerConfig).triangulate(dest.snap(), qg, tree, label -> label.time, 0);
        } catch (IllegalArgumentException tooFewPoints) {
            return out; // fewer than three reached nodes: no area
        }
        ContourBuilder contours = new ContourBuilder(triangulation.triangulation);
        for (int i = 0; i < limitsSeconds.length; i++) {
            if (budgetMillis[i] <= 0) continue;
            out[i] = GEOMETRY.createGeometry(contours.computeIsoline(budgetMillis[i], triangulation.seedEdges));
        }
        return out;
    }
}
