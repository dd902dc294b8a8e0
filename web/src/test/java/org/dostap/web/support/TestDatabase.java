package org.dostap.web.support;

import org.dostap.data.postgis.DatabaseUrl;
import org.dostap.data.postgis.PostgisStores;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.util.UUID;

/**
 * A throw-away schema in the database named by env {@code DOSTAP_TEST_DB}, dropped on close. Without it the test is
 * skipped with a message, except when {@code CI=true}: then it fails loudly. (The data module's tests have their own.)
 */
public final class TestDatabase implements AutoCloseable {
    public final String url;
    public final String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    public final PostgisStores stores;

    private TestDatabase(String url) {
        this.url = url;
        this.stores = PostgisStores.open(DatabaseUrl.parse(url), schema, 2, 30_000);
    }

    public static TestDatabase openOrSkip() {
        String url = System.getenv("DOSTAP_TEST_DB");
        if (url == null || url.isBlank()) {
            String hint = "DOSTAP_TEST_DB is not set; e.g. DOSTAP_TEST_DB=jdbc:postgresql://127.0.0.1:5432/dostap_test"
                    + "?user=postgres&password=postgres (.ci/run sets it).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail("PostGIS tests must run in CI: " + hint);
            // printed too: surefire shows a class aborted in @BeforeAll only as "Tests run: 0"
            System.err.println("[WARNING] PostGIS tests skipped: " + hint);
            Assumptions.abort("PostGIS tests skipped: " + hint);
        }
        return new TestDatabase(url);
    }

    @Override
    public void close() {
        try {
            stores.dropSchema();
        } finally {
            stores.close();
        }
    }
}
