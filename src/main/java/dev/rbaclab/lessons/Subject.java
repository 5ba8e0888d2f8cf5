package dev.rbaclab.lessons;

import java.util.List;

/** Who a check is about: a User (with groups), a Group, or a ServiceAccount. */
public record Subject(String kind, String name, String namespace, List<String> groups) {

    public Subject {
        groups = List.copyOf(groups == null ? List.of() : groups);
        namespace = namespace == null ? "" : namespace;
    }

    public String describe() {
        return kind.equals("ServiceAccount") ? "ServiceAccount " + namespace + "/" + name : kind + " " + name;
    }
}
