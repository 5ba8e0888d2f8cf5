package dev.rbaclab.cluster.pods.shell;

/** {@code exit}: ends the session with a status. */
final class ShellExit extends RuntimeException {

    private final int status;

    ShellExit(int status) {
        super(null, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
