package dev.rbaclab.console;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.pods.ExecOutput;
import dev.rbaclab.cluster.pods.ExecSession;
import dev.rbaclab.cluster.pods.PodRuntime;
import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.kubectl.PodExec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code kubectl exec} from the console. The upgrade request is authorized by the pipeline like the real kubectl's
 * ({@code create pods/exec}); then the command runs in the pod's simulated shell. An interactive shell
 * ({@code -it ... -- sh}) does not end here: the console moves into it until the learner types {@code exit}.
 */
public final class ConsolePodExec implements PodExec {

    private static final Set<String> SHELLS = Set.of("sh", "/bin/sh", "ash", "/bin/ash", "bash", "/bin/bash");

    private final ApiServer apiServer;
    private final PodRuntime pods;
    private final ConsoleSession session;

    ConsolePodExec(ApiServer apiServer, PodRuntime pods, ConsoleSession session) {
        this.apiServer = apiServer;
        this.pods = pods;
        this.session = session;
    }

    /** Exec without a console to move into: an interactive shell runs like {@code sh} with no input. */
    public static PodExec commandsOnly(ApiServer apiServer, PodRuntime pods) {
        return new ConsolePodExec(apiServer, pods, null);
    }

    @Override
    public Outcome exec(ApiRequest upgrade, String stdin) {
        ApiServer.ConnectResult connect = apiServer.tryConnect(upgrade);
        if (connect.refusal() != null) {
            return Outcome.refused(connect.refusal());
        }
        ApiServer.Connection connection = connect.connection();
        String namespace = connection.info().namespace();
        String pod = connection.info().name();
        String container = upgrade.queryParam("container");
        Shell shell;
        try {
            shell = pods.open(connection.sandbox(), namespace, pod, container);
        } catch (ApiException e) {
            return Outcome.refused(ApiResponse.status(e.status()).withAuditId(connection.auditId()));
        }
        List<String> command = upgrade.query().getOrDefault("command", List.of());
        boolean withStdin = "true".equals(upgrade.queryParam("stdin"));
        boolean tty = "true".equals(upgrade.queryParam("tty"));
        if (session != null && withStdin && tty && command.size() == 1 && SHELLS.contains(command.get(0))) {
            session.attach(new Attached(shell, namespace, pod, container));
            return Outcome.completed("", "", 0, connection.auditId());
        }
        Collected output = new Collected();
        ExecSession exec = ExecSession.start(shell, command, withStdin, false, output);
        if (withStdin && !exec.finished()) {
            exec.input(stdin.getBytes(StandardCharsets.UTF_8));
            exec.endOfInput();
        }
        if (output.failure != null) {
            // kubectl prints the Status the API server streams when the process cannot start
            return Outcome.completed(output.stdout.toString(), output.stderr + "error: Internal error occurred: "
                    + output.failure + "\n", 1, connection.auditId());
        }
        return Outcome.completed(output.stdout.toString(), output.stderr.toString(), output.status,
                connection.auditId());
    }

    /** An exec session's output, kept whole. */
    private static final class Collected implements ExecOutput {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();
        int status;
        String failure;

        @Override
        public void stdout(String text) {
            stdout.append(text);
        }

        @Override
        public void stderr(String text) {
            stderr.append(text);
        }

        @Override
        public void exit(int exitStatus, String failureMessage) {
            status = exitStatus;
            failure = failureMessage;
        }
    }
}
