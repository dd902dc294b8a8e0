package org.dostap.engine.mobile.vrptw;

import java.util.List;

/**
 * Routes as node indices (customers only, depot implied at both ends), the vehicles used, the total
 * Euclidean distance, whether the independent check found it feasible (and what it found), the
 * wall-clock seconds spent and which method produced it.
 */
public record VrptwSolution(String instance, String method, List<List<Integer>> routes, int vehicles,
                            double distance, boolean feasible, List<String> violations, double seconds) {
    public VrptwSolution {
        routes = routes.stream().map(List::copyOf).toList();
        violations = List.copyOf(violations);
    }

    /** Checks {@code routes} with {@link VrptwFeasibility} and totals them. */
    public static VrptwSolution of(VrptwInstance instance, String method, List<List<Integer>> routes, double seconds) {
        List<List<Integer>> used = routes.stream().filter(r -> !r.isEmpty()).toList();
        List<String> violations = VrptwFeasibility.violations(instance, used);
        return new VrptwSolution(instance.name(), method, used, used.size(),
                VrptwFeasibility.totalDistance(instance, used), violations.isEmpty(), violations, seconds);
    }
}
