package dev.rbaclab.cluster.pods.shell;

import java.util.Set;

/**
 * Where curl in a shell reaches the API server: the host names that resolve to it, its port, and the path prefix
 * that names the sandbox. Inside a pod that is the {@code kubernetes} Service on 443; on the learner's workstation it
 * is the lab's public address with {@code /clusters/<sandbox>}.
 */
public record ApiEndpoint(Set<String> hosts, int port, String pathPrefix) {

    /** The in-cluster names of the API server (the kubernetes Service and its ClusterIP). */
    public static final ApiEndpoint IN_CLUSTER = new ApiEndpoint(Set.of("kubernetes", "kubernetes.default",
            "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", "10.96.0.1"), 443, "");

    public ApiEndpoint {
        hosts = Set.copyOf(hosts);
    }

    public boolean serves(String host, int requestedPort) {
        return hosts.contains(host) && requestedPort == port;
    }

    /** The path inside the sandbox, or null when the path names no path of this sandbox. */
    public String sandboxPath(String path) {
        if (pathPrefix.isEmpty()) {
            return path;
        }
        if (path.equals(pathPrefix)) {
            return "/";
        }
        return path.startsWith(pathPrefix + "/") ? path.substring(pathPrefix.length()) : null;
    }
}
