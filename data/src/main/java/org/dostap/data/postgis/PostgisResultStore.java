package org.dostap.data.postgis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Imported road networks and stored results with their provenance, so that a result can be re-run and compared
 * later (baseline vs scenario, 2011 vs 2017). All SQL is parameterized.
 */
public final class PostgisResultStore {
    private static final String RESULT_COLUMNS = "id, region_code, scenario_id, scenario_version, kind, population_column,"
            + " travel_time_source, network_id, network_label, data_provenance, software_version, created_at, result::text";
    private final Database db;

    PostgisResultStore(Database db) {
        this.db = db;
    }

    /** Records a network import; recording the same file (checksum) and profile again returns the existing row. */
    public RoadNetworkRecord recordNetwork(RoadNetworkRecord n) {
        return db.inTransaction("recording road network " + n.fileName(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO road_network (region_code, file_name, file_date, size_bytes,"
                    + " sha256, profile) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256, profile) DO UPDATE SET file_name = excluded.file_name"
                    + " RETURNING id, imported_at")) {
                ps.setString(1, n.regionCode().isEmpty() ? null : n.regionCode());
                ps.setString(2, n.fileName());
                ps.setTimestamp(3, n.fileDate().map(Timestamp::from).orElse(null));
                ps.setLong(4, n.sizeBytes());
                ps.setString(5, n.sha256());
                ps.setString(6, n.profile());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new RoadNetworkRecord(rs.getLong(1), n.regionCode(), n.fileName(), n.fileDate(), n.sizeBytes(),
                            n.sha256(), n.profile(), rs.getTimestamp(2).toInstant());
                }
            }
        });
    }

    public List<RoadNetworkRecord> listNetworks() {
        return db.read("listing road networks", c -> {
            List<RoadNetworkRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, region_code, file_name, file_date, size_bytes, sha256,"
                    + " profile, imported_at FROM road_network ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp date = rs.getTimestamp(4);
                    out.add(new RoadNetworkRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Optional.ofNullable(date).map(Timestamp::toInstant), rs.getLong(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant()));
                }
            }
            return out;
        });
    }

    /** Saves a result; returns it with its id and the database's timestamp. */
    public StoredResult saveResult(StoredResult r) {
        return db.inTransaction("saving a " + r.kind() + " result", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO stored_result (region_code, scenario_id, scenario_version,"
                    + " kind, population_column, travel_time_source, network_id, network_label, data_provenance, software_version,"
                    + " result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING " + RESULT_COLUMNS)) {
                ps.setString(1, r.regionCode());
                ps.setString(2, r.scenarioId().orElse(null));
                setLong(ps, 3, r.scenarioVersion());
                ps.setString(4, r.kind());
                ps.setString(5, r.populationColumn());
                ps.setString(6, r.travelTimeSource());
                setLong(ps, 7, r.networkId());
                ps.setString(8, r.networkLabel());
                ps.setString(9, r.dataProvenance());
                ps.setString(10, r.softwareVersion());
                ps.setString(11, r.resultJson());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return read(rs);
                }
            }
        });
    }

    /** Results of a region for one scenario (empty = baseline), newest first. */
    public List<StoredResult> listResults(String regionCode, Optional<String> scenarioId) {
        return db.read("listing stored results", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RESULT_COLUMNS + " FROM stored_result WHERE region_code = ?"
                    + " AND scenario_id IS NOT DISTINCT FROM ? ORDER BY created_at DESC, id DESC")) {
                ps.setString(1, regionCode);
                ps.setString(2, scenarioId.orElse(null));
                List<StoredResult> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(read(rs));
                }
                return out;
            }
        });
    }

    public Optional<StoredResult> findResult(long id) {
        return db.read("loading a stored result", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RESULT_COLUMNS + " FROM stored_result WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    private static void setLong(PreparedStatement ps, int i, OptionalLong v) throws SQLException {
        if (v.isPresent()) ps.setLong(i, v.getAsLong()); else ps.setNull(i, Types.BIGINT);
    }

    private static StoredResult read(ResultSet rs) throws SQLException {
        long version = rs.getLong(4);
        OptionalLong scenarioVersion = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(version);
        long network = rs.getLong(8);
        OptionalLong networkId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(network);
        return new StoredResult(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)), scenarioVersion,
                rs.getString(5), rs.getString(6), rs.getString(7), networkId, rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getString(13));
    }
}
