package dev.rbaclab.kubectl.describe;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** time.RFC1123Z as describe prints timestamps: {@code Mon, 02 Jan 2006 15:04:05 -0700}; the zero time when unset. */
final class GoTime {

    private static final DateTimeFormatter RFC1123Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final String ZERO = "Mon, 01 Jan 0001 00:00:00 +0000";

    private GoTime() {
    }

    static String rfc1123z(String rfc3339) {
        if (rfc3339 == null || rfc3339.isEmpty()) {
            return ZERO;
        }
        try {
            return ZonedDateTime.ofInstant(Instant.parse(rfc3339), ZoneOffset.UTC).format(RFC1123Z);
        } catch (RuntimeException e) {
            return ZERO;
        }
    }
}
