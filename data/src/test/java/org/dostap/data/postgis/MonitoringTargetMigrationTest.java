package org.dostap.data.postgis;

import org.dostap.engine.store.MonitoringTarget;
import org.dostap.engine.store.Scenario;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V3 (monitoring targets) on a database that already holds scenarios at V2: the scenarios survive, gain an empty target
 * list, keep targets after saving, lose them when deleted (cascade), and the table refuses a share outside 0..1.
 */
class MonitoringTargetMigrationTest {

    @Test
    void aVersionTwoDatabaseWithScenariosMigratesToTargets() throws Exception {
        TestDatabase.openOrSkip().close(); // skips without DOSTAP_TEST_DB
        DatabaseUrl url = DatabaseUrl.parse(System.getenv(TestDatabase.ENV));
        String schema = "test_v3_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Flyway.configure().dataSource(url.jdbcUrl(), url.user(), url.password()).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration/dostap").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password()); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + schema + ", public");
            st.execute("INSERT INTO scenario (id, name, region_code, version, author, created_at, updated_at)"
                    + " VALUES ('old-1', 'Стратегия 2016', 'SML', 4, 'maria', now(), now())");
        }
        try (PostgisStores stores = PostgisStores.open(url, schema, 2)) {
            try {
                Scenario old = stores.scenarios().findScenario("old-1").orElseThrow();
                assertThat(old.version()).isEqualTo(4);
                assertThat(stores.scenarios().targets("old-1")).isEmpty();
                Scenario saved = stores.scenarios().replaceTargets("old-1", 4, List.of(new MonitoringTarget("SML", "crisis", 1.0)));
                assertThat(saved.version()).isEqualTo(5);
                assertThat(stores.scenarios().targets("old-1")).containsExactly(new MonitoringTarget("SML", "crisis", 1.0));
                assertThatThrownBy(() -> stores.database().inTransaction("bad share", cx -> {
                    try (Statement st = cx.createStatement()) {
                        st.execute("INSERT INTO scenario_target VALUES ('old-1', 'SML31', 'crisis', 1.5)");
                    }
                    return null;
                })).hasMessageContaining("bad share");
                stores.scenarios().deleteScenario("old-1", 5);
                long left = stores.database().read("counting", cx -> {
                    try (var rs = cx.createStatement().executeQuery("SELECT count(*) FROM scenario_target")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                assertThat(left).isZero();
            } finally {
                stores.dropSchema();
            }
        }
    }
}
