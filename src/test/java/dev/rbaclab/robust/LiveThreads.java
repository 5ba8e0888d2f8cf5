package dev.rbaclab.robust;

import java.util.Map;
import java.util.TreeMap;

/**
 * The lab's live threads, grouped by name without its numbers ("qtp123-45" → "qtp-"), to compare before and after.
 * The test's own HTTP clients' threads (java.net.http, "HttpClient-...") are not the lab's and live until the client
 * is collected, so they are left out.
 */
final class LiveThreads {

    private LiveThreads() {
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
