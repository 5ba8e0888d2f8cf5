package dev.rbaclab.cluster.controllers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.store.ObjectKey;

import java.util.List;

/** All controllers, told in order. */
public final class Controllers implements Controller {

    private final List<Controller> controllers;

    public Controllers(List<Controller> controllers) {
        this.controllers = List.copyOf(controllers);
    }

    public static Controllers none() {
        return new Controllers(List.of());
    }

    @Override
    public void created(ControllerContext context, ObjectKey key, ObjectNode object) {
        controllers.forEach(c -> c.created(context, key, object));
    }

    @Override
    public void updated(ControllerContext context, ObjectKey key, ObjectNode object, ObjectNode old) {
        controllers.forEach(c -> c.updated(context, key, object, old));
    }

    @Override
    public void deleted(ControllerContext context, ObjectKey key, ObjectNode old) {
        controllers.forEach(c -> c.deleted(context, key, old));
    }
}
