package dev.rbaclab.kubectl.errors;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A klog error line as kubectl writes some failures: {@code E1128 19:05:26.123456       1 file.go:72] message}. */
public final class KlogLine {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS");

    private KlogLine() {
    }

    public static String error(String location, String message) {
        return "E" + ZonedDateTime.now(ZoneOffset.UTC).format(TIME) + "       1 " + location + "] " + message;
    }

    /** What memcache.go logs for every failed attempt to read the group list (client-go's cached discovery). */
    public static String groupListFailure(String failure) {
        return error("memcache.go:265", "\"Unhandled Error\" err=\"couldn't get current server API group list: "
                + failure.replace("\"", "\\\"") + "\"") + "\n";
    }
}
