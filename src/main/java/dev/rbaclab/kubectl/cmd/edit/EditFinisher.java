package dev.rbaclab.kubectl.cmd.edit;

import dev.rbaclab.kubectl.EditSession;
import dev.rbaclab.kubectl.cmd.CommandContext;

/** Placeholder until the edit command lands. */
public final class EditFinisher {

    private EditFinisher() {
    }

    public static void finish(CommandContext context, EditSession session, String edited) {
        throw new UnsupportedOperationException("not yet");
    }
}
