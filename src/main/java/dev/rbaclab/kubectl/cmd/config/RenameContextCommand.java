package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoValues;

/** {@code kubectl config rename-context OLD NEW} (staging/src/k8s.io/kubectl/pkg/cmd/config/rename_context.go). */
public final class RenameContextCommand implements Command {

    @Override
    public void run(CommandContext context) {
        if (context.args().size() != 2) {
            throw HelpError.of(context, "Unexpected args: " + GoValues.list(context.args()));
        }
        String oldName = context.args().get(0);
        String newName = context.args().get(1);
        if (newName.isEmpty()) {
            throw new CommandError("You must specify a new non-empty context name");
        }
        KubeconfigState config = context.kubeconfig();
        KubeconfigState.Context existing = config.context(oldName).orElseThrow(() -> new CommandError(
                "cannot rename the context " + GoValues.quote(oldName) + ", it's not in " + ConfigFilePath.get()));
        if (config.context(newName).isPresent()) {
            throw new CommandError("cannot rename the context " + GoValues.quote(oldName) + ", the context "
                    + GoValues.quote(newName) + " already exists in " + ConfigFilePath.get());
        }
        KubeconfigState next = config.withoutContext(oldName).withContext(
                new KubeconfigState.Context(newName, existing.cluster(), existing.user(), existing.namespace()));
        if (config.currentContext().equals(oldName)) {
            next = next.withCurrentContext(newName);
        }
        context.updateKubeconfig(next);
        context.out().print("Context " + GoValues.quote(oldName) + " renamed to " + GoValues.quote(newName) + ".\n");
    }
}
