package org.dostap.data.postgis;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Regions as last imported into PostGIS, plus the spatial questions answered in SQL: which settlements lie in a
 * municipality's boundary ({@code ST_Contains}) and which facilities lie within a distance of a point
 * ({@code ST_DWithin} on geography, metres on the spheroid). Thread-safe; every call reads a consistent state.
 */
public final class PostgisRegionStore implements RegionStore {
    private final Database db;

    PostgisRegionStore(Database db) {
        this.db = db;
    }

    @Override
    public List<RegionInfo> listRegions() {
        return db.read("listing regions", c -> {
            List<RegionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.code, r.name_bg, r.name_en,"
                    + " (SELECT count(*) FROM settlement s WHERE s.region_code = r.code) AS settlements,"
                    + " (SELECT count(*) FROM municipality m WHERE m.region_code = r.code) AS municipalities,"
                    + " EXISTS (SELECT 1 FROM facility f WHERE f.region_code = r.code AND f.illustrative) AS illustrative"
                    + " FROM region r ORDER BY r.code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new RegionInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                            rs.getBoolean(6)));
            }
            return out;
        });
    }

    /**
     * The region as last imported. A region is loaded once per import: each call asks the database only for the region's
     * {@code imported_at} (one indexed row), and loads the tables again when an import has replaced it since. Without
     * this every request re-read a country's rows and a few hundred requests held the connection pool.
     */
    @Override
    public Optional<RegionData> findRegion(String code) {
        Optional<OffsetDateTime> stamp = db.read("checking region " + code, c -> importedAt(c, code));
        Loaded hit = loaded.get(code);
        if (stamp.isPresent() && hit != null && hit.importedAt().isEqual(stamp.get())) return Optional.of(hit.region());
        // one snapshot for all the tables of the region and its stamp, even while an import commits
        Optional<Loaded> fresh = db.readSnapshot("loading region " + code, c -> {
            Optional<OffsetDateTime> at = importedAt(c, code);
            if (at.isEmpty()) return Optional.empty();
            return RegionRows.load(c, code).map(r -> new Loaded(at.get(), r));
        });
        fresh.ifPresentOrElse(f -> loaded.put(code, f), () -> loaded.remove(code));
        return fresh.map(Loaded::region);
    }

    /**
     * A loaded region from memory: the database is not asked on the caller's thread. The catalogue (every region's
     * code and {@code imported_at}) is read again in the background once it is older than {@link #RECHECK_NANOS}, and
     * a region imported again since it was loaded is loaded again there; until then the previous import is answered.
     * A region not loaded yet: {@link #findRegion}.
     */
    @Override
    public Optional<RegionData> findLoadedRegion(String code) {
        Loaded hit = loaded.get(code);
        if (hit == null) return findRegion(code);
        Catalogue c = catalogue;
        if (c == null || c.olderThan(RECHECK_NANOS)) recheckInBackground();
        return Optional.of(hit.region());
    }

    /**
     * Whether the catalogue has {@code code}. The catalogue is read on first use, and again on the caller's thread only
     * for a code it lacks once it is older than {@link #RECHECK_NANOS} (so unknown codes cost at most one small query a
     * second, and a region imported meanwhile by another process is found).
     */
    @Override
    public boolean mayHold(String code) {
        Catalogue c = catalogue;
        if (c == null) c = readCatalogue();
        if (c.importedAt().containsKey(code) || loaded.containsKey(code)) {
            if (c.olderThan(RECHECK_NANOS)) recheckInBackground();
            return true;
        }
        return c.olderThan(RECHECK_NANOS) && readCatalogue().importedAt().containsKey(code);
    }

    /** The codes of the catalogue (read at most {@link #RECHECK_NANOS} ago, or now). */
    @Override
    public List<String> regionCodes() {
        Catalogue c = catalogue;
        if (c == null || c.olderThan(RECHECK_NANOS)) c = readCatalogue();
        return List.copyOf(c.importedAt().keySet());
    }

    /** How old the catalogue may be before it is read again: one second. */
    static final long RECHECK_NANOS = 1_000_000_000L;

    private record Loaded(OffsetDateTime importedAt, RegionData region) {}

    /** Every region's code and import stamp, as read at {@code readAtNanos}. */
    private record Catalogue(java.util.SortedMap<String, OffsetDateTime> importedAt, long readAtNanos) {
        boolean olderThan(long nanos) { return System.nanoTime() - readAtNanos > nanos; }
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Loaded> loaded = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Catalogue catalogue;
    private final java.util.concurrent.atomic.AtomicBoolean rechecking = new java.util.concurrent.atomic.AtomicBoolean();
    /** One daemon thread for the background checks, ended after 30 s without work. */
    private final java.util.concurrent.ThreadPoolExecutor background = backgroundThread();

    private Catalogue readCatalogue() {
        Catalogue c = db.read("listing region codes", conn -> {
            java.util.SortedMap<String, OffsetDateTime> stamps = new java.util.TreeMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT code, imported_at FROM region");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) stamps.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
            }
            return new Catalogue(java.util.Collections.unmodifiableSortedMap(stamps), System.nanoTime());
        });
        catalogue = c;
        return c;
    }

    /** Reads the catalogue and loads again the loaded regions imported since, on the background thread (one at a time). */
    private void recheckInBackground() {
        if (!rechecking.compareAndSet(false, true)) return;
        try {
            background.execute(() -> {
                try {
                    Catalogue c = readCatalogue();
                    for (var e : loaded.entrySet()) {
                        OffsetDateTime now = c.importedAt().get(e.getKey());
                        if (now == null) loaded.remove(e.getKey(), e.getValue());
                        else if (!now.isEqual(e.getValue().importedAt())) findRegion(e.getKey()); // loads it again
                    }
                } catch (RuntimeException e) {
                    // the database does not answer: the loaded regions stay as they are, the next call tries again
                } finally {
                    rechecking.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            rechecking.set(false); // closed
        }
    }

    private static java.util.concurrent.ThreadPoolExecutor backgroundThread() {
        var executor = new java.util.concurrent.ThreadPoolExecutor(1, 1, 30, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dostap-region-check");
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Stops the background checks (the stores' pool is closed with them). */
    void close() { background.shutdownNow(); }

    private static Optional<OffsetDateTime> importedAt(java.sql.Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT imported_at FROM region WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, OffsetDateTime.class)) : Optional.empty();
            }
        }
    }

    /**
     * Ids of the settlements of {@code regionCode} that lie inside the boundary of municipality {@code municipalityCode}
     * (by geometry, {@code ST_Contains}, not by the settlement's municipality attribute), in settlement order.
     * Empty when the municipality has no boundary.
     */
    public List<String> listSettlementIdsInMunicipality(String regionCode, String municipalityCode) {
        return db.read("finding settlements in municipality " + municipalityCode, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id FROM settlement s JOIN municipality m"
                    + " ON m.region_code = s.region_code AND ST_Contains(m.boundary, s.geom)"
                    + " WHERE s.region_code = ? AND m.code = ? ORDER BY s.ordinal")) {
                ps.setString(1, regionCode);
                ps.setString(2, municipalityCode);
                return strings(ps);
            }
        });
    }

    /**
     * Facilities of {@code regionCode} with the given status within {@code distanceMetres} (great-circle, on the
     * WGS84 spheroid) of {@code centre}, nearest first, e.g. candidate sites near an uncovered village.
     */
    public List<Facility> listFacilitiesWithin(String regionCode, GeoPoint centre, double distanceMetres, FacilityStatus status) {
        if (!(distanceMetres >= 0)) throw new IllegalArgumentException("distanceMetres must be >= 0: " + distanceMetres);
        return db.read("finding facilities near a point", c -> {
            try (PreparedStatement ps = c.prepareStatement(RegionRows.FACILITY_SELECT + " WHERE region_code = ? AND status = ?"
                    + " AND ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?)"
                    + " ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography), id")) {
                ps.setString(1, regionCode);
                ps.setString(2, status.label());
                ps.setDouble(3, centre.lon());
                ps.setDouble(4, centre.lat());
                ps.setDouble(5, distanceMetres);
                ps.setDouble(6, centre.lon());
                ps.setDouble(7, centre.lat());
                List<Facility> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(RegionRows.facility(rs));
                }
                return out;
            }
        });
    }

    /** Ids of the settlements within {@code distanceMetres} of {@code centre} (on the spheroid), nearest first. */
    public List<String> listSettlementIdsWithin(String regionCode, GeoPoint centre, double distanceMetres) {
        return db.read("finding settlements near a point", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM settlement WHERE region_code = ?"
                    + " AND ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?)"
                    + " ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography), id")) {
                ps.setString(1, regionCode);
                ps.setDouble(2, centre.lon());
                ps.setDouble(3, centre.lat());
                ps.setDouble(4, distanceMetres);
                ps.setDouble(5, centre.lon());
                ps.setDouble(6, centre.lat());
                return strings(ps);
            }
        });
    }

    private static List<String> strings(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
