package dev.rbaclab;

import dev.rbaclab.cluster.server.ServerVersion;

import java.nio.file.Path;
import java.util.Map;

/**
 * The lab's settings, read from the environment only (the deployable jar has no other configuration):
 * <ul>
 *   <li>{@code LAB_HTTP_PORT} — the web UI (default 7070)</li>
 *   <li>{@code LAB_API_PORT} — the Kubernetes API over HTTPS (default 6443)</li>
 *   <li>{@code LAB_DB_URL} — JDBC URL (default: an H2 file under {@code db/})</li>
 *   <li>{@code LAB_DATA_DIR} — the CA and server certificate (default {@code data})</li>
 *   <li>{@code LAB_PUBLIC_HOST} — the host name learners' kubectl uses to reach the API (default 127.0.0.1)</li>
 *   <li>{@code LAB_K8S_VERSION} — the version new sandboxes report (default v1.32.4)</li>
 *   <li>{@code LAB_ADMIN_PASSWORD} — the first instructor's password (default: generated and logged once)</li>
 *   <li>{@code LAB_LESSONS_DIR} — read lessons from this directory instead of the jar (for lesson authors)</li>
 * </ul>
 */
public record Config(int httpPort, int apiPort, String dbUrl, Path dataDir, String publicHost,
                     ServerVersion defaultServerVersion, String adminPassword, Path lessonsDir) {

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                Integer.parseInt(env.getOrDefault("LAB_HTTP_PORT", "7070")),
                Integer.parseInt(env.getOrDefault("LAB_API_PORT", "6443")),
                env.getOrDefault("LAB_DB_URL", "jdbc:h2:file:./db/rbaclab"),
                Path.of(env.getOrDefault("LAB_DATA_DIR", "data")),
                env.getOrDefault("LAB_PUBLIC_HOST", "127.0.0.1"),
                ServerVersion.parse(env.getOrDefault("LAB_K8S_VERSION", ServerVersion.DEFAULT.gitVersion())),
                env.get("LAB_ADMIN_PASSWORD"),
                env.containsKey("LAB_LESSONS_DIR") ? Path.of(env.get("LAB_LESSONS_DIR")) : null);
    }

    /** host:port of the API, as discovery's serverAddressByClientCIDRs shows it. */
    public String apiAddress() {
        return publicHost + ":" + apiPort;
    }
}
