package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoValues;

/**
 * {@code kubectl config set-context [NAME | --current] [--cluster=] [--user=] [--namespace=]}
 * (staging/src/k8s.io/kubectl/pkg/cmd/config/set_context.go): creates or changes a context; only the flags given
 * change it. Its own {@code --namespace} has no {@code -n} shorthand, as in kubectl.
 */
public final class SetContextCommand implements Command {

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        if (context.args().size() > 1) {
            throw HelpError.of(context, "Unexpected args: " + GoValues.list(context.args()));
        }
        String name = context.args().isEmpty() ? "" : context.args().get(0);
        boolean current = flags.bool("current");
        if (name.isEmpty() && !current) {
            throw new CommandError("you must specify a non-empty context name or --current");
        }
        if (!name.isEmpty() && current) {
            throw new CommandError("you cannot specify both a context name and --current");
        }
        KubeconfigState config = context.kubeconfig();
        if (current) {
            if (config.currentContext().isEmpty()) {
                throw new CommandError("no current context is set");
            }
            name = config.currentContext();
        }
        boolean exists = config.context(name).isPresent();
        KubeconfigState.Context entry = config.context(name).orElse(new KubeconfigState.Context(name, "", "", ""));
        entry = new KubeconfigState.Context(name,
                flags.changed("cluster") ? flags.string("cluster") : entry.cluster(),
                flags.changed("user") ? flags.string("user") : entry.user(),
                flags.changed("namespace") ? flags.string("namespace") : entry.namespace());
        context.updateKubeconfig(config.withContext(entry));
        context.out().print("Context " + GoValues.quote(name) + (exists ? " modified.\n" : " created.\n"));
    }
}
