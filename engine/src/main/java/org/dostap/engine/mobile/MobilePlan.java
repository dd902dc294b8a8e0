package org.dostap.engine.mobile;

import org.dostap.engine.region.Facility;

import java.util.List;

/**
 * A mobile-service plan: the request, the base, the team-days (only days with visits) in week/day/team
 * order, served and unserved settlements, totals, the travel-time source label and description, whether
 * the facilities are illustrative, and the wall-clock seconds spent planning.
 */
public record MobilePlan(MobileRequest request, Facility base, List<TeamDay> days, List<ServedSettlement> served,
                         List<UnservedSettlement> unserved, PlanTotals totals, String travelTimeSource,
                         String travelTimeDescription, boolean facilitiesIllustrative, double planSeconds) {
    public MobilePlan {
        days = List.copyOf(days);
        served = List.copyOf(served);
        unserved = List.copyOf(unserved);
    }

    /** Visits, hours and metres per team (1..teams), teams without visits included. */
    public List<TeamLoad> teamLoads() {
        return TeamLoad.of(days, request.teams().teamCount());
    }

    /** Busiest team's time over the least busy team's (1 = even); empty when a team has no visits. */
    public java.util.OptionalDouble teamBalance() {
        return TeamLoad.maxOverMin(teamLoads());
    }
}
