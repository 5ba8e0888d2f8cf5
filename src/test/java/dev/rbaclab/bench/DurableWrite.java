package dev.rbaclab.bench;

import org.HdrHistogram.Histogram;
import org.jdbi.v3.core.Jdbi;

/**
 * The baseline for storage-bound figures: one durable single-row write (an INSERT committed with WRITE_DELAY=0)
 * into the lab's own database, measured in the same run.
 */
final class DurableWrite {

    private DurableWrite() {
    }

    static Histogram measure(Jdbi jdbi, int count) {
        jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS bench_baseline (id BIGINT PRIMARY KEY, v VARCHAR(64))"));
        Histogram histogram = Percentiles.histogram();
        long base = System.nanoTime();
        for (int i = 0; i < count + 200; i++) {
            long id = base + i;
            long start = System.nanoTime();
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO bench_baseline (id, v) VALUES (:id, 'x')").bind("id", id).execute());
            if (i >= 200) {
                histogram.recordValue(System.nanoTime() - start);
            }
        }
        return histogram;
    }
}
