package dev.rbaclab.cluster.pods.shell;

/** What one command line printed, its exit status, and whether the shell has exited. */
public record ShellResult(String stdout, String stderr, int status, boolean exited) {
}
