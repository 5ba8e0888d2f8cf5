package dev.rbaclab.kubectl.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** time.ParseDuration: {@code 10m}, {@code 1h30m}, {@code 1.5h}, {@code 300ms}, {@code 0}. */
public final class GoDurations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    private GoDurations() {
    }

    public static Duration parse(String text) {
        String s = text;
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
        }
        Matcher m = PART.matcher(s);
        double nanos = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            double value = Double.parseDouble(m.group(1));
            nanos += value * switch (m.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1_000;
                case "ms" -> 1_000_000;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            end = m.end();
        }
        if (end != s.length()) {
            if (s.chars().allMatch(Character::isDigit) || s.matches("[0-9.]+")) {
                throw new IllegalArgumentException("time: missing unit in duration \"" + text + "\"");
            }
            throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
        }
        Duration d = Duration.ofNanos((long) nanos);
        return negative ? d.negated() : d;
    }

    /** time.Duration.String(): {@code 1h0m0s}, {@code 10m0s}, {@code 1.5s}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        if (nanos < 0) {
            sb.append('-');
            nanos = -nanos;
        }
        if (nanos < 1_000_000_000L) {
            return sb.append(Duration.ofNanos(nanos).toMillis()).append("ms").toString();
        }
        long hours = nanos / 3_600_000_000_000L;
        nanos %= 3_600_000_000_000L;
        long minutes = nanos / 60_000_000_000L;
        nanos %= 60_000_000_000L;
        double seconds = nanos / 1e9;
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            sb.append(minutes).append('m');
        }
        String s = seconds == Math.floor(seconds) ? Long.toString((long) seconds)
                : new java.math.BigDecimal(Double.toString(seconds)).stripTrailingZeros().toPlainString();
        return sb.append(s).append('s').toString();
    }
}
