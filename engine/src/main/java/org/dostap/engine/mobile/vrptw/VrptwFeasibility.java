package org.dostap.engine.mobile.vrptw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Independent check of a VRPTW solution in exact floating point, sharing no code with the solvers:
 * every customer exactly once, vehicle count, capacity per route, service start within each time
 * window (waiting allowed), return to the depot before it closes.
 */
public final class VrptwFeasibility {
    private static final double EPS = 1e-9;

    private VrptwFeasibility() { }

    public static List<String> violations(VrptwInstance instance, List<List<Integer>> routes) {
        List<String> out = new ArrayList<>();
        int n = instance.nodes().size();
        int[] seen = new int[n];
        if (routes.size() > instance.maxVehicles())
            out.add("uses " + routes.size() + " vehicles, only " + instance.maxVehicles() + " available");
        for (int r = 0; r < routes.size(); r++) {
            List<Integer> route = routes.get(r);
            int load = 0;
            double time = instance.depot().ready();
            int prev = 0;
            for (int node : route) {
                if (node <= 0 || node >= n) {
                    out.add("route " + r + " visits unknown node " + node);
                    continue;
                }
                seen[node]++;
                VrptwCustomer c = instance.nodes().get(node);
                load += c.demand();
                time = Math.max(time + instance.distance(prev, node), c.ready());
                if (time > c.due() + EPS)
                    out.add(String.format(Locale.ROOT, "route %d: customer %d served at %.3f after its due time %.1f",
                            r, c.id(), time, c.due()));
                time += c.service();
                prev = node;
            }
            double back = time + instance.distance(prev, 0);
            if (back > instance.depot().due() + EPS)
                out.add(String.format(Locale.ROOT, "route %d returns at %.3f after the depot closes at %.1f",
                        r, back, instance.depot().due()));
            if (load > instance.capacity())
                out.add("route " + r + " carries " + load + ", capacity " + instance.capacity());
        }
        for (int i = 1; i < n; i++)
            if (seen[i] != 1) out.add("customer " + instance.nodes().get(i).id() + " visited " + seen[i] + " times");
        return out;
    }

    public static double totalDistance(VrptwInstance instance, List<List<Integer>> routes) {
        double d = 0;
        for (List<Integer> route : routes) {
            int prev = 0;
            for (int node : route) {
                d += instance.distance(prev, node);
                prev = node;
            }
            if (!route.isEmpty()) d += instance.distance(prev, 0);
        }
        return d;
    }
}
