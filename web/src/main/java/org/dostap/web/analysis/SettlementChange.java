package org.dostap.web.analysis;

import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.region.Settlement;

import java.util.Objects;

/** A settlement's access to the queried service in two views (see {@link AreaChange}); times in seconds or null. */
public record SettlementChange(Settlement settlement, int populationBefore, int populationAfter,
                               ServiceAccess before, ServiceAccess after) {
    public SettlementChange {
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public boolean gained() { return after.covered() && !before.covered(); }

    public boolean lost() { return before.covered() && !after.covered(); }

    public int populationDelta() { return populationAfter - populationBefore; }

    public boolean accessChanged() {
        return !Objects.equals(before.travelTimeSeconds(), after.travelTimeSeconds())
                || !Objects.equals(before.nearestFacilityId(), after.nearestFacilityId()) || before.covered() != after.covered();
    }
}
