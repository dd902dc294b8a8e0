package org.dostap.data.postgis;

import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.locationtech.jts.io.WKBWriter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a whole region in ONE transaction, replacing what was there: importing the same data twice gives
 * the same state, and a failure or a kill midway leaves the previous data intact (the transaction never commits).
 * Imports of the same region are serialized by a transaction-scoped advisory lock. Saved scenarios and stored
 * results are not touched.
 */
public final class PostgisRegionWriter {
    private static final Pattern YEAR = Pattern.compile("(?:^|\\D)((?:19|20)\\d\\d)(?:\\D|$)");
    private static final int BATCH = 500;
    private final Database db;

    public PostgisRegionWriter(Database db) {
        this.db = db;
    }

    /** Counts of what was written. */
    public record Written(String regionCode, int settlements, int facilities, int municipalities, int populationValues) {}

    /**
     * Replaces region {@code region.code()} with {@code region}. {@code progress} is told after every settlement and
     * facility row; if it throws, nothing is written.
     */
    public Written replaceRegion(RegionData region, String source, ProgressListener progress) {
        return replaceRegion(region, source, "settlements", "facilities", progress);
    }

    /**
     * As {@link #replaceRegion(RegionData, String, ProgressListener)}, naming the input files in problems. Everything the
     * database would refuse is checked first and reported at once (file, row, column); then nothing is written.
     */
    public Written replaceRegion(RegionData region, String source, String settlementsFile, String facilitiesFile,
                                 ProgressListener progress) {
        RegionIntegrity.check(region, settlementsFile, facilitiesFile);
        return db.inTransaction("importing region " + region.code(), c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('dostap-region:' || ?))")) {
                lock.setString(1, region.code());
                lock.execute();
            }
            upsertRegion(c, region, source);
            for (String table : List.of("settlement_population", "facility", "settlement", "service_type",
                    "population_column", "municipality", "province")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE region_code = ?")) {
                    ps.setString(1, region.code());
                    ps.executeUpdate();
                }
            }
            insertColumns(c, region);
            insertServices(c, region);
            insertAreas(c, region);
            long total = region.settlements().size() + region.facilities().size();
            int values = insertSettlements(c, region, progress, total);
            insertFacilities(c, region, progress, total);
            return new Written(region.code(), region.settlements().size(), region.facilities().size(),
                    region.municipalities().size(), values);
        });
    }

    private static void upsertRegion(Connection c, RegionData r, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO region (code, name_bg, name_en, provenance, source, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (code) DO UPDATE SET name_bg = excluded.name_bg,"
                + " name_en = excluded.name_en, provenance = excluded.provenance, source = excluded.source,"
                + " imported_at = excluded.imported_at")) {
            ps.setString(1, r.code());
            ps.setString(2, r.nameBg() == null ? "" : r.nameBg());
            ps.setString(3, r.nameEn() == null ? "" : r.nameEn());
            ps.setString(4, r.provenance());
            ps.setString(5, source == null ? "" : source);
            ps.executeUpdate();
        }
    }

    private static void insertColumns(Connection c, RegionData r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO population_column (region_code, name, ordinal, year) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < r.populationColumns().size(); i++) {
                String name = r.populationColumns().get(i);
                Matcher m = YEAR.matcher(name);
                ps.setString(1, r.code());
                ps.setString(2, name);
                ps.setInt(3, i);
                if (m.find()) ps.setInt(4, Integer.parseInt(m.group(1))); else ps.setNull(4, Types.INTEGER);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertServices(Connection c, RegionData r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_type (region_code, id, name_bg, name_en,"
                + " standard_seconds, every_settlement_must_reach, mobile, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<ServiceType> types = r.services().list();
            for (int i = 0; i < types.size(); i++) {
                ServiceType t = types.get(i);
                ps.setString(1, r.code());
                ps.setString(2, t.id());
                ps.setString(3, t.nameBg() == null ? "" : t.nameBg());
                ps.setString(4, t.nameEn() == null ? "" : t.nameEn());
                ps.setInt(5, t.standardSeconds());
                ps.setBoolean(6, t.everySettlementMustReach());
                ps.setBoolean(7, t.mobile());
                ps.setInt(8, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertAreas(Connection c, RegionData r) throws SQLException {
        WKBWriter wkb = new WKBWriter();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO municipality (region_code, code, name_bg, name_en,"
                + " province_code, seat_id, ordinal, boundary) VALUES (?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))")) {
            for (int i = 0; i < r.municipalities().size(); i++) {
                AdminArea a = r.municipalities().get(i);
                ps.setString(1, r.code());
                ps.setString(2, a.code());
                ps.setString(3, a.nameBg());
                ps.setString(4, a.nameEn());
                ps.setString(5, a.parentCode());
                ps.setString(6, a.seatId());
                ps.setInt(7, i);
                ps.setBytes(8, a.boundary() == null ? null : wkb.write(a.boundary()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (r.province().isEmpty()) return;
        AdminArea p = r.province().get();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO province (region_code, code, name_bg, name_en, parent_code, seat_id,"
                + " boundary) VALUES (?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))")) {
            ps.setString(1, r.code());
            ps.setString(2, p.code());
            ps.setString(3, p.nameBg());
            ps.setString(4, p.nameEn());
            ps.setString(5, p.parentCode());
            ps.setString(6, p.seatId());
            ps.setBytes(7, p.boundary() == null ? null : wkb.write(p.boundary()));
            ps.executeUpdate();
        }
    }

    private static int insertSettlements(Connection c, RegionData r, ProgressListener progress, long total) throws SQLException {
        int values = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO settlement (region_code, id, name, name_en, municipality,"
                + " province, kind, ordinal, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326))");
             PreparedStatement p = c.prepareStatement("INSERT INTO settlement_population (region_code, settlement_id,"
                     + " column_name, population) VALUES (?, ?, ?, ?)")) {
            List<Settlement> settlements = r.settlements();
            for (int i = 0; i < settlements.size(); i++) {
                Settlement st = settlements.get(i);
                s.setString(1, r.code());
                s.setString(2, st.id());
                s.setString(3, st.name());
                s.setString(4, st.nameEn());
                s.setString(5, st.municipality());
                s.setString(6, st.province());
                s.setString(7, st.kind());
                s.setInt(8, i);
                s.setDouble(9, st.location().lon());
                s.setDouble(10, st.location().lat());
                s.addBatch();
                for (Map.Entry<String, Integer> e : st.populationByColumn().entrySet()) {
                    p.setString(1, r.code());
                    p.setString(2, st.id());
                    p.setString(3, e.getKey());
                    p.setInt(4, e.getValue());
                    p.addBatch();
                    values++;
                }
                if ((i + 1) % BATCH == 0) {
                    s.executeBatch();
                    p.executeBatch();
                }
                progress.progress(i + 1, total);
            }
            s.executeBatch();
            p.executeBatch();
        }
        return values;
    }

    private static void insertFacilities(Connection c, RegionData r, ProgressListener progress, long total) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO facility (region_code, id, name, service_type, capacity,"
                + " municipality, status, illustrative, ordinal, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            List<Facility> facilities = r.facilities();
            for (int i = 0; i < facilities.size(); i++) {
                Facility f = facilities.get(i);
                ps.setString(1, r.code());
                ps.setString(2, f.id());
                ps.setString(3, f.name());
                ps.setString(4, f.serviceType());
                ps.setInt(5, f.capacity());
                ps.setString(6, f.municipality());
                ps.setString(7, f.status().label());
                ps.setBoolean(8, f.illustrative());
                ps.setInt(9, i);
                ps.setDouble(10, f.location().lon());
                ps.setDouble(11, f.location().lat());
                ps.addBatch();
                progress.progress(r.settlements().size() + i + 1L, total);
            }
            ps.executeBatch();
        }
    }
}
