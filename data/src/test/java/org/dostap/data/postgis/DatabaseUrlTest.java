package org.dostap.data.postgis;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {
    @Test
    void libpqFormBecomesJdbcWithDecodedCredentials() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://dostap:s%40cret%3A1@db.local:5433/dostap?sslmode=disable");
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/dostap?sslmode=disable");
        assertThat(u.user()).isEqualTo("dostap");
        assertThat(u.password()).isEqualTo("s@cret:1");
        assertThat(u.describe()).isEqualTo("postgresql://db.local:5433/dostap");
        assertThat(u.toString()).doesNotContain("s@cret");
    }

    @Test
    void defaultPortAndPostgresScheme() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://me@localhost/db");
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db");
        assertThat(u.user()).isEqualTo("me");
        assertThat(u.password()).isEmpty();
    }

    @Test
    void jdbcFormIsPassedThrough() {
        String jdbc = "jdbc:postgresql://127.0.0.1:5432/dostap_test?user=postgres&password=postgres";
        DatabaseUrl u = DatabaseUrl.parse(jdbc);
        assertThat(u.jdbcUrl()).isEqualTo(jdbc);
        assertThat(u.describe()).isEqualTo("postgresql://127.0.0.1:5432/dostap_test");
    }

    @Test
    void otherFormsAreRefusedWithoutEchoingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@h/db"))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("postgresql://user:password@host:5432/db")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:p@host")).hasMessageContaining("needs a host and a database name");
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).hasMessageContaining("empty");
    }
}
