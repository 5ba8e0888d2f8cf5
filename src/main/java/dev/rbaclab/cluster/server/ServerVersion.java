package dev.rbaclab.cluster.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes version a sandbox reports at {@code /version}. On the lab machines the kubectl on the PATH is
 * a dispatcher that runs the kubectl of the server's minor version, so this also picks the learner's client.
 */
public record ServerVersion(int major, int minor, int patch) {

    private static final Pattern FORMAT = Pattern.compile("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?$");

    /** The Go release each Kubernetes minor was built with. */
    private static final Map<Integer, String> GO_VERSIONS = Map.of(27, "go1.20.14", 28, "go1.21.13", 29, "go1.21.13",
            30, "go1.22.12", 31, "go1.22.12", 32, "go1.23.8", 33, "go1.24.2");

    public static final ServerVersion DEFAULT = new ServerVersion(1, 32, 4);

    public static ServerVersion parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Kubernetes version: " + text);
        }
        return new ServerVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public String gitVersion() {
        return "v" + major + "." + minor + "." + patch;
    }

    public ObjectNode toJson() {
        ObjectNode version = Json.object();
        version.put("major", Integer.toString(major));
        version.put("minor", Integer.toString(minor));
        version.put("gitVersion", gitVersion());
        version.put("gitCommit", "0000000000000000000000000000000000000000");
        version.put("gitTreeState", "clean");
        version.put("buildDate", "2025-01-01T00:00:00Z");
        version.put("goVersion", GO_VERSIONS.getOrDefault(minor, "go1.23.8"));
        version.put("compiler", "gc");
        version.put("platform", "linux/amd64");
        return version;
    }

    @Override
    public String toString() {
        return gitVersion();
    }
}
