package dev.rbaclab.storage;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.io.Closeable;

/**
 * Opens the lab's database and brings its schema up to date. The default is an embedded H2 file; acknowledged
 * writes must survive {@code kill -9}, so H2 is told to write every commit at once (WRITE_DELAY=0) instead of
 * batching a second of them.
 */
public final class Database implements Closeable {

    /** Parsed statements each connection keeps: more than the lab has (about 80 places in its code make one). */
    static final int STATEMENTS_KEPT = 256;

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    public static Database open(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(withDurableWrites(url), "sa", "");
        pool.setMaxConnections(64);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:migration")
                .load()
                .migrate();
        return new Database(pool);
    }

    /**
     * H2 URLs get WRITE_DELAY=0, a lock timeout long enough for a burst of writes to one sandbox, and no reuse of
     * earlier query results.
     */
    static String withDurableWrites(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String result = url;
        if (!result.toUpperCase().contains("WRITE_DELAY")) {
            result += ";WRITE_DELAY=0";
        }
        if (!result.toUpperCase().contains("LOCK_TIMEOUT")) {
            result += ";LOCK_TIMEOUT=10000";
        }
        // H2 may answer a query it ran before on the same connection from that earlier result when it thinks no
        // table changed since; with concurrent transactions that result can be stale (h2database issue #4208: lost
        // updates under SELECT ... FOR UPDATE). Every statement must read the database as it is. (Turned off while
        // hunting the lost updates ConcurrentUpdatesTest found; the fix itself is JdbiObjectStore#lockSandbox.)
        if (!result.toUpperCase().contains("OPTIMIZE_REUSE_RESULTS")) {
            result += ";OPTIMIZE_REUSE_RESULTS=FALSE";
        }
        // each connection keeps its parsed statements; with H2's default of 8 the lab's few dozen statements pushed
        // each other out, and parsing SQL again was a tenth of the lab's CPU under load (BENCHMARKS.md, load)
        if (!result.toUpperCase().contains("QUERY_CACHE_SIZE")) {
            result += ";QUERY_CACHE_SIZE=" + STATEMENTS_KEPT;
        }
        return result;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        // an embedded H2 is closed explicitly, so that the next start (or test) opens a clean file
        try (java.sql.Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
                statement.execute("SHUTDOWN");
            }
        } catch (java.sql.SQLException e) {
            // the connection ends with the shutdown; nothing is lost since every commit was written
        }
        pool.dispose();
    }
}
