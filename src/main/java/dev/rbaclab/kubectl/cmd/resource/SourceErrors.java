package dev.rbaclab.kubectl.cmd.resource;

import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

/** cmdutil.AddSourceToErr: {@code error when creating "sa.yaml": ...}, keeping API errors API errors. */
public final class SourceErrors {

    private SourceErrors() {
    }

    public static KubectlError add(String verb, String source, KubectlError error) {
        if (source == null || source.isEmpty()) {
            return error;
        }
        String prefix = "error when " + verb + " \"" + source + "\": ";
        if (error instanceof StatusError status) {
            return status.withMessage(prefix + status.text());
        }
        return new CommandError(prefix + error.text());
    }
}
