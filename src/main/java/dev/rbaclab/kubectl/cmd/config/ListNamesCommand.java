package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.List;

/** {@code kubectl config get-users|get-clusters} (get_users.go, get_clusters.go): {@code NAME} and the sorted names. */
public final class ListNamesCommand implements Command {

    private final boolean users;

    public ListNamesCommand(boolean users) {
        this.users = users;
    }

    @Override
    public void run(CommandContext context) {
        KubeconfigState config = context.kubeconfig();
        List<String> names = users ? config.users().stream().map(KubeconfigState.User::name).toList()
                : config.clusters().stream().map(KubeconfigState.Cluster::name).toList();
        StringBuilder out = new StringBuilder("NAME\n");
        names.forEach(name -> out.append(name).append('\n'));
        context.out().print(out.toString());
    }
}
