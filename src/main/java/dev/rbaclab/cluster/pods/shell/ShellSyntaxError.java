package dev.rbaclab.cluster.pods.shell;

/** A command line the shell cannot parse; busybox sh reports it and exits the command with status 2. */
final class ShellSyntaxError extends RuntimeException {

    ShellSyntaxError(String message) {
        super(message, null, false, false);
    }
}
