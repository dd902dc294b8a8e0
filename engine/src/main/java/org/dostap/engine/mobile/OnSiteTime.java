package org.dostap.engine.mobile;

import java.util.Map;

/**
 * Time a team spends in a settlement per visit: a fixed part plus an optional part per resident, unless the
 * settlement has its own value in {@code secondsBySettlement} (which then replaces both parts).
 */
public record OnSiteTime(int fixedSeconds, double secondsPerResident, Map<String, Integer> secondsBySettlement) {
    public OnSiteTime {
        secondsBySettlement = secondsBySettlement == null ? Map.of() : Map.copyOf(secondsBySettlement);
    }

    public OnSiteTime(int fixedSeconds, double secondsPerResident) {
        this(fixedSeconds, secondsPerResident, Map.of());
    }

    public static OnSiteTime fixed(int seconds) { return new OnSiteTime(seconds, 0); }

    public int secondsFor(int population) {
        return fixedSeconds + (int) Math.round(secondsPerResident * Math.max(0, population));
    }

    public int secondsFor(String settlementId, int population) {
        Integer own = secondsBySettlement.get(settlementId);
        return own != null ? own : secondsFor(population);
    }
}
