package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.UsageError;

/**
 * {@code kubectl config delete-context|delete-user|delete-cluster NAME} (delete_context.go, delete_user.go,
 * delete_cluster.go in staging/src/k8s.io/kubectl/pkg/cmd/config). Deleting the current context leaves
 * current-context pointing at it, with a warning, as kubectl does.
 */
public final class DeleteEntryCommand implements Command {

    /** Which kind of kubeconfig entry the command deletes. */
    public enum Entry { CONTEXT, USER, CLUSTER }

    private final Entry entry;

    public DeleteEntryCommand(Entry entry) {
        this.entry = entry;
    }

    @Override
    public void run(CommandContext context) {
        if (context.args().size() != 1) {
            if (entry == Entry.USER) {
                throw new UsageError(context.command().path(), "user to delete is required");
            }
            // delete-context and delete-cluster print their help and succeed
            HelpError.printHelp(context);
            return;
        }
        String name = context.args().get(0);
        KubeconfigState config = context.kubeconfig();
        String noun = entry.name().toLowerCase(java.util.Locale.ROOT);
        boolean exists = switch (entry) {
            case CONTEXT -> config.context(name).isPresent();
            case USER -> config.user(name).isPresent();
            case CLUSTER -> config.cluster(name).isPresent();
        };
        if (!exists) {
            throw new CommandError("cannot delete " + noun + " " + name + ", not in " + ConfigFilePath.get());
        }
        if (entry == Entry.CONTEXT && config.currentContext().equals(name)) {
            context.out().printErr("warning: this removed your active context, use \"kubectl config use-context\" "
                    + "to select a different one\n");
        }
        context.updateKubeconfig(switch (entry) {
            case CONTEXT -> config.withoutContext(name);
            case USER -> config.withoutUser(name);
            case CLUSTER -> config.withoutCluster(name);
        });
        context.out().print("deleted " + noun + " " + name + " from " + ConfigFilePath.get() + "\n");
    }
}
