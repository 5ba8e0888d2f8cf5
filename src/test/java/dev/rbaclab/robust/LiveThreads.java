package dev.rbaclab.robust;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's live threads, grouped by name without its numbers ("qtp123-45" → "qtp-"), to compare before and after.
 * The test's own HTTP clients' threads (java.net.http, "HttpClient-...") are not the lab's and live until the client
 * is collected, so they are left out.
 */
final class LiveThreads {

    private LiveThreads() {
    }

    /** The threads living now, to compare with after some work. */
    static Snapshot snapshot() {
        return new Snapshot(count(), byKind());
    }

    /** A count of live threads and their kinds, taken before a fuzzer's work. */
    record Snapshot(int count, Map<String, Integer> kinds) {

        /** Slack for pools that grow by a thread or two and keep them. */
        static final int SLACK = 4;

        /** Waits for the threads to settle (up to 60 s) and fails when more than a few stay than lived before. */
        void assertNoLeak() throws InterruptedException {
            long settling = System.nanoTime();
            int after = settleTo(count + SLACK, 60);
            System.out.println("threads: " + count + " before, " + after + " after "
                    + (System.nanoTime() - settling) / 1_000_000 + " ms");
            assertThat(after).as("live threads after the fuzzing (before: %s, after: %s)", kinds, byKind())
                    .isLessThanOrEqualTo(count + SLACK);
        }
    }

    static Map<String, Integer> byKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && !thread.getName().startsWith("HttpClient-")) {
                kinds.merge(thread.getName().replaceAll("\\d+", ""), 1, Integer::sum);
            }
        }
        return kinds;
    }

    static int count() {
        return byKind().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Waits until no more threads live than {@code allowed}, for at most {@code seconds} (pools let idle threads go
     * after a while); returns the count then. A leak shows as a count that stays up.
     */
    static int settleTo(int allowed, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int count = count();
        while (count > allowed && System.nanoTime() < deadline) {
            Thread.sleep(250);
            count = count();
        }
        return count;
    }
}
