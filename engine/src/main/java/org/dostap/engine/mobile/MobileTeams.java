package org.dostap.engine.mobile;

import org.dostap.engine.traveltime.TravelMode;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The mobile teams of one plan: each starts and ends each working day at its base facility, travels by
 * {@code mode}, works {@code dayLengthSeconds} (travel + time on site) on {@code daysPerWeek} days a week.
 * {@code teamBaseIds} empty: every team at {@code baseFacilityId} (blank: the default bases, {@link BaseChooser});
 * otherwise one base per team, in team order (teams may share a base). Values are checked with the rest of the
 * request by {@link MobileRequest}.
 */
public record MobileTeams(String baseFacilityId, int teamCount, int dayLengthSeconds, int daysPerWeek, TravelMode mode,
                          List<String> teamBaseIds) {
    public MobileTeams {
        Objects.requireNonNull(baseFacilityId, "baseFacilityId");
        mode = mode == null ? TravelMode.CAR : mode;
        teamBaseIds = teamBaseIds == null ? List.of() : List.copyOf(teamBaseIds);
        if (!teamBaseIds.isEmpty() && baseFacilityId.isBlank()) baseFacilityId = teamBaseIds.get(0);
    }

    /** Every team at one base (blank: the default). */
    public MobileTeams(String baseFacilityId, int teamCount, int dayLengthSeconds, int daysPerWeek, TravelMode mode) {
        this(baseFacilityId, teamCount, dayLengthSeconds, daysPerWeek, mode, List.of());
    }

    public MobileTeams withTeamCount(int n) {
        return new MobileTeams(baseFacilityId, n, dayLengthSeconds, daysPerWeek, mode, teamBaseIds.size() == n ? teamBaseIds : List.of());
    }

    /** Every team at {@code facilityId}. */
    public MobileTeams withBase(String facilityId) {
        return new MobileTeams(facilityId, teamCount, dayLengthSeconds, daysPerWeek, mode, List.of());
    }

    /** One base per team, in team order. */
    public MobileTeams withTeamBases(List<String> facilityIds) {
        return new MobileTeams(facilityIds.isEmpty() ? "" : facilityIds.get(0), teamCount, dayLengthSeconds, daysPerWeek, mode, facilityIds);
    }

    /** True when no base is given: the planner chooses them. */
    public boolean defaultBases() { return baseFacilityId.isBlank() && teamBaseIds.isEmpty(); }

    /** The base of each team, in team order ({@code teamCount} entries). */
    public List<String> basesPerTeam() {
        return teamBaseIds.isEmpty() ? Collections.nCopies(teamCount, baseFacilityId) : teamBaseIds;
    }
}
