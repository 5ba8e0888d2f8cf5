package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;

/** {@code kubectl config current-context} (staging/src/k8s.io/kubectl/pkg/cmd/config/current_context.go). */
public final class CurrentContextCommand implements Command {

    @Override
    public void run(CommandContext context) {
        String current = context.kubeconfig().currentContext();
        if (current.isEmpty()) {
            throw new CommandError("current-context is not set");
        }
        context.out().print(current + "\n");
    }
}
