package org.dostap.engine.mobile.vrptw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutable routes of the string-removal search with the schedule data that makes an insertion check O(1):
 * per position the earliest service start ({@code start}, computed forward exactly as {@link VrptwFeasibility}
 * does) and the latest service start that keeps the rest of the route feasible ({@code latest}, backward).
 * Customers not on any route are "absent" ({@code routeOf == -1}).
 */
final class RouteSet {
    final VrptwArrays p;
    int routeCount;
    int[][] route;
    int[] length;
    int[] load;
    double[] distance;
    double[][] start;
    double[][] latest;
    final int[] routeOf;
    final int[] positionOf;

    RouteSet(VrptwArrays p) {
        this.p = p;
        int slots = 8;
        route = new int[slots][];
        length = new int[slots];
        load = new int[slots];
        distance = new double[slots];
        start = new double[slots][];
        latest = new double[slots][];
        routeOf = new int[p.nodes];
        positionOf = new int[p.nodes];
        Arrays.fill(routeOf, -1);
    }

    /** Becomes a copy of {@code o} (same instance). */
    void copyFrom(RouteSet o) {
        ensureSlots(o.routeCount);
        routeCount = o.routeCount;
        for (int r = 0; r < routeCount; r++) {
            int n = o.length[r];
            ensureRoute(r, n);
            System.arraycopy(o.route[r], 0, route[r], 0, n);
            System.arraycopy(o.start[r], 0, start[r], 0, n);
            System.arraycopy(o.latest[r], 0, latest[r], 0, n);
            length[r] = n;
            load[r] = o.load[r];
            distance[r] = o.distance[r];
        }
        System.arraycopy(o.routeOf, 0, routeOf, 0, routeOf.length);
        System.arraycopy(o.positionOf, 0, positionOf, 0, positionOf.length);
    }

    double totalDistance() {
        double d = 0;
        for (int r = 0; r < routeCount; r++) d += distance[r];
        return d;
    }

    /** Customers on no route that some route could serve. */
    int absentCount() {
        int n = 0;
        for (int c = 1; c < p.nodes; c++) if (routeOf[c] < 0 && p.servable[c]) n++;
        return n;
    }

    /** Whether {@code c} fits between positions {@code i - 1} and {@code i} of route {@code r} (time windows only). */
    boolean fitsInTime(int r, int i, int c) {
        int prev = i == 0 ? 0 : route[r][i - 1];
        double depart = i == 0 ? p.ready[0] : start[r][i - 1] + p.service[prev];
        double at = Math.max(depart + p.distance[prev][c], p.ready[c]);
        if (at > p.due[c]) return false;
        if (i == length[r]) return at + p.service[c] + p.distance[c][0] <= p.due[0];
        int next = route[r][i];
        return at + p.service[c] + p.distance[c][next] <= latest[r][i];
    }

    /** Added distance of inserting {@code c} at position {@code i} of route {@code r}. */
    double insertionCost(int r, int i, int c) {
        int prev = i == 0 ? 0 : route[r][i - 1];
        int next = i == length[r] ? 0 : route[r][i];
        return p.distance[prev][c] + p.distance[c][next] - p.distance[prev][next];
    }

    void insert(int r, int i, int c) {
        ensureRoute(r, length[r] + 1);
        System.arraycopy(route[r], i, route[r], i + 1, length[r] - i);
        route[r][i] = c;
        length[r]++;
        load[r] += p.demand[c];
        refresh(r);
    }

    /** Opens a route serving {@code c} alone; returns its index. */
    int open(int c) {
        ensureSlots(routeCount + 1);
        int r = routeCount++;
        ensureRoute(r, 1);
        length[r] = 0;
        load[r] = 0;
        insert(r, 0, c);
        return r;
    }

