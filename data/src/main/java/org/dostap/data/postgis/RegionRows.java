package org.dostap.data.postgis;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one region's rows back into a {@link RegionData}, in the order they were imported. */
final class RegionRows {
    static final String FACILITY_SELECT = "SELECT id, name, service_type, capacity, municipality, status, illustrative,"
            + " ST_X(geom) AS lon, ST_Y(geom) AS lat FROM facility";

    private RegionRows() {}

    static Optional<RegionData> load(Connection c, String code) throws SQLException {
        String nameBg, nameEn, provenance;
        try (PreparedStatement ps = c.prepareStatement("SELECT name_bg, name_en, provenance FROM region WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                nameBg = rs.getString(1);
                nameEn = rs.getString(2);
                provenance = rs.getString(3);
            }
        }
        List<String> columns = strings(c, "SELECT name FROM population_column WHERE region_code = ? ORDER BY ordinal", code);
        List<Settlement> settlements = settlements(c, code);
        List<Facility> facilities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(FACILITY_SELECT + " WHERE region_code = ? ORDER BY ordinal")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) facilities.add(facility(rs));
            }
        }
        List<AdminArea> municipalities = areas(c, "SELECT code, name_bg, name_en, province_code, seat_id, ST_AsBinary(boundary)"
                + " FROM municipality WHERE region_code = ? ORDER BY ordinal", code);
        Optional<AdminArea> province = areas(c, "SELECT code, name_bg, name_en, parent_code, seat_id, ST_AsBinary(boundary)"
                + " FROM province WHERE region_code = ?", code).stream().findFirst();
        return Optional.of(new RegionData(code, nameBg, nameEn, settlements, facilities, municipalities, province,
                services(c, code), columns, provenance));
    }

    static Facility facility(ResultSet rs) throws SQLException {
        return new Facility(rs.getString("id"), rs.getString("name"), rs.getString("service_type"),
                new GeoPoint(rs.getDouble("lon"), rs.getDouble("lat")), rs.getInt("capacity"), rs.getString("municipality"),
                FacilityStatus.parse(rs.getString("status")).orElseThrow(), rs.getBoolean("illustrative"));
    }

    private static List<Settlement> settlements(Connection c, String code) throws SQLException {
        Map<String, Map<String, Integer>> population = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT settlement_id, column_name, population"
                + " FROM settlement_population WHERE region_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    population.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
            }
        }
        List<Settlement> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, name_en, municipality, province, kind,"
                + " ST_X(geom), ST_Y(geom) FROM settlement WHERE region_code = ? ORDER BY ordinal")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new Settlement(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), new GeoPoint(rs.getDouble(7), rs.getDouble(8)), population.getOrDefault(id, Map.of())));
                }
            }
        }
        return out;
    }

    private static ServiceCatalog services(Connection c, String code) throws SQLException {
        List<ServiceType> types = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name_bg, name_en, standard_seconds,"
                + " every_settlement_must_reach, mobile FROM service_type WHERE region_code = ? ORDER BY ordinal")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // the walking standard is not stored (yet): a known service type keeps its default, others the car standard
                    int standard = rs.getInt(4);
                    int foot = ServiceCatalog.defaults().find(rs.getString(1))
                            .filter(d -> d.standardSeconds() == standard).map(ServiceType::footStandardSeconds).orElse(standard);
                    types.add(new ServiceType(rs.getString(1), rs.getString(2), rs.getString(3), standard,
                            rs.getBoolean(5), rs.getBoolean(6), foot));
                }
            }
        }
        return new ServiceCatalog(types);
    }

    private static List<AdminArea> areas(Connection c, String sql, String code) throws SQLException {
        List<AdminArea> out = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] bytes = rs.getBytes(6);
                    Geometry boundary = bytes == null ? null : parse(wkb, bytes);
                    out.add(new AdminArea(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), boundary));
                }
            }
        }
        return out;
    }

    private static Geometry parse(WKBReader wkb, byte[] bytes) {
        try {
            Geometry g = wkb.read(bytes);
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable boundary geometry in the database: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(Connection c, String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
