package org.dostap.engine.mobile.vrptw;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * An instance as flat arrays for the string-removal search: node 0 is the depot. Distances are
 * {@link VrptwInstance#distance} itself, so schedules computed here match {@link VrptwFeasibility} bit for bit.
 * {@code neighbours[c]} lists the customers by increasing distance from customer {@code c} (itself first).
 */
final class VrptwArrays {
    final int nodes;
    final int capacity;
    final int maxVehicles;
    /** Capacity lower bound on the number of vehicles ({@link VrptwInstance#fewestVehiclesByCapacity()}). */
    final int fewestVehiclesByCapacity;
    final double[][] distance;
    final double[] ready;
    final double[] due;
    final double[] service;
    final int[] demand;
    final int[][] neighbours;
    /** Whether a route serving the customer alone is feasible (otherwise no solution serves it). */
    final boolean[] servable;

    VrptwArrays(VrptwInstance instance) {
        nodes = instance.nodes().size();
        capacity = instance.capacity();
        maxVehicles = instance.maxVehicles();
        fewestVehiclesByCapacity = instance.fewestVehiclesByCapacity();
        distance = new double[nodes][nodes];
        ready = new double[nodes];
        due = new double[nodes];
        service = new double[nodes];
        demand = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            VrptwCustomer c = instance.nodes().get(i);
            ready[i] = c.ready();
            due[i] = c.due();
            service[i] = c.service();
            demand[i] = c.demand();
            for (int j = 0; j < nodes; j++) distance[i][j] = instance.distance(i, j);
        }
        neighbours = new int[nodes][];
        for (int c = 1; c < nodes; c++) {
            int from = c;
            neighbours[c] = IntStream.range(1, nodes).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> distance[from][j]).thenComparingInt(j -> j == from ? 0 : 1))
                    .mapToInt(Integer::intValue).toArray();
        }
        neighbours[0] = new int[0];
        servable = new boolean[nodes];
        for (int c = 1; c < nodes; c++) servable[c] = servableAlone(c);
    }

    int customers() { return nodes - 1; }

    private boolean servableAlone(int c) {
        double start = Math.max(ready[0] + distance[0][c], ready[c]);
        return demand[c] <= capacity && start <= due[c] && start + service[c] + distance[c][0] <= due[0];
    }
}
