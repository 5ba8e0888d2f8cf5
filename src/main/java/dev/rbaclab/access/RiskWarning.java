package dev.rbaclab.access;

import java.util.List;

/**
 * A risky grant: the message key that explains it (messages {@code risk.<key>}), how bad it is, the object it is
 * on, and the facts the message names.
 */
public record RiskWarning(String key, Severity severity, String kind, String namespace, String name, List<String> args) {

    /** High: a path to cluster admin or to everyone; medium: more than a workload usually needs. */
    public enum Severity { HIGH, MEDIUM }

    public RiskWarning {
        args = List.copyOf(args);
    }

    public String object() {
        return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
