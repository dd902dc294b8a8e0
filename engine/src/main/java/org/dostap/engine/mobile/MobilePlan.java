package org.dostap.engine.mobile;

import org.dostap.engine.region.Facility;

import java.util.List;

/**
 * A mobile-service plan: the request, the base, the team-days (only days with visits) in week/day/team
 * order, served and unserved settlements, totals, the travel-time source label and description, whether
 * the facilities are illustrative, the wall-clock seconds spent planning, and, when the request named no base, why
 * the base was chosen ({@link BaseChooser}; null otherwise).
 */
public record MobilePlan(MobileRequest request, Facility base, List<TeamDay> days, List<ServedSettlement> served,
                         List<UnservedSettlement> unserved, PlanTotals totals, String travelTimeSource,
                         String travelTimeDescription, boolean facilitiesIllustrative, double planSeconds,
                         BaseChooser.BaseChoice baseChoice) {
    public MobilePlan {
        days = List.copyOf(days);
        served = List.copyOf(served);
        unserved = List.copyOf(unserved);
    }

    /** A plan whose base was given (no default base chosen: {@code baseChoice} null). */
    public MobilePlan(MobileRequest request, Facility base, List<TeamDay> days, List<ServedSettlement> served,
                      List<UnservedSettlement> unserved, PlanTotals totals, String travelTimeSource,
                      String travelTimeDescription, boolean facilitiesIllustrative, double planSeconds) {
        this(request, base, days, served, unserved, totals, travelTimeSource, travelTimeDescription, facilitiesIllustrative,
                planSeconds, null);
    }

    /** The same plan, recording why its base was chosen. */
    public MobilePlan withBaseChoice(BaseChooser.BaseChoice choice) {
        return new MobilePlan(request, base, days, served, unserved, totals, travelTimeSource, travelTimeDescription,
                facilitiesIllustrative, planSeconds, choice);
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
