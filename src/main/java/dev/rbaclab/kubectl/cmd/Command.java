package dev.rbaclab.kubectl.cmd;

/** One kubectl command: reads its flags from the context, talks to the server, prints. Errors are thrown. */
@FunctionalInterface
public interface Command {

    void run(CommandContext context);
}
