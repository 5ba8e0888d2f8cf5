package dev.rbaclab.console;

import dev.rbaclab.cluster.pods.shell.Command;
import dev.rbaclab.cluster.pods.shell.Invocation;
import dev.rbaclab.kubectl.CommandResult;
import dev.rbaclab.kubectl.printers.GoYaml;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code kubectl} on the workstation: the console kubectl with the console's kubeconfig, the command's stdin (a pipe
 * or a heredoc, for {@code -f -}) and the workstation's files (for {@code -f pod.yaml}, by absolute or relative path).
 */
final class KubectlCommand implements Command {

    private final ConsoleSession session;

    KubectlCommand(ConsoleSession session) {
        this.session = session;
    }

    @Override
    public int run(Invocation in) {
        // nothing piped or redirected in: stdin is the console's terminal
        dev.rbaclab.kubectl.Invocation invocation = new dev.rbaclab.kubectl.Invocation(in.operands(),
                session.kubeconfig(), in.stdin(), files(in), in.stdin().isEmpty());
        CommandResult result = session.kubectl().run(invocation);
        in.out().append(result.stdout());
        in.err().append(result.stderr());
        if (result.kubeconfig() != null && result.kubeconfigPath() != null) {
            // kubectl config ... --kubeconfig FILE changes that file, not the console's own kubeconfig
            in.shell().writeFile(result.kubeconfigPath(), GoYaml.marshal(result.kubeconfig().toConfigJson(true)));
        } else if (result.kubeconfig() != null) {
            session.kubeconfig(result.kubeconfig());
        }
        if (result.edit() != null) {
            session.pendingEdit(new PendingEdit(result.edit(), invocation));
        }
        return result.exitCode();
    }

    private static Map<String, String> files(Invocation in) {
        Map<String, String> files = new HashMap<>();
        String cwd = in.shell().cwd();
        String prefix = cwd.equals("/") ? "/" : cwd + "/";
        in.shell().readableFiles().forEach((path, content) -> {
            files.put(path, content);
            if (path.startsWith(prefix)) {
                String relative = path.substring(prefix.length());
                files.put(relative, content);
                files.put("./" + relative, content);
            }
            if (path.startsWith(Workstations.HOME + "/")) {
                files.put("~" + path.substring(Workstations.HOME.length()), content);
            }
        });
        return files;
    }
}
