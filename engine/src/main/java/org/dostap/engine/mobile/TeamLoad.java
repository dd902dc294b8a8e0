package org.dostap.engine.mobile;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One team's work over the horizon: visits, working days with visits, team time (sum of its day lengths),
 * driving time, metres driven and its longest day.
 */
public record TeamLoad(int team, int visits, int teamDays, long teamSeconds, long drivingSeconds, double distanceMetres,
                       int longestDaySeconds) {
    /** Per team 1..{@code teams} (a team without visits has zeros), from the plan's days. */
    static List<TeamLoad> of(List<TeamDay> days, int teams) {
        List<TeamLoad> out = new ArrayList<>();
        for (int team = 1; team <= teams; team++) {
            int visits = 0, count = 0, longest = 0;
            long seconds = 0, driving = 0;
            double metres = 0;
            for (TeamDay d : days) {
                if (d.team() != team) continue;
                visits += d.stops().size();
                count++;
                seconds += d.dayLengthSeconds();
                driving += d.drivingSeconds();
                metres += d.distanceMetres();
                longest = Math.max(longest, d.dayLengthSeconds());
            }
            out.add(new TeamLoad(team, visits, count, seconds, driving, metres, longest));
        }
        return out;
    }

    /**
     * The balance figure: team time of the busiest team over that of the least busy (1 = even); empty when
     * some team has no visits at all (the ratio would be infinite) or no team has any.
     */
    static OptionalDouble maxOverMin(List<TeamLoad> loads) {
        long max = loads.stream().mapToLong(TeamLoad::teamSeconds).max().orElse(0);
        long min = loads.stream().mapToLong(TeamLoad::teamSeconds).min().orElse(0);
        return min <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) max / min);
    }
}
