package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;

/** resource.Info for an object from a file: its mapping, the namespace it goes to, its name and source. */
public record ManifestInfo(ResourceMapping mapping, String namespace, String name, String source, ObjectNode object) {

    public ManifestInfo {
        object = object.deepCopy();
    }

    @Override
    public ObjectNode object() {
        return object.deepCopy();
    }

    public String objectPath() {
        return mapping.objectPath(namespace, name);
    }

    public String collectionPath() {
        return mapping.collectionPath(namespace);
    }
}
