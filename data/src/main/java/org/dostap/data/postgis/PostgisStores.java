package org.dostap.data.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.sql.SQLException;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * The PostGIS stores behind one connection pool, for {@code serve --db URL}, {@code import} and {@code export}.
 * Opening migrates the schema (Flyway, {@code db/migration/dostap}) to the newest version. Close it to
 * release the pool.
 * <pre>{@code
 * try (PostgisStores stores = PostgisStores.open("postgresql://dostap:secret@localhost:5432/dostap")) {
 *     RegionStore regions = stores.regions();
 *     ScenarioStore scenarios = stores.scenarios();
 * }
 * }</pre>
 */
public final class PostgisStores implements AutoCloseable {
    /** Tables live in this schema unless told otherwise; PostGIS itself stays in {@code public}. */
    public static final String DEFAULT_SCHEMA = "dostap";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final HikariDataSource pool;
    private final Database database;
    private final String schema;
    private final PostgisRegionStore regions;
    private final PostgisScenarioStore scenarios;
    private final PostgisResultStore results;

    private PostgisStores(HikariDataSource pool, Database database, String schema, Clock clock) {
        this.pool = pool;
        this.database = database;
        this.schema = schema;
        this.regions = new PostgisRegionStore(database);
        this.scenarios = new PostgisScenarioStore(database, clock);
        this.results = new PostgisResultStore(database);
    }

    /** Opens and migrates the database at {@code url} (either {@link DatabaseUrl} form), schema {@value #DEFAULT_SCHEMA}. */
    public static PostgisStores open(String url) {
        return open(DatabaseUrl.parse(url), DEFAULT_SCHEMA, 10);
    }

    /**
     * Opens a pool of at most {@code poolSize} connections whose search path is {@code schema, public},
     * creates the schema if needed and migrates it.
     * @throws PlanningException UNAVAILABLE when the database cannot be reached, INVALID_INPUT for a bad schema name
     */
    public static PostgisStores open(DatabaseUrl url, String schema, int poolSize) {
        return open(url, schema, poolSize, 5_000);
    }

    /**
     * As {@link #open(DatabaseUrl, String, int)}; a call waits at most {@code connectionTimeoutMillis} (>= 250) for a
     * connection before it fails with UNAVAILABLE.
     */
    public static PostgisStores open(DatabaseUrl url, String schema, int poolSize, long connectionTimeoutMillis) {
        if (!SCHEMA_NAME.matcher(schema).matches())
            throw PlanningException.invalid("Schema name '" + schema + "' must be lower-case letters, digits and _.");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        if (!url.user().isEmpty()) config.setUsername(url.user());
        if (!url.password().isEmpty()) config.setPassword(url.password());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("dostap-" + schema);
        config.setConnectionTimeout(connectionTimeoutMillis); // then the caller gets UNAVAILABLE
        config.setValidationTimeout(Math.min(2_000, Math.max(250, connectionTimeoutMillis / 2)));
        config.setKeepaliveTime(60_000);
        config.setInitializationFailTimeout(-1);  // start even if the database is down; the migration below reports it
        config.setConnectionInitSql("SET search_path TO " + schema + ", public");
        config.addDataSourceProperty("ApplicationName", "dostap");
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // imports: one multi-row INSERT per batch
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool, schema, url);
            return new PostgisStores(pool, new Database(pool, url.describe()), schema, Clock.systemUTC());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void migrate(HikariDataSource pool, String schema, DatabaseUrl url) {
        try {
            Flyway.configure().dataSource(pool).schemas(schema).defaultSchema(schema).createSchemas(true)
                    .locations("classpath:db/migration/dostap").load().migrate();
        } catch (FlywayException e) {
            if (causedByConnection(e))
                throw new PlanningException(ErrorCode.UNAVAILABLE, "The database at " + url.describe() + " cannot be reached."
                        + " Check that PostgreSQL is running and the URL, user and password are right.");
            throw new PlanningException(ErrorCode.UNAVAILABLE, "The database at " + url.describe()
                    + " could not be prepared (schema migration failed): " + firstLine(e.getMessage()));
        }
    }

    private static boolean causedByConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HikariPool.PoolInitializationException) return true;
            if (t instanceof SQLException s && Database.isConnectionFailure(s)) return true;
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    public PostgisRegionStore regions() { return regions; }

    public PostgisScenarioStore scenarios() { return scenarios; }

    public PostgisResultStore results() { return results; }

    /** The unit-of-work runner behind the stores (for importers and tests). */
    public Database database() { return database; }

    public String schema() { return schema; }

    /** Drops this schema with everything in it (tests and {@code --reset} only). */
    public void dropSchema() {
        database.inTransaction("dropping schema " + schema, c -> {
            try (var st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            return null;
        });
    }

    @Override
    public void close() {
        regions.close();
        pool.close();
    }
}
