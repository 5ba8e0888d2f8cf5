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

    /** H2 URLs get WRITE_DELAY=0 and a lock timeout long enough for a burst of writes to one sandbox. */
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
