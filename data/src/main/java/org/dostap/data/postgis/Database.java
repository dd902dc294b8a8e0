package org.dostap.data.postgis;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Runs units of work on pooled connections and turns database failures into planner-facing errors:
 * an unreachable database becomes {@link ErrorCode#UNAVAILABLE} with a one-line message (no stack trace).
 * A unit that failed on a lost connection before it committed is retried once on a fresh connection
 * (the pool drops broken connections itself, so it recovers when the database is back).
 */
public final class Database {
    /** SQLSTATEs meaning "the connection or the server went away" (class 08, admin shutdown, starting up, too many clients). */
    private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private final DataSource dataSource;
    private final String description;

    /** A unit of database work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public Database(DataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    /** Runs {@code work} read-only in autocommit mode. */
    public <T> T read(String what, Work<T> work) {
        return run(what, false, false, work);
    }

    /**
     * Runs {@code work} read-only in one REPEATABLE READ transaction, so that several queries see one consistent
     * snapshot (e.g. a scenario row and its edit rows while someone else saves it).
     */
    public <T> T readSnapshot(String what, Work<T> work) {
        return run(what, true, true, c -> {
            try (var st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
            }
            return work.run(c);
        });
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(String what, Work<T> work) {
        return run(what, true, false, work);
    }

    private <T> T run(String what, boolean transactional, boolean readOnly, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            boolean committing = false;
            try (Connection c = dataSource.getConnection()) {
                if (!transactional) return work.run(c);
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    committing = true;
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    if (!committing) rollbackQuietly(c);
                    throw e;
                } finally {
                    if (!committing) resetQuietly(c);
                    else try { c.setAutoCommit(true); } catch (SQLException ignored) { /* broken connection; pool drops it */ }
                }
            } catch (SQLException e) {
                if (!isConnectionFailure(e)) throw new IllegalStateException("Database error while " + what + ": " + e.getMessage(), e);
                if (committing && !readOnly) throw new PlanningException(ErrorCode.UNAVAILABLE, "The connection to the database at "
                        + description + " was lost while " + what + "; the change may or may not have been saved."
                        + " Reload and check before trying again.");
                boolean poolTimedOut = e instanceof SQLTransientConnectionException;
                if (attempt >= 2 || poolTimedOut) throw unavailable(what);
            }
        }
    }

    PlanningException unavailable(String what) {
        return new PlanningException(ErrorCode.UNAVAILABLE, "The database at " + description + " cannot be reached"
                + " (while " + what + "). Check that PostgreSQL is running; Dostap reconnects by itself when it is back.");
    }

    static boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) return true;
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || CONNECTION_STATES.contains(s.getSQLState()))) return true;
            if (t instanceof java.io.IOException) return true;
        }
        return false;
    }

    private static void rollbackQuietly(Connection c) {
        try { c.rollback(); } catch (SQLException ignored) { /* connection already broken: nothing was committed */ }
    }

    private static void resetQuietly(Connection c) {
        try { c.setAutoCommit(true); } catch (SQLException ignored) { /* broken connection; the pool drops it */ }
    }
}
