package org.dostap.engine.mobile;

import org.dostap.engine.traveltime.TravelMode;

import java.util.Objects;

/**
 * The mobile teams of one plan: all start and end each working day at the base facility, travel by
 * {@code mode}, work {@code dayLengthSeconds} (travel + time on site) on {@code daysPerWeek} days a week.
 * Values are checked with the rest of the request by {@link MobileRequest}.
 */
public record MobileTeams(String baseFacilityId, int teamCount, int dayLengthSeconds, int daysPerWeek, TravelMode mode) {
    public MobileTeams {
        Objects.requireNonNull(baseFacilityId, "baseFacilityId");
        mode = mode == null ? TravelMode.CAR : mode;
    }

    public MobileTeams withTeamCount(int n) {
        return new MobileTeams(baseFacilityId, n, dayLengthSeconds, daysPerWeek, mode);
    }

    public MobileTeams withBase(String facilityId) {
        return new MobileTeams(facilityId, teamCount, dayLengthSeconds, daysPerWeek, mode);
    }
}
