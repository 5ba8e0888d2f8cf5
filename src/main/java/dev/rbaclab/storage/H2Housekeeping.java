package dev.rbaclab.storage;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What H2's background writer would do if WRITE_DELAY=0 had not switched it off: rewrite the file's sparsely used
 * chunks so that their space can be reused. With every commit written at once as its own chunk and no housekeeping,
 * the file grew by about 20 KiB a commit for as long as the lab ran (1.5 MiB a sandbox of 50 objects) and a clean
 * stop did not shrink it. Chunks younger than H2's retention time (45 s) are left alone, as H2 itself does.
 */
final class H2Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);
    /** H2's own default for its background compaction (AUTO_COMPACT_FILL_RATE). */
    private static final int TARGET_FILL_RATE = 90;
    /** A small step each time keeps the pause a commit may meet short. */
    private static final int REWRITE_BYTES_PER_STEP = 4 << 20;
    private static final long EVERY_SECONDS = 5;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "h2-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    H2Housekeeping(DataSource dataSource) {
        timer.scheduleWithFixedDelay(() -> compact(dataSource), EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private static void compact(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            if (!store.isClosed()) {
                store.compact(TARGET_FILL_RATE, REWRITE_BYTES_PER_STEP);
            }
        } catch (SQLException | RuntimeException e) {
            // a database closing under us, or a store H2 already marked broken: the next commit reports it
            LOG.debug("H2 housekeeping skipped", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
