package dev.rbaclab.cluster.controllers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.store.ObjectKey;

/** A control loop, told about each change in the sandbox. */
public interface Controller {

    default void created(ControllerContext context, ObjectKey key, ObjectNode object) {
    }

    default void updated(ControllerContext context, ObjectKey key, ObjectNode object, ObjectNode old) {
    }

    default void deleted(ControllerContext context, ObjectKey key, ObjectNode old) {
    }
}
