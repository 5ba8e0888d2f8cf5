package dev.rbaclab.kubectl.errors;

/**
 * cmdutil.UsageErrorf: a wrong invocation of a command, with the pointer to its help:
 * {@code error: <msg>\nSee 'kubectl <command> -h' for help and examples}.
 */
public final class UsageError extends KubectlError {

    public UsageError(String commandPath, String message) {
        super(message + "\nSee '" + commandPath + " -h' for help and examples");
    }
}
