package org.dostap.engine.mobile;

import java.util.Arrays;

/**
 * The visiting order of one team-day that returns to the base earliest, by dynamic programming over
 * subsets (Held-Karp with time windows): for every set of visited stops and last stop, the earliest
 * departure. Waiting for a window never pays to be late, so the earliest departure dominates and the
 * result is exact. Ties go to less driving, then to the first order found (stops in the given order), so
 * the same stops always give the same order. Up to {@link #MAX_STOPS} stops (2^12 x 12 states).
 */
final class ExactDayOrder {
    static final int MAX_STOPS = 12;
    private static final long NONE = Long.MAX_VALUE;

    private ExactDayOrder() { }

    /** The best order of {@code stops}, or null when no order meets the windows and the day length. */
    static int[] solve(PlanningProblem p, int[] stops) {
        int n = stops.length;
        if (n > MAX_STOPS) throw new IllegalArgumentException(n + " stops, at most " + MAX_STOPS);
        int full = (1 << n) - 1;
        long[][] time = new long[1 << n][n], drive = new long[1 << n][n];
        int[][] before = new int[1 << n][n];
        for (long[] row : time) Arrays.fill(row, NONE);
        for (int j = 0; j < n; j++) extend(p, stops, time, drive, before, 0, -1, 0, 0, j);
        for (int mask = 1; mask <= full; mask++)
            for (int last = 0; last < n; last++) {
                if (time[mask][last] == NONE) continue;
                for (int j = 0; j < n; j++)
                    if ((mask & 1 << j) == 0)
                        extend(p, stops, time, drive, before, mask, last, time[mask][last], drive[mask][last], j);
            }
        int bestLast = -1;
        long bestEnd = NONE, bestDrive = NONE;
        for (int last = 0; last < n; last++) {
            if (time[full][last] == NONE || !p.network().reachable(stops[last], 0)) continue;
            long back = p.network().seconds(stops[last], 0);
            long end = time[full][last] + back, d = drive[full][last] + back;
            if (end > p.dayLengthSeconds()) continue;
            if (end < bestEnd || end == bestEnd && d < bestDrive) {
                bestEnd = end;
                bestDrive = d;
                bestLast = last;
            }
        }
        if (bestLast < 0) return null;
        int[] order = new int[n];
        for (int mask = full, last = bestLast, k = n - 1; k >= 0; k--) {
            order[k] = stops[last];
            int prev = before[mask][last];
            mask &= ~(1 << last);
            last = prev;
        }
        return order;
    }

    /** Relaxes the state reached by visiting stop {@code j} after {@code last} (-1 = the base). */
    private static void extend(PlanningProblem p, int[] stops, long[][] time, long[][] drive, int[][] before,
                               int mask, int last, long departure, long driven, int j) {
        int from = last < 0 ? 0 : stops[last], node = stops[j];
        if (!p.network().reachable(from, node)) return;
        long leg = p.network().seconds(from, node);
        long start = Math.max(departure + leg, p.open(node));
        if (start > p.close(node)) return;
        long leave = start + p.onSiteSeconds(node), d = driven + leg;
        if (leave > p.dayLengthSeconds()) return;
        int next = mask | 1 << j;
        if (leave < time[next][j] || leave == time[next][j] && d < drive[next][j]) {
            time[next][j] = leave;
            drive[next][j] = d;
            before[next][j] = last;
        }
    }
}
