package org.dostap.web.analysis;

import java.util.Objects;

/** A settlement in two views (see {@link AreaChange}); times in seconds, UNREACHABLE when none. */
public record SettlementChange(SettlementAccess before, SettlementAccess after) {
    public SettlementChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public boolean gained() { return after.covered() && !before.covered(); }

    public boolean lost() { return before.covered() && !after.covered(); }

    public int populationDelta() { return after.population() - before.population(); }

    public boolean accessChanged() {
        return before.travelTimeSeconds() != after.travelTimeSeconds()
                || !before.nearestFacilityId().equals(after.nearestFacilityId()) || before.covered() != after.covered();
    }
}
