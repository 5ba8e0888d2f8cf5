package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.errors.KubectlError;

/** The answer for one target: the object, list or Table, or the error (kubectl continues on errors). */
public record Fetched(Target target, ObjectNode body, KubectlError error) {

    public boolean failed() {
        return error != null;
    }
}
