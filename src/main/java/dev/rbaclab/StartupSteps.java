package dev.rbaclab;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Start-up steps that do not depend on each other (opening the database, the certificates, the lessons) run side by
 * side, while the main thread reads the resource catalog and builds the default policy. A cold start is mostly
 * loading and initialising library classes (BENCHMARKS.md, {@code memory}); one thread doing all of it in turn left
 * the other core to the JIT.
 */
final class StartupSteps implements AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(3, work -> {
        Thread thread = new Thread(work, "rbac-lab-start-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Starts {@code work} now on a start-up thread. */
    <T> Step<T> begin(Supplier<T> work) {
        return new Step<>(pool.submit(work::get));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A step's result; waiting for it rethrows what the step threw, as if it had run on the caller's thread. */
    record Step<T>(Future<T> future) {

        T await() {
            try {
                return future.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the lab was starting", e);
            }
        }
    }
}
