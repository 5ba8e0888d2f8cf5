package dev.rbaclab.kubectl.cmd.resource;

import dev.rbaclab.kubectl.discovery.ResourceMapping;

/**
 * One thing a command addresses: a named object ({@code name} set) or a list of a resource ({@code name} null),
 * in a namespace ({@code ""} for cluster-scoped resources and for all namespaces).
 */
public record Target(ResourceMapping mapping, String namespace, String name) {

    public boolean isList() {
        return name == null;
    }

    public String path() {
        return isList() ? mapping.collectionPath(namespace) : mapping.objectPath(namespace, name);
    }
}
