package dev.rbaclab.cluster.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** Reads one sandbox's view of the cluster: its own objects over the shared defaults. */
public interface ObjectReader {

    /** A private copy of the object; callers may change it. */
    Optional<ObjectNode> get(ObjectKey key);

    /**
     * The objects of one resource, ordered by namespace and name (as etcd keys are).
     * {@code namespace} "" lists every namespace (or the cluster-scoped objects).
     */
    List<ObjectNode> list(String group, String resource, String namespace);

    /** The keys of every object in a namespace, of any resource (what deleting the namespace removes). */
    List<ObjectKey> keysInNamespace(String namespace);

    /** The sandbox's current resourceVersion, as a list's metadata.resourceVersion reports it. */
    long resourceVersion();
}
