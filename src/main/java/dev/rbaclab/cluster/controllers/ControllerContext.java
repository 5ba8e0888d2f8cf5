package dev.rbaclab.cluster.controllers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.WriteTransaction;
import dev.rbaclab.explain.Explanation;

import java.time.Instant;
import java.util.UUID;

/**
 * What a controller works with: the sandbox, the open write transaction and the request's explanation. Writes made
 * through it are told to every controller in turn, as a real controller's writes would be seen by the others.
 */
public record ControllerContext(Sandbox sandbox, WriteTransaction tx, Explanation explanation, Instant now,
                                Controller dispatcher) {

    /** Creates an object as the API server would: a fresh uid and creationTimestamp. */
    public ObjectNode create(ObjectKey key, ObjectNode object) {
        ObjectNode metadata = Meta.metadata(object);
        metadata.put("uid", UUID.randomUUID().toString());
        metadata.put("creationTimestamp", Meta.timestamp(now));
        ObjectNode stored = tx.create(key, object);
        dispatcher.created(this, key, stored);
        return stored;
    }

    public ObjectNode update(ObjectKey key, ObjectNode object, ObjectNode old) {
        if (object.equals(old)) {
            return old;
        }
        ObjectNode stored = tx.update(key, object, 0);
        dispatcher.updated(this, key, stored, old);
        return stored;
    }

    public ObjectNode delete(ObjectKey key) {
        ObjectNode old = tx.delete(key);
        dispatcher.deleted(this, key, old);
        return old;
    }
}
