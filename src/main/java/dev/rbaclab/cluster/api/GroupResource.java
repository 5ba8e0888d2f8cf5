package dev.rbaclab.cluster.api;

/** A resource qualified by its API group, printed as Kubernetes does: {@code pods}, {@code roles.rbac.authorization.k8s.io}. */
public record GroupResource(String group, String resource) {

    public GroupResource {
        group = group == null ? "" : group;
        resource = resource == null ? "" : resource;
    }

    public static GroupResource core(String resource) {
        return new GroupResource("", resource);
    }

    @Override
    public String toString() {
        return group.isEmpty() ? resource : resource + "." + group;
    }
}
