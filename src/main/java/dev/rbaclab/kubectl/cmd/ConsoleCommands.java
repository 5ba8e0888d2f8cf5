package dev.rbaclab.kubectl.cmd;

import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cli.CommandLine;
import dev.rbaclab.kubectl.cli.CommandNode;
import dev.rbaclab.kubectl.cmd.apply.ApplyCommand;
import dev.rbaclab.kubectl.cmd.auth.CanICommand;
import dev.rbaclab.kubectl.cmd.auth.WhoAmICommand;
import dev.rbaclab.kubectl.cmd.config.CurrentContextCommand;
import dev.rbaclab.kubectl.cmd.config.DeleteEntryCommand;
import dev.rbaclab.kubectl.cmd.config.GetContextsCommand;
import dev.rbaclab.kubectl.cmd.config.ListNamesCommand;
import dev.rbaclab.kubectl.cmd.config.RenameContextCommand;
import dev.rbaclab.kubectl.cmd.config.SetContextCommand;
import dev.rbaclab.kubectl.cmd.config.SetCredentialsCommand;
import dev.rbaclab.kubectl.cmd.config.UseContextCommand;
import dev.rbaclab.kubectl.cmd.config.ViewCommand;
import dev.rbaclab.kubectl.cmd.console.ExplainCommand;
import dev.rbaclab.kubectl.cmd.console.ProxyCommand;
import dev.rbaclab.kubectl.cmd.create.CreateBinding;
import dev.rbaclab.kubectl.cmd.create.CreateClusterRole;
import dev.rbaclab.kubectl.cmd.create.CreateConfigMap;
import dev.rbaclab.kubectl.cmd.create.CreateFromFiles;
import dev.rbaclab.kubectl.cmd.create.CreateNamespace;
import dev.rbaclab.kubectl.cmd.create.CreateRole;
import dev.rbaclab.kubectl.cmd.create.CreateSecret;
import dev.rbaclab.kubectl.cmd.create.CreateServiceAccount;
import dev.rbaclab.kubectl.cmd.create.CreateToken;
import dev.rbaclab.kubectl.cmd.delete.DeleteCommand;
import dev.rbaclab.kubectl.cmd.describe.DescribeCommand;
import dev.rbaclab.kubectl.cmd.edit.EditCommand;
import dev.rbaclab.kubectl.cmd.get.GetCommand;
import dev.rbaclab.kubectl.cmd.info.ApiResourcesCommand;
import dev.rbaclab.kubectl.cmd.info.ApiVersionsCommand;
import dev.rbaclab.kubectl.cmd.info.ClusterInfoCommand;
import dev.rbaclab.kubectl.cmd.metadata.MetadataCommand;
import dev.rbaclab.kubectl.cmd.metadata.MetadataKind;
import dev.rbaclab.kubectl.cmd.patch.PatchCommand;
import dev.rbaclab.kubectl.cmd.pods.ExecCommand;
import dev.rbaclab.kubectl.cmd.pods.LogsCommand;
import dev.rbaclab.kubectl.cmd.run.RunCommand;
import dev.rbaclab.kubectl.cmd.version.VersionCommand;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.ExitError;
import dev.rbaclab.kubectl.errors.UsageError;

/** The commands of the console and how a parsed command line reaches one. */
public final class ConsoleCommands {

    private ConsoleCommands() {
    }

    public static Commands all() {
        return new Commands()
                .register("get", new GetCommand())
                .register("describe", new DescribeCommand())
                .register("create", new CreateFromFiles())
                .register("apply", new ApplyCommand())
                .register("delete", new DeleteCommand())
                .register("create namespace", new CreateNamespace())
                .register("create serviceaccount", new CreateServiceAccount())
                .register("create secret generic", new CreateSecret(CreateSecret.Type.GENERIC))
                .register("create secret docker-registry", new CreateSecret(CreateSecret.Type.DOCKER_REGISTRY))
                .register("create secret tls", new CreateSecret(CreateSecret.Type.TLS))
                .register("create configmap", new CreateConfigMap())
                .register("create role", new CreateRole())
                .register("create clusterrole", new CreateClusterRole())
                .register("create rolebinding", new CreateBinding(false))
                .register("create clusterrolebinding", new CreateBinding(true))
                .register("create token", new CreateToken())
                .register("run", new RunCommand())
                .register("auth can-i", new CanICommand())
                .register("auth whoami", new WhoAmICommand())
                .register("api-resources", new ApiResourcesCommand())
                .register("api-versions", new ApiVersionsCommand())
                .register("cluster-info", new ClusterInfoCommand())
                .register("config current-context", new CurrentContextCommand())
                .register("config use-context", new UseContextCommand())
                .register("config get-contexts", new GetContextsCommand())
                .register("config set-context", new SetContextCommand())
                .register("config rename-context", new RenameContextCommand())
                .register("config delete-context", new DeleteEntryCommand(DeleteEntryCommand.Entry.CONTEXT))
                .register("config delete-user", new DeleteEntryCommand(DeleteEntryCommand.Entry.USER))
                .register("config delete-cluster", new DeleteEntryCommand(DeleteEntryCommand.Entry.CLUSTER))
                .register("config get-users", new ListNamesCommand(true))
                .register("config get-clusters", new ListNamesCommand(false))
                .register("config set-credentials", new SetCredentialsCommand())
                .register("config view", new ViewCommand())
                .register("patch", new PatchCommand())
                .register("label", new MetadataCommand(MetadataKind.LABEL))
                .register("annotate", new MetadataCommand(MetadataKind.ANNOTATION))
                .register("logs", new LogsCommand())
                .register("exec", new ExecCommand())
                .register("edit", new EditCommand())
                .register("explain", new ExplainCommand())
                .register("proxy", new ProxyCommand())
                .register("version", new VersionCommand());
    }

    public static void dispatch(Commands commands, CommandLine.Parsed parsed, CommandContext context) {
        CommandNode node = parsed.command();
        if (parsed.helpRequested() || node.key().equals("help") || node.parent() == null) {
            context.out().print(String.format(ConsoleMessages.HELP_POINTER, node.summary(), node.path()));
            return;
        }
        if (!node.isRunnable()) {
            // cmdutil.DefaultSubCommandRun: no arguments allowed, the help goes to stderr, exit 1
            if (!context.args().isEmpty()) {
                throw new UsageError(node.path(), "unknown command \"" + String.join(" ", context.args()) + "\"");
            }
            context.out().printErr(GroupHelp.of(node));
            throw new ExitError(1, "");
        }
        Command command = commands.find(node.key()).orElseThrow(
                () -> new CommandError(String.format(ConsoleMessages.NOT_IN_CONSOLE, node.key())));
        command.run(context);
    }
}
