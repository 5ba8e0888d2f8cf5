package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoValues;

/** {@code kubectl config use-context NAME} (staging/src/k8s.io/kubectl/pkg/cmd/config/use_context.go). */
public final class UseContextCommand implements Command {

    @Override
    public void run(CommandContext context) {
        if (context.args().size() != 1) {
            throw HelpError.of(context, "Unexpected args: " + GoValues.list(context.args()));
        }
        String name = context.args().get(0);
        if (name.isEmpty()) {
            throw new CommandError("empty context names are not allowed");
        }
        if (context.kubeconfig().context(name).isEmpty()) {
            throw new CommandError("no context exists with the name: " + GoValues.quote(name));
        }
        context.updateKubeconfig(context.kubeconfig().withCurrentContext(name));
        context.out().print("Switched to context " + GoValues.quote(name) + ".\n");
    }
}
