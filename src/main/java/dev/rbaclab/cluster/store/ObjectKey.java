package dev.rbaclab.cluster.store;

import dev.rbaclab.cluster.api.GroupResource;

/** Where an object lives: group, resource (plural), namespace ("" for cluster-scoped objects) and name. */
public record ObjectKey(String group, String resource, String namespace, String name) {

    public ObjectKey {
        group = group == null ? "" : group;
        namespace = namespace == null ? "" : namespace;
    }

    public static ObjectKey of(GroupResource resource, String namespace, String name) {
        return new ObjectKey(resource.group(), resource.resource(), namespace, name);
    }

    public GroupResource groupResource() {
        return new GroupResource(group, resource);
    }

    @Override
    public String toString() {
        return groupResource() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
