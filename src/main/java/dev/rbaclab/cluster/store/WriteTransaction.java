package dev.rbaclab.cluster.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One unit of writes to one sandbox. Writes to a sandbox are serialized, so what this transaction reads stays
 * true until it commits; every write takes the sandbox's next resourceVersion.
 */
public interface WriteTransaction extends ObjectReader {

    /** Stores a new object; fails with AlreadyExists when the key is taken. Returns the stored copy. */
    ObjectNode create(ObjectKey key, ObjectNode object);

    /**
     * Replaces an object. {@code expectedResourceVersion} 0 means "whatever is there"; otherwise a different
     * stored version is a Conflict. Returns the stored copy (with its new resourceVersion).
     */
    ObjectNode update(ObjectKey key, ObjectNode object, long expectedResourceVersion);

    /** Removes an object; returns what was stored. */
    ObjectNode delete(ObjectKey key);
}
