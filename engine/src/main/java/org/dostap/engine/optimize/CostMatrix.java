package org.dostap.engine.optimize;

import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.Arrays;

/**
 * Read-only costs from demand points (rows) to candidate sites (columns): travel seconds, distances or
 * any non-negative cost. {@link Double#POSITIVE_INFINITY} marks "cannot be served from there".
 * Per-row and per-column orderings (nearest first) are computed lazily for the sparse algorithms.
 */
public final class CostMatrix {
    private final int demandCount;
    private final int candidateCount;
    private final double[] costs; // row-major
    private final boolean integral;
    private volatile int[][] rowOrder;
    private volatile int[][] columnOrder;

    private CostMatrix(int demandCount, int candidateCount, double[] costs) {
        if (demandCount < 0 || candidateCount < 0 || costs.length != (long) demandCount * candidateCount)
            throw new IllegalArgumentException("cost matrix size mismatch");
        boolean ints = true;
        for (double c : costs) {
            if (Double.isNaN(c) || c < 0) throw new IllegalArgumentException("costs must be non-negative, got " + c);
            if (ints && c != Double.POSITIVE_INFINITY && c != Math.rint(c)) ints = false;
        }
        this.demandCount = demandCount;
        this.candidateCount = candidateCount;
        this.costs = costs;
        this.integral = ints;
    }

    /** Copies {@code rows[i][j]}, the cost of serving demand point i from candidate j. */
    public static CostMatrix fromRows(double[][] rows) {
        int m = rows.length == 0 ? 0 : rows[0].length;
        double[] c = new double[rows.length * m];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != m) throw new IllegalArgumentException("row " + i + " has wrong length");
            System.arraycopy(rows[i], 0, c, i * m, m);
        }
        return new CostMatrix(rows.length, m, c);
    }

    /** Wraps a row-major array without copying; the caller must not modify it afterwards. */
    static CostMatrix wrap(int demandCount, int candidateCount, double[] rowMajor) {
        return new CostMatrix(demandCount, candidateCount, rowMajor);
    }

    /** Builds from row-major costs, copying. */
    public static CostMatrix ofRowMajor(int demandCount, int candidateCount, double[] rowMajor) {
        return new CostMatrix(demandCount, candidateCount, rowMajor.clone());
    }

    /** Seconds from a travel-time matrix; {@link TravelTimeMatrix#UNREACHABLE} becomes infinite. */
    public static CostMatrix fromTravelTimes(TravelTimeMatrix matrix) {
        int n = matrix.originCount(), m = matrix.destinationCount();
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                int s = matrix.seconds(i, j);
                c[i * m + j] = s == TravelTimeMatrix.UNREACHABLE ? Double.POSITIVE_INFINITY : s;
            }
        return new CostMatrix(n, m, c);
    }

    public int demandCount() { return demandCount; }

    public int candidateCount() { return candidateCount; }

    public double cost(int demand, int candidate) { return costs[demand * candidateCount + candidate]; }

    /** True when every finite cost is a whole number (bounds can then be rounded up). */
    public boolean integral() { return integral; }

    /** Candidates ordered by cost from {@code demand}, nearest first (shared array: do not modify). */
    int[] rowOrder(int demand) {
        int[][] r = rowOrder;
        if (r == null) {
            synchronized (this) {
                if (rowOrder == null) rowOrder = sortAll(demandCount, candidateCount, true);
                r = rowOrder;
            }
        }
        return r[demand];
    }

    /** Demand points ordered by cost to {@code candidate}, nearest first (shared array: do not modify). */
    int[] columnOrder(int candidate) {
        int[][] r = columnOrder;
        if (r == null) {
            synchronized (this) {
                if (columnOrder == null) columnOrder = sortAll(candidateCount, demandCount, false);
                r = columnOrder;
            }
        }
        return r[candidate];
    }

    /**
     * Computes the row orderings (and the column orderings when {@code columns}) now, checking {@code monitor} as it
     * goes: at country scale this takes seconds, and a stop must not wait for it.
     * @throws SolveCancelledException when a stop is requested meanwhile (nothing is kept)
     */
    void prepareOrders(SolveMonitor monitor, boolean columns) {
        synchronized (this) {
            if (rowOrder == null) rowOrder = sortAll(demandCount, candidateCount, true, monitor);
            if (columns && columnOrder == null) columnOrder = sortAll(candidateCount, demandCount, false, monitor);
        }
    }

    private int[][] sortAll(int count, int length, boolean byRow) { return sortAll(count, length, byRow, SolveMonitor.none()); }

    private int[][] sortAll(int count, int length, boolean byRow, SolveMonitor monitor) {
        int[][] out = new int[count][];
        java.util.stream.IntStream.range(0, count).parallel().forEach(a -> {
            if ((a & 31) == 0) monitor.throwIfStopped();
            long[] keys = new long[length];
            boolean exact = true;
            for (int b = 0; b < length; b++) {
                double c = byRow ? cost(a, b) : cost(b, a);
                // costs are non-negative: their IEEE bits sort like the values; keep the index in the low bits
                float f = (float) c;
                exact &= f == c || Double.isInfinite(c);
                keys[b] = ((long) Float.floatToIntBits(f) << 32) | b;
            }
            Arrays.sort(keys);
            int[] order = new int[length];
            for (int b = 0; b < length; b++) order[b] = (int) keys[b];
            // float rounding may swap near-equal costs: repair with an insertion pass on exact costs
            for (int b = 1; b < length && !exact; b++) {
                int x = order[b];
                double cx = byRow ? cost(a, x) : cost(x, a);
                int k = b - 1;
                while (k >= 0 && (byRow ? cost(a, order[k]) : cost(order[k], a)) > cx) { order[k + 1] = order[k]; k--; }
                order[k + 1] = x;
            }
            out[a] = order;
        });
        return out;
    }
}
