package org.dostap.engine.coverage;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.scenario.ScenarioEdits;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.engine.traveltime.TravelTimeSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Travel times from a region's settlements to each of its facilities, ready for coverage and catchments.
 * Built once per (region, travel-time provider, travel mode): the settlements are snapped once (an
 * {@link OriginSet}) and one travel-time column is kept per facility, cached by facility id and location.
 * {@link #withEdits} and {@link #withFacilities} return a scenario model on a copy of the region that shares
 * the snapped settlements and the cache, so one moved or added facility costs one column (one shortest-path
 * tree on the road network). Edits that close roads ({@link ScenarioEdit.CloseRoads}) give a model on the provider
 * with those closures, snapped and computed afresh. The model itself never changes: the baseline stays as it was.
 * Thread-safe.
 */
public final class AccessModel {
    /** Searches stop after 3 hours; settlements farther than that have no travel time. */
    public static final int DEFAULT_SEARCH_LIMIT_SECONDS = 3 * 60 * 60;
    static final int CACHE_COLUMNS = 8192;

    private final RegionData region;
    private final TravelTimeProvider provider;
    private final TravelMode mode;
    private final int searchLimitSeconds;
    private final OriginSet origins;
    private final ColumnCache cache;
    private final Map<String, int[]> columnsByFacilityId;

    private AccessModel(RegionData region, TravelTimeProvider provider, TravelMode mode, int searchLimitSeconds,
                        OriginSet origins, ColumnCache cache, ProgressListener progress) {
        this.region = region;
        this.provider = provider;
        this.mode = mode;
        this.searchLimitSeconds = searchLimitSeconds;
        this.origins = origins;
        this.cache = cache;
        this.columnsByFacilityId = columnsFor(region.facilities(), progress);
    }

    /** Snaps the settlements and computes a column for every facility of the region (all cores). */
    public static AccessModel build(RegionData region, TravelTimeProvider provider, TravelMode mode,
                                    ProgressListener progress) {
        return build(region, provider, mode, DEFAULT_SEARCH_LIMIT_SECONDS, progress);
    }

    public static AccessModel build(RegionData region, TravelTimeProvider provider, TravelMode mode,
                                    int searchLimitSeconds, ProgressListener progress) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(mode, "mode");
        if (searchLimitSeconds <= 0) throw new IllegalArgumentException("search limit must be positive: " + searchLimitSeconds);
        List<GeoPoint> points = region.settlements().stream().map(Settlement::location).toList();
        OriginSet origins = provider.prepareOrigins(points, mode);
        return new AccessModel(region, provider, mode, searchLimitSeconds, origins, new ColumnCache(CACHE_COLUMNS),
                progress == null ? ProgressListener.NONE : progress);
    }

    /**
     * The scenario: edits applied to a copy of this model's region (all checked first, see {@link ScenarioEdits}).
     * Only added or moved facilities get new columns.
     * @throws org.dostap.engine.common.PlanningException INVALID_INPUT listing every bad edit
     */
    public AccessModel withEdits(List<ScenarioEdit> edits) {
        RegionData scenario = ScenarioEdits.apply(region, edits);
        var closures = ScenarioEdits.closures(edits);
        if (closures.isEmpty()) return withRegion(scenario);
        // closed roads change every travel time: snap again and compute every column on the closed network
        return build(scenario, provider.withClosures(closures), mode, searchLimitSeconds, ProgressListener.NONE);
    }

    /** The same settlements with another list of facilities. */
    public AccessModel withFacilities(List<Facility> facilities) {
        return withRegion(region.withFacilities(facilities));
    }

    private AccessModel withRegion(RegionData scenario) {
        return new AccessModel(scenario, provider, mode, searchLimitSeconds, origins, cache, ProgressListener.NONE);
    }

    public RegionData region() { return region; }

    public TravelTimeProvider provider() { return provider; }

    public TravelMode mode() { return mode; }

    public TravelTimeSource source() { return provider.source(); }

    public int searchLimitSeconds() { return searchLimitSeconds; }

    /** How settlement {@code index} (in {@code region().settlements()} order) attaches to the network. */
    public PointAccess settlementAccess(int index) { return origins.access(index); }

    /**
     * Seconds from every settlement (region order) to the facility; {@link TravelTimeMatrix#UNREACHABLE} for
     * no path within the search limit or a not-connected settlement. A copy.
     * @throws org.dostap.engine.common.PlanningException NOT_FOUND for an unknown facility id
     */
    public int[] travelTimesSeconds(String facilityId) {
        return column(facilityId).clone();
    }

    /** The matrix settlements x facilities, in the orders of {@code region()}. */
    public TravelTimeMatrix matrix() {
        int[][] cols = region.facilities().stream().map(f -> columnsByFacilityId.get(f.id())).toArray(int[][]::new);
        return TravelTimeMatrix.fromColumns(origins.size(), cols);
    }

    /** Columns held by the shared cache (baseline and scenarios). */
    public int cachedColumns() { return cache.size(); }

    int[] column(String facilityId) {
        int[] c = columnsByFacilityId.get(facilityId);
        if (c == null) region.getFacility(facilityId); // throws NOT_FOUND naming the region
        return c;
    }

    private Map<String, int[]> columnsFor(List<Facility> facilities, ProgressListener progress) {
        Map<String, int[]> out = new HashMap<>();
        List<Facility> missing = new ArrayList<>();
        for (Facility f : facilities) {
            int[] c = cache.find(new ColumnCache.Key(f.id(), f.location()));
            if (c == null) missing.add(f);
            else out.put(f.id(), c);
        }
        AtomicLong done = new AtomicLong();
        int total = missing.size();
        int[][] computed = new int[total][];
        java.util.stream.IntStream.range(0, total).parallel().forEach(i -> {
            Facility f = missing.get(i);
            int[] c = provider.travelTimesSecondsTo(origins, f.location(), mode, searchLimitSeconds);
            if (c.length != origins.size()) throw new IllegalStateException("travel-time column has wrong length");
            for (int o = 0; o < c.length; o++) if (c[o] > searchLimitSeconds) c[o] = TravelTimeMatrix.UNREACHABLE;
            computed[i] = c;
            progress.progress(done.incrementAndGet(), total);
        });
        for (int i = 0; i < total; i++) {
            Facility f = missing.get(i);
            cache.put(new ColumnCache.Key(f.id(), f.location()), computed[i]);
            out.put(f.id(), computed[i]);
        }
        return Map.copyOf(out);
    }

    @Override
    public String toString() {
        return "AccessModel[" + region.code() + ", " + provider.source().label() + ", " + mode.label() + ", "
                + origins.size() + " settlements x " + columnsByFacilityId.size() + " facilities]";
    }
}