    /** Removes the customers flagged in {@code removed} from route {@code r} (which may become empty; see {@link #dropEmptyRoutes}). */
    void removeFlagged(int r, boolean[] removed) {
        int n = 0;
        for (int i = 0; i < length[r]; i++) {
            int c = route[r][i];
            if (removed[c]) {
                routeOf[c] = -1;
                load[r] -= p.demand[c];
            } else {
                route[r][n++] = c;
            }
        }
        length[r] = n;
        refresh(r);
    }

    /** Removes every customer of route {@code r} and then the route itself. */
    void dissolve(int r) {
        for (int i = 0; i < length[r]; i++) routeOf[route[r][i]] = -1;
        length[r] = 0;
        load[r] = 0;
        distance[r] = 0;
        dropEmptyRoutes();
    }

    void dropEmptyRoutes() {
        for (int r = routeCount - 1; r >= 0; r--) {
            if (length[r] > 0) continue;
            int last = --routeCount;
            if (r != last) swapRoutes(r, last);
        }
    }

    /** Routes as node-index lists (non-empty routes only). */
    List<List<Integer>> routes() {
        List<List<Integer>> out = new ArrayList<>();
        for (int r = 0; r < routeCount; r++) {
            List<Integer> list = new ArrayList<>(length[r]);
            for (int i = 0; i < length[r]; i++) list.add(route[r][i]);
            if (!list.isEmpty()) out.add(list);
        }
        return out;
    }

    /** Recomputes route {@code r}'s positions, schedule, latest starts and distance. */
    private void refresh(int r) {
        int n = length[r];
        int[] nodes = route[r];
        double[] s = start[r];
        double time = p.ready[0];
        double d = 0;
        int prev = 0;
        for (int i = 0; i < n; i++) {
            int c = nodes[i];
            routeOf[c] = r;
            positionOf[c] = i;
            double depart = i == 0 ? time : time + p.service[prev];
            time = Math.max(depart + p.distance[prev][c], p.ready[c]);
            s[i] = time;
            d += p.distance[prev][c];
            prev = c;
        }
        if (n > 0) d += p.distance[prev][0];
        distance[r] = d;
        double[] z = latest[r];
        double limit = p.due[0];
        int next = 0;
        for (int i = n - 1; i >= 0; i--) {
            int c = nodes[i];
            limit = Math.min(p.due[c], limit - p.distance[c][next] - p.service[c]);
            z[i] = limit;
            next = c;
        }
    }

    private void swapRoutes(int a, int b) {
        int[] tr = route[a]; route[a] = route[b]; route[b] = tr;
        double[] ts = start[a]; start[a] = start[b]; start[b] = ts;
        double[] tz = latest[a]; latest[a] = latest[b]; latest[b] = tz;
        int tl = length[a]; length[a] = length[b]; length[b] = tl;
        int to = load[a]; load[a] = load[b]; load[b] = to;
        double td = distance[a]; distance[a] = distance[b]; distance[b] = td;
        for (int i = 0; i < length[a]; i++) routeOf[route[a][i]] = a;
        for (int i = 0; i < length[b]; i++) routeOf[route[b][i]] = b;
    }

    private void ensureSlots(int n) {
        if (n <= route.length) return;
        int size = Math.max(n, route.length * 2);
        route = Arrays.copyOf(route, size);
        start = Arrays.copyOf(start, size);
        latest = Arrays.copyOf(latest, size);
        length = Arrays.copyOf(length, size);
        load = Arrays.copyOf(load, size);
        distance = Arrays.copyOf(distance, size);
    }

    private void ensureRoute(int r, int n) {
        if (route[r] != null && route[r].length >= n) return;
        int size = Math.max(Math.max(n, 16), route[r] == null ? 0 : route[r].length * 2);
        route[r] = route[r] == null ? new int[size] : Arrays.copyOf(route[r], size);
        start[r] = start[r] == null ? new double[size] : Arrays.copyOf(start[r], size);
        latest[r] = latest[r] == null ? new double[size] : Arrays.copyOf(latest[r], size);
    }
}
