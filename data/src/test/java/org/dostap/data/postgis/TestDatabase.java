package org.dostap.data.postgis;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.util.UUID;

/**
 * A throw-away schema in the test database named by env {@code DOSTAP_TEST_DB} (a JDBC or postgresql:// URL), migrated
 * from empty and dropped on close, so that test runs never collide. Without {@code DOSTAP_TEST_DB} the PostGIS tests are
 * skipped with a message, except when {@code CI=true}: then they fail loudly. The web module's tests use it too (this
 * module's test-jar).
 */
public final class TestDatabase implements AutoCloseable {
    public static final String ENV = "DOSTAP_TEST_DB";
    private final PostgisStores stores;
    private final DatabaseUrl url;
    private final String givenUrl;
    private final String schema;

    private TestDatabase(String givenUrl, DatabaseUrl url, String schema, PostgisStores stores) {
        this.givenUrl = givenUrl;
        this.schema = schema;
        this.url = url;
        this.stores = stores;
    }

    /** Opens a fresh migrated schema, or skips (fails on CI) when no test database is configured. */
    public static TestDatabase openOrSkip() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            String hint = ENV + " is not set. Start PostgreSQL 15 + PostGIS and set e.g. " + ENV
                    + "=jdbc:postgresql://127.0.0.1:5432/dostap_test?user=postgres&password=postgres (.ci/run does this).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail("PostGIS tests must run in CI: " + hint);
            // printed too: surefire shows a class aborted in @BeforeAll only as "Tests run: 0"
            System.err.println("[WARNING] PostGIS tests skipped: " + hint);
            Assumptions.abort("PostGIS tests skipped: " + hint);
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new TestDatabase(url, parsed, schema, PostgisStores.open(parsed, schema, 4, 30_000)); // patient: CI machines can be loaded
    }

    public PostgisStores stores() { return stores; }

    public DatabaseUrl url() { return url; }

    /** The database as {@value #ENV} gives it, for a command line's {@code --db}. */
    public String givenUrl() { return givenUrl; }

    /** The throw-away schema, for a command line's {@code --schema}. */
    public String schema() { return schema; }

    @Override
    public void close() {
        try {
            stores.dropSchema();
        } finally {
            stores.close();
        }
    }
}
