package dev.rbaclab.bench;

import org.HdrHistogram.Histogram;

import java.util.Locale;

/** Latency figures from an HdrHistogram recorded in nanoseconds, printed in microseconds or milliseconds. */
final class Percentiles {

    private Percentiles() {
    }

    static Histogram histogram() {
        return new Histogram(3_600_000_000_000L, 3);
    }

    static String micros(String label, Histogram h) {
        return String.format(Locale.ROOT, "%-40s n=%-7d p50=%9.1f µs  p90=%9.1f µs  p99=%9.1f µs  p99.9=%9.1f µs  max=%9.1f µs",
                label, h.getTotalCount(), h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3,
                h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
    }

    static String millis(String label, Histogram h) {
        return String.format(Locale.ROOT, "%-40s n=%-7d p50=%8.2f ms  p90=%8.2f ms  p99=%8.2f ms  p99.9=%8.2f ms  max=%8.2f ms",
                label, h.getTotalCount(), h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6);
    }
}
