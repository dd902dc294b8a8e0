package org.dostap.engine.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Which allowed candidate sites serve which demand points within a threshold (cost &lt;= threshold):
 * per demand point the sites (N_i), per site the demand points it covers.
 */
final class CoverageSets {
    final int[][] sitesOf;   // per demand point
    final int[][] pointsOf;  // per candidate site

    CoverageSets(LocationInstance instance, double threshold) {
        int n = instance.demandCount(), m = instance.candidateCount();
        CostMatrix c = instance.costs();
        sitesOf = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> s = new ArrayList<>();
            for (int j : c.rowOrder(i)) {
                if (c.cost(i, j) > threshold) break;
                if (!instance.closed(j)) s.add(j);
            }
            sitesOf[i] = s.stream().mapToInt(Integer::intValue).toArray();
        }
        pointsOf = pointsOf(sitesOf, m);
    }

    /** The inverse of {@code sitesOf}: per site, the points that list it, in point order. */
    static int[][] pointsOf(int[][] sitesOf, int m) {
        int[] count = new int[m];
        for (int[] sites : sitesOf) for (int j : sites) count[j]++;
        int[][] pointsOf = new int[m][];
        for (int j = 0; j < m; j++) pointsOf[j] = new int[count[j]];
        int[] fill = new int[m];
        for (int i = 0; i < sitesOf.length; i++) for (int j : sitesOf[i]) pointsOf[j][fill[j]++] = i;
        return pointsOf;
    }

    boolean coverable(int demand) { return sitesOf[demand].length > 0; }
}
