package org.dostap.engine.coverage;

/**
 * Why a settlement has no travel time to a service type. {@code label()} is the stable name in JSON and CSV.
 */
public enum UnreachableReason {
    /** No road within the maximum snap distance. */
    NOT_CONNECTED("not_connected"),
    /** On the road network but no facility of the type within the search limit (none, or an island). */
    NO_ROUTE("no_route"),
    /** Reached on the open network, but not with the scenario's road closures (cut off, or its own roads closed). */
    CUT_OFF_BY_CLOSURES("cut_off_by_closures");

    private final String label;

    UnreachableReason(String label) { this.label = label; }

    public String label() { return label; }

    /**
     * The reason for one settlement and service type, or null when it is reached. {@code open} is its access on the
     * network without closures (null when the scenario closes no road).
     */
    public static UnreachableReason of(SettlementAccess settlement, ServiceAccess access, ServiceAccess open) {
        if (access.reached()) return null;
        if (open != null && open.reached()) return CUT_OFF_BY_CLOSURES;
        return settlement.connected() ? NO_ROUTE : NOT_CONNECTED;
    }
}
