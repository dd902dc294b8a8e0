package org.dostap.engine.mobile;

import org.dostap.engine.common.PlanningException;

/**
 * When a visit may start, in seconds after the start of the working day (the team leaves the base at 0).
 * The team may arrive earlier and wait.
 */
public record TimeWindow(int openSeconds, int closeSeconds) {
    public TimeWindow {
        if (openSeconds < 0 || closeSeconds < openSeconds)
            throw PlanningException.invalid("Time window [" + openSeconds + " s, " + closeSeconds + " s] is empty or negative.");
    }

    public static final TimeWindow ALL_DAY = new TimeWindow(0, Integer.MAX_VALUE / 4);
}
