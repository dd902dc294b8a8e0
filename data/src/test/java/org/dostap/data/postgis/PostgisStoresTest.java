package org.dostap.data.postgis;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Migration from empty, the database going away and coming back, stored results. */
class PostgisStoresTest {
    private static TestDatabase db;

    @BeforeAll
    static void open() { db = TestDatabase.openOrSkip(); }

    @AfterAll
    static void close() { if (db != null) db.close(); }

    @Test
    void migrationFromEmptyCreatesTheTablesWithSpatialIndexesInEpsg4326() {
        List<String> rows = db.stores().database().read("inspecting", c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) out.add("migration " + rs.getString(1));
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT f_table_name || '.' || f_geometry_column || ' ' || srid"
                    + " FROM public.geometry_columns WHERE f_table_schema = current_schema() ORDER BY 1")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                    + " AND indexdef LIKE '%USING gist%' ORDER BY 1")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
        assertThat(rows).containsExactly("migration 1", "migration 2", "migration 3", "migration 4",
                "facility.geom 4326", "municipality.boundary 4326", "province.boundary 4326",
                "scenario_edit.closure_geom 4326", "scenario_edit.geom 4326",
                "settlement.geom 4326",
                "facility_geom_gix", "municipality_boundary_gix", "province_boundary_gix", "settlement_geom_gix");
    }

    @Test
    void unreachableDatabaseIsReportedInOneClearLine() {
        assertThatThrownBy(() -> PostgisStores.open(DatabaseUrl.parse("postgresql://postgres:topsecret@127.0.0.1:1/dostap"),
                "dostap", 2, 500))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE))
                .hasMessage("The database at postgresql://127.0.0.1:1/dostap cannot be reached. Check that PostgreSQL is running"
                        + " and the URL, user and password are right.");
    }

    @Test
    void lostDatabaseIsUnavailableThenThePoolRecoversByItself() throws Exception {
        URI direct = URI.create(db.url().jdbcUrl().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(direct.getHost(), direct.getPort() < 0 ? 5432 : direct.getPort())) {
            String viaProxy = db.url().jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
            try (PostgisStores stores = PostgisStores.open(new DatabaseUrl(viaProxy, db.url().user(), db.url().password()),
                    db.stores().schema(), 2, 500)) {
                Scenario before = stores.scenarios().createScenario("OUT", "before the outage", List.of(), "t");
                proxy.cut();
                assertThatThrownBy(() -> stores.scenarios().findScenario(before.id()))
                        .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE))
                        .hasMessageStartingWith("The database at postgresql://127.0.0.1:" + proxy.port())
                        .hasMessageContaining("cannot be reached (while loading a scenario)")
                        .hasMessageContaining("reconnects by itself");
                assertThatThrownBy(() -> stores.scenarios().createScenario("OUT", "during the outage",
                        List.of(new ScenarioEdit.CloseFacility("x")), "t")).isInstanceOf(PlanningException.class);
                proxy.restore();
                // the pool reconnects by itself; on a loaded machine the first new connection may take a moment
                assertThat(eventually(() -> stores.scenarios().findScenario(before.id()), 20_000)).contains(before);
                assertThat(stores.scenarios().listScenarios("OUT")).containsExactly(before);
                assertThat(stores.scenarios().updateScenario(before.id(), 1, "after", List.of(), "t").version()).isEqualTo(2);
            }
        }
    }

    /** The first result of {@code call} that does not throw UNAVAILABLE within {@code millis}. */
    private static <T> T eventually(java.util.function.Supplier<T> call, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            try {
                return call.get();
            } catch (PlanningException e) {
                if (e.code() != ErrorCode.UNAVAILABLE || System.currentTimeMillis() > deadline) throw e;
                Thread.sleep(200);
            }
        }
    }

    @Test
    void storedResultsKeepTheirProvenance() {
        PostgisResultStore results = db.stores().results();
        RoadNetworkRecord net = results.recordNetwork(new RoadNetworkRecord(0, "SML", "andorra.osm.pbf", Optional.empty(), 565_390,
                "a".repeat(64), "car", null));
        assertThat(results.recordNetwork(net).id()).isEqualTo(net.id());
        assertThat(results.listNetworks()).extracting(RoadNetworkRecord::fileName).containsExactly("andorra.osm.pbf");
        Scenario s = db.stores().scenarios().createScenario("RES", "with results", List.of(), "t");
        StoredResult saved = results.saveResult(new StoredResult(0, "RES", Optional.of(s.id()), OptionalLong.of(1), "coverage",
                "pop_2017", "road", OptionalLong.of(net.id()), "andorra.osm.pbf (2013-05-28)", "bundled", "0.1.0", null,
                "{\"covered\": 12, \"settlements\": [\"00850\"]}"));
        results.saveResult(new StoredResult(0, "RES", Optional.empty(), OptionalLong.empty(), "coverage", "pop_2011", "estimated",
                OptionalLong.empty(), "", "bundled", "0.1.0", null, "{}"));
        assertThat(saved.id()).isPositive();
        assertThat(results.findResult(saved.id())).contains(saved);
        assertThat(saved.resultJson()).isEqualTo("{\"covered\": 12, \"settlements\": [\"00850\"]}");
        assertThat(results.listResults("RES", Optional.of(s.id()))).containsExactly(saved);
        assertThat(results.listResults("RES", Optional.empty())).singleElement()
                .satisfies(r -> assertThat(r.travelTimeSource()).isEqualTo("estimated"));
        db.stores().scenarios().deleteScenario(s.id(), 1);
        assertThat(results.listResults("RES", Optional.of(s.id()))).isEmpty();
    }
}
