package org.dostap.engine.coverage;

import java.util.List;
import java.util.Objects;

/**
 * One settlement in a coverage result: population in the chosen column, how it attaches to the network
 * (snap distance; {@code connected} false means it has no travel time and counts as not covered), its
 * access to every service type of the region, and for the requested service the E2SFCA accessibility index
 * in places per 1,000 residents (null when no facility of that type has a capacity).
 */
public record SettlementAccess(String settlementId, String name, String municipality, int population,
                               boolean connected, double snapDistanceMetres, List<ServiceAccess> services,
                               Double e2sfcaPer1000) {
    public SettlementAccess {
        Objects.requireNonNull(settlementId, "settlementId");
        services = List.copyOf(services);
    }

    /** Access to one service type. */
    public ServiceAccess getService(String serviceTypeId) {
        for (ServiceAccess s : services) if (s.serviceTypeId().equals(serviceTypeId)) return s;
        throw new IllegalArgumentException("no service type " + serviceTypeId + " in this result");
    }
}
