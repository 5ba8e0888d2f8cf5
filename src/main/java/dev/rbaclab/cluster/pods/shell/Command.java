package dev.rbaclab.cluster.pods.shell;

/** A command of the shell; returns its exit status. */
@FunctionalInterface
public interface Command {

    int run(Invocation invocation);
}
