package org.dostap.engine.traveltime;

import java.util.Arrays;

/**
 * Travel times in whole seconds from origins (rows, usually settlements) to destinations (columns,
 * usually facilities or candidate sites), in the direction people travel. {@link #UNREACHABLE} marks
 * no path (or an origin that is not connected). Immutable: edits return copies.
 */
public final class TravelTimeMatrix {
    public static final int UNREACHABLE = Integer.MAX_VALUE;

    private final int originCount;
    private final int destinationCount;
    private final int[] seconds; // row-major: origin * destinationCount + destination

    private TravelTimeMatrix(int originCount, int destinationCount, int[] seconds) {
        if (originCount < 0 || destinationCount < 0 || seconds.length != (long) originCount * destinationCount)
            throw new IllegalArgumentException("matrix size mismatch");
        this.originCount = originCount;
        this.destinationCount = destinationCount;
        this.seconds = seconds;
    }

    /** Builds from columns: {@code columns[d][o]} is the time from origin o to destination d. */
    public static TravelTimeMatrix fromColumns(int originCount, int[][] columns) {
        int[] s = new int[originCount * columns.length];
        for (int d = 0; d < columns.length; d++) {
            if (columns[d].length != originCount) throw new IllegalArgumentException("column " + d + " has wrong length");
            for (int o = 0; o < originCount; o++) s[o * columns.length + d] = columns[d][o];
        }
        return new TravelTimeMatrix(originCount, columns.length, s);
    }

    /** Builds from rows: {@code rows[o][d]}. */
    public static TravelTimeMatrix fromRows(int[][] rows) {
        int dc = rows.length == 0 ? 0 : rows[0].length;
        int[] s = new int[rows.length * dc];
        for (int o = 0; o < rows.length; o++) {
            if (rows[o].length != dc) throw new IllegalArgumentException("row " + o + " has wrong length");
            System.arraycopy(rows[o], 0, s, o * dc, dc);
        }
        return new TravelTimeMatrix(rows.length, dc, s);
    }

    public int originCount() { return originCount; }

    public int destinationCount() { return destinationCount; }

    public int seconds(int origin, int destination) { return seconds[origin * destinationCount + destination]; }

    public boolean reachable(int origin, int destination) { return seconds(origin, destination) != UNREACHABLE; }

    public int[] column(int destination) {
        int[] c = new int[originCount];
        for (int o = 0; o < originCount; o++) c[o] = seconds[o * destinationCount + destination];
        return c;
    }

    public int[] row(int origin) {
        return Arrays.copyOfRange(seconds, origin * destinationCount, (origin + 1) * destinationCount);
    }

    /** A copy with one more destination column at the end. */
    public TravelTimeMatrix withAppendedColumn(int[] column) {
        if (column.length != originCount) throw new IllegalArgumentException("column has wrong length");
        int nd = destinationCount + 1;
        int[] s = new int[originCount * nd];
        for (int o = 0; o < originCount; o++) {
            System.arraycopy(seconds, o * destinationCount, s, o * nd, destinationCount);
            s[o * nd + destinationCount] = column[o];
        }
        return new TravelTimeMatrix(originCount, nd, s);
    }

    /** A copy with the given destination columns only, in the given order. */
    public TravelTimeMatrix selectColumns(int[] destinations) {
        int nd = destinations.length;
        int[] s = new int[originCount * nd];
        for (int o = 0; o < originCount; o++)
            for (int j = 0; j < nd; j++) s[o * nd + j] = seconds[o * destinationCount + destinations[j]];
        return new TravelTimeMatrix(originCount, nd, s);
    }
}
