package dev.rbaclab.kubectl.cmd.console;

import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;

/**
 * {@code kubectl proxy} (staging/src/k8s.io/kubectl/pkg/cmd/proxy/proxy.go): serving a port until interrupted is
 * the lab's business, behind {@link dev.rbaclab.kubectl.KubectlProxy}; the console prints the line it returns
 * ("Starting to serve on 127.0.0.1:8001").
 */
public final class ProxyCommand implements Command {

    @Override
    public void run(CommandContext context) {
        String line;
        try {
            line = context.proxy().start(context.identity(), context.flags().string("address"),
                    (int) context.flags().integer("port"));
        } catch (UnsupportedOperationException e) {
            throw new CommandError(ConsoleMessages.PROXY_NOT_AVAILABLE);
        }
        context.out().print(line.endsWith("\n") ? line : line + "\n");
    }
}
