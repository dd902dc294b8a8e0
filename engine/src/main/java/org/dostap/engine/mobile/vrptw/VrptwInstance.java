package org.dostap.engine.mobile.vrptw;

import java.util.List;
import java.util.Objects;

/**
 * A vehicle routing problem with time windows in Solomon's form: {@code nodes.get(0)} is the depot,
 * the others are customers; {@code maxVehicles} identical vehicles of {@code capacity}.
 * Distances are Euclidean, unrounded; travel time equals distance.
 */
public record VrptwInstance(String name, int maxVehicles, int capacity, List<VrptwCustomer> nodes) {
    public VrptwInstance {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
        if (maxVehicles < 1) throw new IllegalArgumentException("at least one vehicle is needed");
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        if (nodes.size() < 2) throw new IllegalArgumentException("a depot and at least one customer are needed");
    }

    public VrptwCustomer depot() { return nodes.get(0); }

    public int customerCount() { return nodes.size() - 1; }

    public double distance(int i, int j) { return nodes.get(i).distanceTo(nodes.get(j)); }

    /** Capacity lower bound on the number of vehicles: total demand over capacity, rounded up (at least 1). */
    public int fewestVehiclesByCapacity() {
        long total = nodes.stream().mapToLong(VrptwCustomer::demand).sum();
        return (int) Math.max(1, (total + capacity - 1) / capacity);
    }
}
