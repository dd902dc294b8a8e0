package org.dostap.engine.store;

import java.util.Objects;

/**
 * A planner's monitoring target kept with a saved scenario: for one area (the region's code, or a municipality's code)
 * and one service type, the share of the population that should live within the service's standard (0..1).
 */
public record MonitoringTarget(String areaCode, String serviceType, double shareWithin) {
    public MonitoringTarget {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(serviceType, "serviceType");
        if (!(shareWithin >= 0 && shareWithin <= 1)) throw new IllegalArgumentException("shareWithin must be within 0..1: " + shareWithin);
    }
}
