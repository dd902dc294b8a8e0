package org.dostap.engine.coverage;

import java.util.Arrays;

/**
 * Single-source assignment of settlements' users to centres' places (each settlement wholly at one centre within
 * the standard, or unserved): a generalized assignment problem, NP-hard. Heuristic: the settlements the optimal split
 * flow serves mostly at one centre go there first (largest first), the rest first-fit by travel time; then moves until
 * none helps: an unserved settlement takes a centre's free places, possibly after moving one settlement elsewhere or
 * leaving out a smaller one; a served settlement moves to a nearer centre with room, or swaps centres with another.
 * Objective as the split flow's: most users served, then least user-seconds. Users in hundredths.
 */
final class SingleSourceUsers {
    private final long[] users;
    private final long[] capacity;
    private final int[][] seconds; // [centre][settlement], < 0 out of reach
    private final int[] at;        // centre of each settlement, -1 unserved
    private final long[] free;

    SingleSourceUsers(long[] users, long[] capacity, int[][] seconds) {
        this.users = users;
        this.capacity = capacity;
        this.seconds = seconds;
        this.at = new int[users.length];
        this.free = capacity.clone();
        Arrays.fill(at, -1);
    }

    /** @return the centre of each settlement (-1 unserved), starting from the split flow {@code guide} */
    int[] solve(long[][] guide) {
        int n = users.length, m = capacity.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(users[b], users[a]));
        for (int i : order) {
            if (users[i] == 0) continue;
            int best = -1;
            for (int j = 0; j < m; j++) if (guide[i][j] > (best < 0 ? 0 : guide[i][best])) best = j;
            if (best >= 0 && free[best] >= users[i]) put(i, best);
        }
        for (int i : order) if (users[i] > 0 && at[i] < 0) firstFit(i);
        for (int round = 0; round < 50; round++) {
            boolean changed = false;
            for (int i : order) if (users[i] > 0 && at[i] < 0) changed |= insertByMoving(i);
            for (int i : order) if (at[i] >= 0) changed |= shiftNearer(i);
            changed |= swaps();
            if (!changed) break;
        }
        return at.clone();
    }

    private boolean reach(int i, int j) { return seconds[j][i] >= 0 && users[i] <= capacity[j]; }

    private void put(int i, int j) { at[i] = j; free[j] -= users[i]; }

    private void take(int i) { free[at[i]] += users[i]; at[i] = -1; }

    private void firstFit(int i) {
        int best = -1;
        for (int j = 0; j < capacity.length; j++)
            if (reach(i, j) && free[j] >= users[i] && (best < 0 || seconds[j][i] < seconds[best][i])) best = j;
        if (best >= 0) put(i, best);
    }

    /** An unserved settlement in: into free places, after moving one served settlement elsewhere, or instead of a smaller one. */
    private boolean insertByMoving(int i) {
        firstFit(i);
        if (at[i] >= 0) return true;
        int n = users.length;
        for (int j = 0; j < capacity.length; j++) {
            if (!reach(i, j)) continue;
            for (int k = 0; k < n; k++) {
                if (at[k] != j || free[j] + users[k] < users[i]) continue;
                for (int j2 = 0; j2 < capacity.length; j2++)
                    if (j2 != j && reach(k, j2) && free[j2] >= users[k]) { take(k); put(k, j2); put(i, j); return true; }
            }
        }
        // leave out the smallest served settlement whose places let i in, when i has more users
        int bestK = -1, bestJ = -1;
        for (int j = 0; j < capacity.length; j++) {
            if (!reach(i, j)) continue;
            for (int k = 0; k < n; k++)
                if (at[k] == j && users[k] < users[i] && free[j] + users[k] >= users[i] && (bestK < 0 || users[k] < users[bestK])) { bestK = k; bestJ = j; }
        }
        if (bestK < 0) return false;
        take(bestK);
        put(i, bestJ);
        return true;
    }

    private boolean shiftNearer(int i) {
        int from = at[i];
        for (int j = 0; j < capacity.length; j++)
            if (j != from && reach(i, j) && free[j] >= users[i] && seconds[j][i] < seconds[from][i]) { take(i); put(i, j); return true; }
        return false;
    }

    private boolean swaps() {
        boolean changed = false;
        int n = users.length;
        for (int a = 0; a < n; a++) {
            if (at[a] < 0) continue;
            for (int b = a + 1; b < n; b++) {
                int ja = at[a], jb = at[b];
                if (jb < 0 || ja == jb || !reach(a, jb) || !reach(b, ja)) continue;
                if (free[ja] + users[a] < users[b] || free[jb] + users[b] < users[a]) continue;
                long before = users[a] * seconds[ja][a] + users[b] * seconds[jb][b];
                long after = users[a] * seconds[jb][a] + users[b] * seconds[ja][b];
                if (after < before) { take(a); take(b); put(a, jb); put(b, ja); changed = true; }
            }
        }
        return changed;
    }
}
