package org.dostap.engine.mobile;

import org.dostap.engine.region.Facility;

import java.util.ArrayList;
import java.util.List;

/**
 * A mobile-service plan: the request, the base (team 1's), the team-days (only days with visits) in week/day/team
 * order, served and unserved settlements, totals, the travel-time source label and description, whether
 * the facilities are illustrative, the wall-clock seconds spent planning, when the request named no base why the
 * bases were chosen ({@link BaseChooser}; null otherwise), and the base of every team ({@link TeamBase}).
 */
public record MobilePlan(MobileRequest request, Facility base, List<TeamDay> days, List<ServedSettlement> served,
                         List<UnservedSettlement> unserved, PlanTotals totals, String travelTimeSource,
                         String travelTimeDescription, boolean facilitiesIllustrative, double planSeconds,
                         BaseChooser.BaseChoice baseChoice, List<TeamBase> teamBases) {
    /**
     * Team {@code team} (1-based) starts and ends its days at {@code base}; {@code settlementsAssigned}: the settlements to
     * visit that are nearest this base (round trip) and so fall to its teams, served or not (shared by teams of one base).
     */
    public record TeamBase(int team, Facility base, int settlementsAssigned) { }

    public MobilePlan {
        days = List.copyOf(days);
        served = List.copyOf(served);
        unserved = List.copyOf(unserved);
        if (teamBases == null) {
            List<TeamBase> all = new ArrayList<>();
            for (int team = 1; team <= request.teams().teamCount(); team++)
                all.add(new TeamBase(team, base, served.size() + unserved.size()));
            teamBases = all;
        }
        teamBases = List.copyOf(teamBases);
    }

    /** A plan whose base was given (no default base chosen: {@code baseChoice} null), every team at {@code base}. */
    public MobilePlan(MobileRequest request, Facility base, List<TeamDay> days, List<ServedSettlement> served,
                      List<UnservedSettlement> unserved, PlanTotals totals, String travelTimeSource,
                      String travelTimeDescription, boolean facilitiesIllustrative, double planSeconds) {
        this(request, base, days, served, unserved, totals, travelTimeSource, travelTimeDescription, facilitiesIllustrative,
                planSeconds, null, null);
    }

    /** The same plan, recording why its bases were chosen. */
    public MobilePlan withBaseChoice(BaseChooser.BaseChoice choice) {
        return new MobilePlan(request, base, days, served, unserved, totals, travelTimeSource, travelTimeDescription,
                facilitiesIllustrative, planSeconds, choice, teamBases);
    }

    /** The same plan under the request it answers (the whole request when it was planned base by base). */
    MobilePlan withRequest(MobileRequest whole) {
        return new MobilePlan(whole, base, days, served, unserved, totals, travelTimeSource, travelTimeDescription,
                facilitiesIllustrative, planSeconds, baseChoice, teamBases);
    }

    /** True when the teams start from more than one base. */
    public boolean severalBases() {
        return teamBases.stream().map(t -> t.base().id()).distinct().count() > 1;
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
