package org.dostap.engine.mobile.vrptw;

/**
 * One row of a VRPTW instance: the depot (index 0) or a customer. Coordinates, times and distances
 * share the instance's abstract unit (Solomon: travel time = Euclidean distance).
 * {@code ready}/{@code due} bound the start of service; {@code service} is the time spent there.
 */
public record VrptwCustomer(int id, double x, double y, int demand, double ready, double due, double service) {
    public VrptwCustomer {
        if (!Double.isFinite(x) || !Double.isFinite(y)) throw new IllegalArgumentException("coordinates must be finite");
        if (demand < 0) throw new IllegalArgumentException("demand must not be negative: " + demand);
        if (ready < 0 || due < ready) throw new IllegalArgumentException("time window [" + ready + ", " + due + "] is empty");
        if (service < 0) throw new IllegalArgumentException("service time must not be negative: " + service);
    }

    public double distanceTo(VrptwCustomer o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
