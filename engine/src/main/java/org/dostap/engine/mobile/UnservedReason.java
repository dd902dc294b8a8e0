package org.dostap.engine.mobile;

import java.util.Locale;

/** Why a settlement that should be served is not. */
public enum UnservedReason {
    /** The settlement (or the base) is not attached to the road network, or no road joins them. */
    NOT_CONNECTED,
    /** Driving there and back plus the time on site exceeds a working day even with no other stop. */
    TOO_FAR_FOR_A_DAY,
    /** The visit fits a day on its own, but every day of every team over the horizon is already full. */
    CAPACITY_EXHAUSTED;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
