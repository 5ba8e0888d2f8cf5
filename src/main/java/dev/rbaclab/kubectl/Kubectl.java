package dev.rbaclab.kubectl;

import dev.rbaclab.kubectl.cli.CommandLine;
import dev.rbaclab.kubectl.cli.CommandNode;
import dev.rbaclab.kubectl.cli.KubectlCommands;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.Commands;
import dev.rbaclab.kubectl.cmd.ConsoleCommands;
import dev.rbaclab.kubectl.cmd.edit.EditFinisher;
import dev.rbaclab.kubectl.discovery.Discovery;
import dev.rbaclab.kubectl.discovery.DiscoveryFailure;
import dev.rbaclab.kubectl.errors.ErrorPrinter;
import dev.rbaclab.kubectl.errors.KlogLine;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.List;

/**
 * The console's kubectl. One instance per console session: it keeps that session's discovery cache (kubectl's
 * {@code ~/.kube/cache}). {@link #run} takes a command line and the console's kubeconfig, sends the same API
 * requests the real kubectl v1.32 sends through the {@link ApiTransport}, and returns what kubectl would print.
 *
 * <pre>{@code
 * Kubectl kubectl = new Kubectl(apiServer::serve);                 // or with PodExec / KubectlProxy
 * KubeconfigState config = KubeconfigState.parse(sandbox.kubeconfig());
 * CommandResult result = kubectl.run(Invocation.of(config, "get", "sa", "-n", "foo"));
 * if (result.kubeconfig() != null) config = result.kubeconfig();  // after kubectl config ...
 * }</pre>
 */
public final class Kubectl {

    private final ApiTransport transport;
    private final PodExec exec;
    private final KubectlProxy proxy;
    private final Discovery discovery = new Discovery();
    private final CommandNode tree = KubectlCommands.tree();
    private final Commands commands = ConsoleCommands.all();

    public Kubectl(ApiTransport transport) {
        this(transport, PodExec.NONE, KubectlProxy.NONE);
    }

    public Kubectl(ApiTransport transport, PodExec exec, KubectlProxy proxy) {
        this.transport = transport;
        this.exec = exec;
        this.proxy = proxy;
    }

    public CommandResult run(Invocation invocation) {
        CommandLine.Parsed parsed;
        try {
            parsed = CommandLine.parse(tree, invocation.args());
        } catch (KubectlError e) {
            ErrorPrinter.Rendered rendered = ErrorPrinter.render(e);
            return new CommandResult("", rendered.text(), rendered.exitCode(), List.of(), null, null, null);
        }
        CommandContext context = new CommandContext(parsed.command(), parsed.flags(), invocation, transport,
                discovery, exec, proxy);
        int exitCode = 0;
        try {
            context.useKubeconfigFlag();
            ConsoleCommands.dispatch(commands, parsed, context);
        } catch (DiscoveryFailure e) {
            exitCode = renderDiscoveryFailure(context, e);
        } catch (KubectlError e) {
            exitCode = render(context, e);
        }
        return new CommandResult(context.out().stdout().toString(), context.out().stderr().toString(), exitCode,
                context.auditIds(), context.changedKubeconfig(), context.kubeconfigPath(), context.edit());
    }

    /**
     * The second half of {@code kubectl edit}: the learner saved {@code editedBuffer} in the console's editor.
     * Patches the object as kubectl does when its editor closes.
     */
    public CommandResult finishEdit(EditSession session, String editedBuffer, Invocation invocation) {
        CommandLine.Parsed parsed = CommandLine.parse(tree, invocation.args());
        CommandContext context = new CommandContext(parsed.command(), parsed.flags(), invocation, transport,
                discovery, exec, proxy);
        int exitCode = 0;
        EditSession reopened = null;
        try {
            context.useKubeconfigFlag();
            reopened = EditFinisher.finish(context, session, editedBuffer);
            exitCode = reopened == null ? 0 : 1;
        } catch (KubectlError e) {
            exitCode = render(context, e);
        }
        return new CommandResult(context.out().stdout().toString(), context.out().stderr().toString(), exitCode,
                context.auditIds(), context.changedKubeconfig(), context.kubeconfigPath(), reopened);
    }

    private static int render(CommandContext context, KubectlError error) {
        ErrorPrinter.Rendered rendered = ErrorPrinter.render(error);
        context.out().printErr(rendered.text());
        return rendered.exitCode();
    }

    // memcache.go logs every failed attempt to read the group list before kubectl gives up
    private static int renderDiscoveryFailure(CommandContext context, DiscoveryFailure failure) {
        for (int i = 0; i < 5; i++) {
            context.out().printErr(KlogLine.groupListFailure(failure.logText()));
        }
        return render(context, failure.error());
    }
}
