package dev.rbaclab.cluster.pods.shell;

/** A command of the shell; returns its exit status. */
@FunctionalInterface
interface Command {

    int run(Invocation invocation);
}
