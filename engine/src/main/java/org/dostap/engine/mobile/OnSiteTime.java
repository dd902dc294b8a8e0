package org.dostap.engine.mobile;

/** Time a team spends in a settlement per visit: a fixed part plus an optional part per resident. */
public record OnSiteTime(int fixedSeconds, double secondsPerResident) {
    public static OnSiteTime fixed(int seconds) { return new OnSiteTime(seconds, 0); }

    public int secondsFor(int population) {
        return fixedSeconds + (int) Math.round(secondsPerResident * Math.max(0, population));
    }
}
