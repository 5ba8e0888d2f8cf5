package dev.rbaclab.cluster.server.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query of a {@code pods/exec} request (PodExecOptions): the command as argv, the container, the streams the
 * client wants and whether it has a terminal. A terminal merges stderr into stdout, so with {@code tty} there is no
 * stderr stream (kubelet remotecommand {@code NewOptions}).
 */
record ExecOptions(List<String> command, String container, boolean stdin, boolean stdout, boolean stderr, boolean tty) {

    /** What Go's strconv.ParseBool calls true. */
    private static final Set<String> TRUE = Set.of("1", "t", "T", "true", "TRUE", "True");

    ExecOptions {
        command = List.copyOf(command);
        stderr = stderr && !tty;
    }

    static ExecOptions of(Map<String, List<String>> query) {
        return new ExecOptions(query.getOrDefault("command", List.of()), first(query, "container"),
                flag(query, "stdin"), flag(query, "stdout"), flag(query, "stderr"), flag(query, "tty"));
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static boolean flag(Map<String, List<String>> query, String name) {
        return TRUE.contains(String.valueOf(first(query, name)));
    }
}
