package org.dostap.data.postgis;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.MonitoringTarget;
import org.dostap.engine.store.SavedWith;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.store.ScenarioStore;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Scenarios in PostGIS: one row per scenario, its edits as ordered rows of {@code scenario_edit}.
 * Optimistic locking: {@code UPDATE ... WHERE id = ? AND version = ?}; zero rows means someone else saved
 * first, and the caller gets {@link ErrorCode#CONFLICT} with nothing changed. All SQL is parameterized.
 */
public final class PostgisScenarioStore implements ScenarioStore {
    private static final String COLUMNS = "id, name, region_code, version, author, created_at, updated_at, software_version, git_commit,"
            + " data_provenance";

    private final Database db;
    private final Clock clock;

    public PostgisScenarioStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Scenario> listScenarios(String regionCode) {
        return db.readSnapshot("listing scenarios", c -> {
            List<Head> heads = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM scenario WHERE region_code = ?"
                    + " ORDER BY created_at, id")) {
                ps.setString(1, regionCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) heads.add(Head.read(rs));
                }
            }
            Map<String, List<ScenarioEdit>> edits = loadEdits(c, heads.stream().map(Head::id).toList());
            return heads.stream().map(h -> h.toScenario(edits.getOrDefault(h.id(), List.of()))).toList();
        });
    }

    @Override
    public Optional<Scenario> findScenario(String id) {
        return db.readSnapshot("loading a scenario", c -> {
            Optional<Head> head = findHead(c, id);
            if (head.isEmpty()) return Optional.empty();
            return Optional.of(head.get().toScenario(loadEdits(c, List.of(id)).getOrDefault(id, List.of())));
        });
    }

    @Override
    public Scenario createScenario(String regionCode, String name, List<ScenarioEdit> edits, String author, SavedWith savedWith) {
        InMemoryScenarioStore.requireName(name);
        Instant now = now();
        Scenario s = new Scenario(UUID.randomUUID().toString(), name.trim(), regionCode, edits, 1, author, now, now, savedWith);
        return db.inTransaction("saving scenario '" + s.name() + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.id());
                ps.setString(2, s.name());
                ps.setString(3, s.regionCode());
                ps.setLong(4, s.version());
                ps.setString(5, s.author());
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setString(8, s.savedWith().softwareVersion());
                ps.setString(9, s.savedWith().gitCommit());
                ps.setString(10, s.savedWith().data());
                ps.executeUpdate();
            }
            EditRows.insert(c, s.id(), s.edits());
            return s;
        });
    }

    @Override
    public Scenario updateScenario(String id, long expectedVersion, String name, List<ScenarioEdit> edits, String author,
                                   SavedWith savedWith) {
        SavedWith with = savedWith == null ? SavedWith.UNKNOWN : savedWith;
        InMemoryScenarioStore.requireName(name);
        Instant now = now();
        String trimmed = name.trim();
        return db.inTransaction("saving scenario '" + trimmed + "'", c -> {
            Scenario updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET name = ?, author = ?, version = version + 1,"
                    + " updated_at = ?, software_version = ?, git_commit = ?, data_provenance = ? WHERE id = ? AND version = ? RETURNING " + COLUMNS)) {
                ps.setString(1, trimmed);
                ps.setString(2, author == null ? "" : author);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setString(4, with.softwareVersion());
                ps.setString(5, with.gitCommit());
                ps.setString(6, with.data());
                ps.setString(7, id);
                ps.setLong(8, expectedVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw refusal(c, id, expectedVersion);
                    updated = Head.read(rs).toScenario(edits);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario_edit WHERE scenario_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            EditRows.insert(c, id, updated.edits());
            return updated;
        });
    }

    @Override
    public void deleteScenario(String id, long expectedVersion) {
        db.inTransaction("deleting a scenario", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario WHERE id = ? AND version = ?")) {
                ps.setString(1, id);
                ps.setLong(2, expectedVersion);
                if (ps.executeUpdate() == 0) throw refusal(c, id, expectedVersion);
            }
            return null;
        });
    }

    @Override
    public List<MonitoringTarget> targets(String scenarioId) {
        return db.readSnapshot("loading monitoring targets", c -> {
            if (findHead(c, scenarioId).isEmpty()) throw PlanningException.notFound("No scenario with id '" + scenarioId + "'.");
            List<MonitoringTarget> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT area_code, service_type, share_within FROM scenario_target"
                    + " WHERE scenario_id = ? ORDER BY area_code, service_type")) {
                ps.setString(1, scenarioId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new MonitoringTarget(rs.getString(1), rs.getString(2), rs.getDouble(3)));
                }
            }
            return out;
        });
    }

    @Override
    public Scenario replaceTargets(String scenarioId, long expectedVersion, List<MonitoringTarget> targets) {
        List<MonitoringTarget> sorted = InMemoryScenarioStore.requireDistinct(targets);
        Instant now = now();
        return db.inTransaction("saving monitoring targets", c -> {
            Head head;
            try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET version = version + 1, updated_at = ?"
                    + " WHERE id = ? AND version = ? RETURNING " + COLUMNS)) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, scenarioId);
                ps.setLong(3, expectedVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw refusal(c, scenarioId, expectedVersion);
                    head = Head.read(rs);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario_target WHERE scenario_id = ?")) {
                ps.setString(1, scenarioId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_target (scenario_id, area_code, service_type, share_within)"
                    + " VALUES (?, ?, ?, ?)")) {
                for (MonitoringTarget t : sorted) {
                    ps.setString(1, scenarioId);
                    ps.setString(2, t.areaCode());
                    ps.setString(3, t.serviceType());
                    ps.setDouble(4, t.shareWithin());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return head.toScenario(loadEdits(c, List.of(scenarioId)).getOrDefault(scenarioId, List.of()));
        });
    }

    /** Why an update or delete matched no row: the scenario is gone, or someone else saved a newer version. */
    private static PlanningException refusal(Connection c, String id, long expectedVersion) throws SQLException {
        Optional<Head> current = findHead(c, id);
        if (current.isEmpty()) return PlanningException.notFound("No scenario with id '" + id + "'.");
        Head h = current.get();
        return new PlanningException(ErrorCode.CONFLICT, "Scenario '" + h.name() + "' was changed by someone else"
                + " (your version " + expectedVersion + ", current version " + h.version()
                + "). Reload it, re-apply your changes and save again.");
    }

    private static Optional<Head> findHead(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM scenario WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Head.read(rs)) : Optional.empty();
            }
        }
    }

    private static Map<String, List<ScenarioEdit>> loadEdits(Connection c, List<String> ids) throws SQLException {
        Map<String, List<ScenarioEdit>> byScenario = new LinkedHashMap<>();
        if (ids.isEmpty()) return byScenario;
        Array array = c.createArrayOf("text", ids.toArray());
        try (PreparedStatement ps = c.prepareStatement(EditRows.SELECT + " WHERE scenario_id = ANY (?) ORDER BY scenario_id, ordinal")) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    byScenario.computeIfAbsent(rs.getString("scenario_id"), k -> new ArrayList<>()).add(EditRows.read(rs));
            }
        } finally {
            array.free();
        }
        return byScenario;
    }

    /** PostgreSQL keeps microseconds: round here so that what is returned equals what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A scenario row without its edits. */
    private record Head(String id, String name, String regionCode, long version, String author,
                        Instant createdAt, Instant updatedAt, SavedWith savedWith) {
        static Head read(ResultSet rs) throws SQLException {
            return new Head(rs.getString("id"), rs.getString("name"), rs.getString("region_code"), rs.getLong("version"),
                    rs.getString("author"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                    new SavedWith(rs.getString("software_version"), rs.getString("git_commit"), rs.getString("data_provenance")));
        }

        Scenario toScenario(List<ScenarioEdit> edits) {
            return new Scenario(id, name, regionCode, edits, version, author, createdAt, updatedAt, savedWith);
        }
    }
}
