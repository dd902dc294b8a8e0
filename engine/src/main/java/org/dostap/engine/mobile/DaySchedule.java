package org.dostap.engine.mobile;

/**
 * Times of one team-day following a visiting order: the team leaves the base at 0, drives, waits for a
 * settlement's window to open, stays its time on site, and returns. {@link #INFEASIBLE} when a window
 * is missed, a leg has no path, or the return is later than the day length.
 */
final class DaySchedule {
    static final int INFEASIBLE = -1;

    private DaySchedule() { }

    /** The return time in seconds, or {@link #INFEASIBLE}. */
    static int endSeconds(PlanningProblem p, int[] sequence, int length) {
        long t = 0;
        int prev = 0;
        for (int k = 0; k < length; k++) {
            int node = sequence[k];
            if (!p.network().reachable(prev, node)) return INFEASIBLE;
            t = Math.max(t + p.network().seconds(prev, node), p.open(node));
            if (t > p.close(node)) return INFEASIBLE;
            t += p.onSiteSeconds(node);
            prev = node;
        }
        if (!p.network().reachable(prev, 0)) return INFEASIBLE;
        t += p.network().seconds(prev, 0);
        return t > p.dayLengthSeconds() ? INFEASIBLE : (int) t;
    }

    /** Arrival, start and departure per stop (rows), for a feasible order. */
    static int[][] times(PlanningProblem p, int[] sequence) {
        int[][] out = new int[sequence.length][3];
        int t = 0, prev = 0;
        for (int k = 0; k < sequence.length; k++) {
            int node = sequence[k];
            int arrival = t + p.network().seconds(prev, node);
            int start = Math.max(arrival, p.open(node));
            t = start + p.onSiteSeconds(node);
            out[k] = new int[]{arrival, start, t};
            prev = node;
        }
        return out;
    }

    static int drivingSeconds(PlanningProblem p, int[] sequence) {
        int prev = 0, s = 0;
        for (int node : sequence) {
            s += p.network().seconds(prev, node);
            prev = node;
        }
        return sequence.length == 0 ? 0 : s + p.network().seconds(prev, 0);
    }

    static double metres(PlanningProblem p, int[] sequence) {
        int prev = 0;
        double m = 0;
        for (int node : sequence) {
            m += p.network().metres(prev, node);
            prev = node;
        }
        return sequence.length == 0 ? 0 : m + p.network().metres(prev, 0);
    }
}
