package dev.rbaclab.console;

import dev.rbaclab.kubectl.EditSession;
import dev.rbaclab.kubectl.Invocation;

/** A {@code kubectl edit} waiting for the learner to save or cancel in the editor pane. */
record PendingEdit(EditSession session, Invocation invocation) {
}
