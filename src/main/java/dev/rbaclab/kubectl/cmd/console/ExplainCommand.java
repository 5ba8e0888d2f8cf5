package dev.rbaclab.kubectl.cmd.console;

import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.ExitError;

/**
 * {@code kubectl explain}: kubectl reads the OpenAPI documents, which the lab's server does not serve; the console
 * says so (the argument check is kubectl's, staging/src/k8s.io/kubectl/pkg/cmd/explain/explain.go).
 */
public final class ExplainCommand implements Command {

    @Override
    public void run(CommandContext context) {
        if (context.args().isEmpty()) {
            throw new CommandError("You must specify the type of resource to explain. Use \"kubectl api-resources\" "
                    + "for a complete list of supported resources.\n");
        }
        if (context.args().size() > 1) {
            throw new CommandError("We accept only this format: explain RESOURCE\n");
        }
        throw new ExitError(1, ConsoleMessages.EXPLAIN_NOT_AVAILABLE);
    }
}
