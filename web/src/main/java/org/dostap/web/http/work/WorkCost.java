package org.dostap.web.http.work;

/**
 * Estimated peak memory of each kind of heavy work, in bytes, for admission by {@link HeavyWork}. Rough by design
 * (measured on the country: a BG coverage answer is 1.4 MB of JSON and ~10 MB while it is built; BG catchments
 * 4.7 MB of JSON): what matters is that many country-wide requests cannot be admitted at once on a small heap.
 */
public final class WorkCost {
    private static final long BASE = 256L << 10;

    private WorkCost() {}

    /** Coverage, comparison, detail or export: per settlement its access rows and answer, per facility a column. */
    public static long coverage(int settlements, int facilities) {
        return BASE + settlements * 2_048L + (long) settlements * facilities * 4;
    }

    /** Catchment polygons: per settlement and threshold the hull's points and the GeoJSON answer. */
    public static long catchments(int settlements, int facilities, int thresholds) {
        return coverage(settlements, facilities) + (long) settlements * Math.max(1, thresholds) * 4_096L;
    }

    /** A mobile plan: per settlement its visits over the horizon, plus the travel times among them. */
    public static long mobile(int settlements, int facilities, int horizonWeeks) {
        return coverage(settlements, facilities) + (long) settlements * Math.max(1, horizonWeeks) * 256L;
    }

    /** Location optimization: the settlement x candidate travel-time matrix and the solver's copies of it. */
    public static long optimize(int settlements, int candidates) {
        return coverage(settlements, candidates) + (long) settlements * Math.max(1, candidates) * 12L;
    }
}
