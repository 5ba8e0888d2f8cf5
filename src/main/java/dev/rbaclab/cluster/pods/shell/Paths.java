package dev.rbaclab.cluster.pods.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Path handling of the container's file system. */
final class Paths {

    /** What {@code ls /} shows in a busybox container. */
    static final List<String> ROOT_ENTRIES = List.of("bin", "dev", "etc", "home", "lib", "lib64", "proc", "root", "sys",
            "tmp", "usr", "var");
    static final Set<String> STANDARD_DIRECTORIES = Set.of("/bin", "/dev", "/etc", "/home", "/lib", "/lib64", "/proc",
            "/root", "/sys", "/tmp", "/usr", "/var", "/var/run", "/var/run/secrets");

    private Paths() {
    }

    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** Only /tmp and the home directory take writes; images and mounts are read-only here. */
    static boolean isWritable(String path) {
        return path.startsWith("/tmp/") || path.startsWith("/root/");
    }
}
