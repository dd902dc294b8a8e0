package org.dostap.web.analysis;

import org.dostap.engine.region.Settlement;

import java.util.List;
import java.util.Objects;

/** One settlement with its access to every service type of the region (as edited, when edits are given). */
public record SettlementDetail(Settlement settlement, boolean connected, double snapDistanceMetres,
                               List<ServiceAccess> services, String travelTimeSource) {
    public SettlementDetail {
        Objects.requireNonNull(settlement, "settlement");
        services = List.copyOf(services);
    }
}
