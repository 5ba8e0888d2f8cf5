package dev.rbaclab.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one phase of the load benchmark measured: latency from each request's intended send time (so that a stall
 * shows in full, with no coordinated omission), per kind of request, and how requests ended: answered, refused by
 * the rate limiter (429), or failed (any other status, a timeout, a broken connection).
 */
final class Tally {

    /** The kinds of request, each with its own figures. */
    enum Kind {
        READ("  console: get/list/describe"),
        WRITE("  console: create/apply/patch/label"),
        CAN_I("  console: auth can-i"),
        DELETE("  console: delete"),
        FOLLOW_UP("browser follow-ups (why, cluster, check)"),
        PAGE("page load (step page + history)"),
        CHECK("Check press"),
        BARE("GET /healthz (bare route, same load)");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean console() {
            return this == READ || this == WRITE || this == CAN_I || this == DELETE;
        }
    }

    private static final int ERROR_SAMPLES = 5;

    final Map<Kind, Histogram> latency = new EnumMap<>(Kind.class);
    final Histogram commands = histogram();
    final AtomicLong answered = new AtomicLong();
    final AtomicLong limited = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    /** Console commands answered 200 whose command failed (exit code ≠ 0) when it should not have. */
    final AtomicLong commandFailures = new AtomicLong();
    final Queue<String> samples = new ConcurrentLinkedQueue<>();

    Tally() {
        for (Kind kind : Kind.values()) {
            latency.put(kind, histogram());
        }
    }

    /** A response (or a failure, {@code code} 0) to a request meant to leave at {@code intendedNanos}. */
    void record(Kind kind, long intendedNanos, int code, String detail) {
        long nanos = Math.max(0, System.nanoTime() - intendedNanos);
        latency.get(kind).recordValue(nanos);
        if (kind.console()) {
            commands.recordValue(nanos);
        }
        if (code == 200) {
            answered.incrementAndGet();
        } else if (code == 429) {
            limited.incrementAndGet();
        } else {
            errors.incrementAndGet();
            sample(kind + " " + code + ": " + detail);
        }
    }

    void commandFailed(String command, String stderr) {
        commandFailures.incrementAndGet();
        sample("exit ≠ 0: " + command + " → " + stderr.strip());
    }

    private void sample(String text) {
        if (samples.size() < ERROR_SAMPLES) {
            samples.add(text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    /** This phase and another, as one. */
    Tally plus(Tally other) {
        Tally sum = new Tally();
        for (Tally part : List.of(this, other)) {
            part.latency.forEach((kind, histogram) -> sum.latency.get(kind).add(histogram));
            sum.commands.add(part.commands);
            sum.answered.addAndGet(part.answered.get());
            sum.limited.addAndGet(part.limited.get());
            sum.errors.addAndGet(part.errors.get());
            sum.commandFailures.addAndGet(part.commandFailures.get());
            part.samples.forEach(sum::sample);
        }
        return sum;
    }

    List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(Percentiles.millis("console command (all)", commands));
        for (Map.Entry<Kind, Histogram> entry : latency.entrySet()) {
            if (entry.getValue().getTotalCount() > 0) {
                lines.add(Percentiles.millis(entry.getKey().label, entry.getValue()));
            }
        }
        lines.add(String.format(java.util.Locale.ROOT, "requests: %d answered, %d errors, %d rate-limited (429); "
                + "commands that failed unexpectedly: %d", answered.get(), errors.get(), limited.get(), commandFailures.get()));
        samples.forEach(sample -> lines.add("  e.g. " + sample));
        return lines;
    }

    static Histogram histogram() {
        return new ConcurrentHistogram(3_600_000_000_000L, 3);
    }
}
