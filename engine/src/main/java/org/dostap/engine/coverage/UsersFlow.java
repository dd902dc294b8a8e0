package org.dostap.engine.coverage;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

/**
 * A transportation problem of service users to places (OR-Tools min-cost max-flow): as many users as the places
 * within reach allow, then the least total travel time among such flows. Users in hundredths ({@code supply}),
 * places in hundredths ({@code capacity}); {@code seconds[j][i]} &lt; 0 where settlement i may not use centre j.
 */
final class UsersFlow {
    /** {@code flow[i][j]} hundredths of users of settlement i at centre j; {@code served} and {@code cost} in total. */
    record Flow(long[][] flow, long served, long userSecondsHundredths) { }

    private UsersFlow() { }

    static Flow solve(long[] supply, long[] capacity, int[][] seconds) {
        int n = supply.length, m = capacity.length;
        Loader.loadNativeLibraries();
        MinCostFlow flow = new MinCostFlow();
        // nodes: 0 source, 1..n settlements, n+1..n+m centres, n+m+1 sink
        int source = 0, sink = n + m + 1;
        long total = 0;
        for (int i = 0; i < n; i++) { total += supply[i]; if (supply[i] > 0) flow.addArcWithCapacityAndUnitCost(source, 1 + i, supply[i], 0); }
        int[][] arc = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                arc[i][j] = -1;
                if (supply[i] > 0 && seconds[j][i] >= 0) arc[i][j] = flow.addArcWithCapacityAndUnitCost(1 + i, n + 1 + j, supply[i], seconds[j][i]);
            }
        for (int j = 0; j < m; j++) flow.addArcWithCapacityAndUnitCost(n + 1 + j, sink, capacity[j], 0);
        flow.setNodeSupply(source, total);
        flow.setNodeSupply(sink, -total);
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new PlanningException(ErrorCode.UNAVAILABLE, "The capacitated assignment could not be solved (" + status + ").");
        long[][] out = new long[n][m];
        long served = 0, cost = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                if (arc[i][j] >= 0) { out[i][j] = flow.getFlow(arc[i][j]); served += out[i][j]; cost += out[i][j] * seconds[j][i]; }
        return new Flow(out, served, cost);
    }
}
