package org.dostap.engine.optimize;

/**
 * Costs as the p-median heuristics see them: infinite costs become a finite penalty larger than any
 * real cost (so bounds stay valid) and "no second open site" is a still larger constant. Demand points
 * of weight 0 are left out.
 */
final class MedianCosts {
    final LocationInstance instance;
    final CostMatrix matrix;
    final int[] demand;          // active demand points (weight > 0)
    final double[] weight;       // weight per active point
    final double unreachable;    // cost standing for "cannot be served"
    final double none;           // "no such site"
    final boolean[] allowed;
    final boolean[] fixed;

    MedianCosts(LocationInstance instance) {
        this.instance = instance;
        this.matrix = instance.costs();
        int n = instance.demandCount(), m = instance.candidateCount();
        int count = 0;
        for (int i = 0; i < n; i++) if (instance.weight(i) > 0) count++;
        demand = new int[count];
        weight = new double[count];
        count = 0;
        for (int i = 0; i < n; i++) if (instance.weight(i) > 0) { demand[count] = i; weight[count++] = instance.weight(i); }
        double max = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) { double c = matrix.cost(i, j); if (c != Double.POSITIVE_INFINITY && c > max) max = c; }
        unreachable = 2 * max + 1;
        none = 4 * max + 4;
        allowed = new boolean[m];
        fixed = new boolean[m];
        for (int j = 0; j < m; j++) { allowed[j] = !instance.closed(j); fixed[j] = instance.fixedOpen(j); }
    }

    int size() { return demand.length; }

    /** Cost for active point {@code a} (index into {@link #demand}) from site j. */
    double cost(int a, int j) {
        double c = matrix.cost(demand[a], j);
        return c == Double.POSITIVE_INFINITY ? unreachable : c;
    }

    int[] rowOrder(int a) { return matrix.rowOrder(demand[a]); }

    /** Weighted cost of serving every active point from its nearest open site. */
    double evaluate(boolean[] open) {
        double total = 0;
        for (int a = 0; a < demand.length; a++) {
            for (int j : rowOrder(a)) if (open[j]) { total += weight[a] * cost(a, j); break; }
        }
        return total;
    }

    /** Nearest open site of every instance demand point (-1 for none open). */
    int[] assign(boolean[] open) {
        int[] out = new int[instance.demandCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = -1;
            for (int j : matrix.rowOrder(i)) if (open[j]) { out[i] = j; break; }
        }
        return out;
    }
}
