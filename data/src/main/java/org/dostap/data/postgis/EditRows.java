package org.dostap.data.postgis;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.RoadClosure;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Maps scenario edits to rows of {@code scenario_edit} (one row per edit, in order) and back. */
final class EditRows {
    static final String SELECT = "SELECT scenario_id, ordinal, kind, facility_id, name, service_type, capacity, municipality,"
            + " status, ST_X(geom) AS lon, ST_Y(geom) AS lat, ST_AsBinary(closure_geom) AS closure_wkb, season, road_classes"
            + " FROM scenario_edit";

    private EditRows() {}

    static void insert(Connection c, String scenarioId, List<ScenarioEdit> edits) throws SQLException {
        if (edits.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_edit (scenario_id, ordinal, kind, facility_id,"
                + " name, service_type, capacity, municipality, status, geom, closure_geom, season, road_classes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ?::float8 IS NULL THEN NULL"
                + " ELSE ST_SetSRID(ST_MakePoint(?, ?), 4326) END, ST_GeomFromWKB(?, 4326), ?, ?)")) {
            for (int i = 0; i < edits.size(); i++) {
                bind(ps, scenarioId, i, edits.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, String scenarioId, int ordinal, ScenarioEdit edit) throws SQLException {
        String name = null, serviceType = null, municipality = null, status = null;
        Integer capacity = null;
        GeoPoint location = null;
        if (edit instanceof ScenarioEdit.AddFacility a) {
            name = a.name();
            serviceType = a.serviceType();
            capacity = a.capacity();
            municipality = a.municipality();
            status = a.status() == null ? null : a.status().label();
            location = a.location();
        } else if (edit instanceof ScenarioEdit.MoveFacility m) {
            location = m.location();
        } else if (edit instanceof ScenarioEdit.SetCapacity s) {
            capacity = s.capacity();
        }
        byte[] closureWkb = null;
        String season = null, roadClasses = null;
        if (edit instanceof ScenarioEdit.CloseRoads r) {
            name = r.closure().name();
            closureWkb = new WKBWriter().write(r.closure().geometry());
            season = r.closure().season();
            roadClasses = r.closure().roadClasses().isEmpty() ? null : String.join(",", r.closure().roadClasses());
        }
        ps.setString(1, scenarioId);
        ps.setInt(2, ordinal);
        ps.setString(3, edit.kind());
        ps.setString(4, edit.facilityId());
        ps.setString(5, name);
        ps.setString(6, serviceType);
        if (capacity == null) ps.setNull(7, Types.INTEGER); else ps.setInt(7, capacity);
        ps.setString(8, municipality);
        ps.setString(9, status);
        if (location == null) {
            ps.setNull(10, Types.DOUBLE);
            ps.setNull(11, Types.DOUBLE);
            ps.setNull(12, Types.DOUBLE);
        } else {
            ps.setDouble(10, location.lon());
            ps.setDouble(11, location.lon());
            ps.setDouble(12, location.lat());
        }
        if (closureWkb == null) ps.setNull(13, Types.BINARY); else ps.setBytes(13, closureWkb);
        ps.setString(14, season);
        ps.setString(15, roadClasses);
    }

    private static Geometry closure(byte[] wkb) throws SQLException {
        try {
            Geometry g = new WKBReader().read(wkb);
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new SQLException("unreadable road closure geometry in scenario_edit", e);
        }
    }

    /** Reads the edit at the current row of a result set produced by {@link #SELECT}. */
    static ScenarioEdit read(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String facilityId = rs.getString("facility_id");
        double lon = rs.getDouble("lon");
        GeoPoint location = rs.wasNull() ? null : new GeoPoint(lon, rs.getDouble("lat"));
        int capacity = rs.getInt("capacity");
        return switch (kind) {
            case "add" -> new ScenarioEdit.AddFacility(facilityId, rs.getString("name"), rs.getString("service_type"),
                    location, capacity, rs.getString("municipality"),
                    rs.getString("status") == null ? null : FacilityStatus.parse(rs.getString("status")).orElseThrow());
            case "move" -> new ScenarioEdit.MoveFacility(facilityId, location);
            case "close" -> new ScenarioEdit.CloseFacility(facilityId);
            case "capacity" -> new ScenarioEdit.SetCapacity(facilityId, capacity);
            case "close-roads" -> new ScenarioEdit.CloseRoads(new RoadClosure(rs.getString("name"), rs.getString("season"),
                    closure(rs.getBytes("closure_wkb")), rs.getString("road_classes") == null ? List.of()
                    : List.of(rs.getString("road_classes").split(","))));
            default -> throw new IllegalStateException("unknown scenario edit kind in the database: " + kind);
        };
    }
}
