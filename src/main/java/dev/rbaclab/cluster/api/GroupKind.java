package dev.rbaclab.cluster.api;

/** A kind qualified by its API group, printed as Kubernetes does: {@code Pod}, {@code Role.rbac.authorization.k8s.io}. */
public record GroupKind(String group, String kind) {

    public GroupKind {
        group = group == null ? "" : group;
        kind = kind == null ? "" : kind;
    }

    @Override
    public String toString() {
        return group.isEmpty() ? kind : kind + "." + group;
    }
}
