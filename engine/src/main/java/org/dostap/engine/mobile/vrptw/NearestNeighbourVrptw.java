package org.dostap.engine.mobile.vrptw;

import java.util.ArrayList;
import java.util.List;

/**
 * Baseline construction without local search: Solomon's (1987) time-oriented nearest neighbour.
 * A route grows from the depot by appending the feasible customer minimising
 * 0.4 x distance + 0.4 x time gap (service start minus departure) + 0.2 x urgency (due minus arrival);
 * when none fits, a new vehicle starts.
 */
public final class NearestNeighbourVrptw {
    public VrptwSolution solve(VrptwInstance inst) {
        long start = System.nanoTime();
        int n = inst.nodes().size();
        boolean[] done = new boolean[n];
        int left = n - 1;
        List<List<Integer>> routes = new ArrayList<>();
        while (left > 0) {
            List<Integer> route = new ArrayList<>();
            int at = 0, load = 0;
            double time = inst.depot().ready();
            while (true) {
                int best = -1;
                double bestScore = Double.MAX_VALUE, bestStart = 0;
                double departure = time + inst.nodes().get(at).service();
                for (int j = 1; j < n; j++) {
                    if (done[j]) continue;
                    VrptwCustomer c = inst.nodes().get(j);
                    double arrival = departure + inst.distance(at, j);
                    double begin = Math.max(arrival, c.ready());
                    if (load + c.demand() > inst.capacity() || begin > c.due()
                            || begin + c.service() + inst.distance(j, 0) > inst.depot().due()) continue;
                    double score = 0.4 * inst.distance(at, j) + 0.4 * (begin - departure) + 0.2 * (c.due() - arrival);
                    if (score < bestScore) {
                        bestScore = score;
                        best = j;
                        bestStart = begin;
                    }
                }
                if (best < 0) break;
                route.add(best);
                done[best] = true;
                left--;
                load += inst.nodes().get(best).demand();
                time = bestStart;
                at = best;
            }
            if (route.isEmpty()) break; // a customer no vehicle can reach: left out, the check reports it
            routes.add(route);
        }
        return VrptwSolution.of(inst, "nearest-neighbour", routes, (System.nanoTime() - start) / 1e9);
    }
}
