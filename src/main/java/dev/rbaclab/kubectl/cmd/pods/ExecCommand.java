package dev.rbaclab.kubectl.cmd.pods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.PodExec;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.ExitError;
import dev.rbaclab.kubectl.errors.UsageError;

import java.util.List;
import java.util.Map;

/**
 * {@code kubectl exec (POD | TYPE/NAME) [-c CONTAINER] -- COMMAND [args...]}
 * (staging/src/k8s.io/kubectl/pkg/cmd/exec/exec.go): reads the pod, picks the container, and opens the exec
 * stream: the console hands the upgrade request kubectl sends ({@code GET .../pods/<pod>/exec?command=...} with
 * the WebSocket upgrade headers) to the {@link PodExec} it was given. The console has no terminal: {@code -it}
 * prints kubectl's "Unable to use a TTY" notice and runs without one.
 */
public final class ExecCommand implements Command {

    private static final Map<String, List<String>> UPGRADE_HEADERS = Map.of(
            "Connection", List.of("Upgrade"),
            "Upgrade", List.of("websocket"),
            "Sec-Websocket-Protocol", List.of("v5.channel.k8s.io, v4.channel.k8s.io, v3.channel.k8s.io, "
                    + "v2.channel.k8s.io, channel.k8s.io"));

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        List<String> args = context.args();
        int dash = flags.argsLenAtDash();
        String resourceName = !args.isEmpty() && dash != 0 ? args.get(0) : "";
        List<String> command = List.of();
        if (dash > -1) {
            command = args.subList(dash, args.size());
        } else if (args.size() > 1) {
            throw new UsageError(context.command().path(),
                    "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead");
        }
        if (resourceName.isEmpty() && flags.list("filename").isEmpty()) {
            throw new CommandError("pod, type/name or --filename must be specified");
        }
        if (command.isEmpty()) {
            throw new CommandError("you must specify at least one command for the container");
        }
        if (!flags.list("filename").isEmpty()) {
            throw new CommandError(String.format(ConsoleMessages.NOT_IN_CONSOLE, "exec -f"));
        }
        ObjectNode pod = PodTarget.podOf(context, PodTarget.read(context, resourceName), "attach to");
        String phase = pod.path("status").path("phase").asText("");
        if (phase.equals("Succeeded") || phase.equals("Failed")) {
            throw new CommandError("cannot exec into a container in a completed pod; current phase is " + phase);
        }
        boolean quiet = flags.bool("quiet");
        String container = flags.string("container");
        if (container.isEmpty()) {
            container = defaultContainer(context, pod, quiet);
        }
        boolean stdin = flags.bool("stdin");
        // StreamOptions.SetupTTY: a TTY only when stdin is the console's terminal; piped input gets kubectl's notice
        boolean tty = stdin && flags.bool("tty") && context.invocation().terminal();
        if (stdin && flags.bool("tty") && !tty && !quiet) {
            context.out().printErr("Unable to use a TTY - input is not a terminal or the right kind of file\n");
        }
        Request request = new Request("GET", "/api/v1/namespaces/" + pod.path("metadata").path("namespace").asText()
                + "/pods/" + pod.path("metadata").path("name").asText() + "/exec", Map.of(), "*/*", null, null, "pods",
                pod.path("metadata").path("name").asText());
        for (String word : command) {
            request = request.withQuery("command", word);
        }
        request = request.withQuery("container", container);
        if (!tty) {
            // with a TTY, stderr travels over stdout: SetupTTY unsets ErrOut (kubectl/pkg/cmd/exec/exec.go)
            request = request.withQuery("stderr", "true");
        }
        if (stdin) {
            request = request.withQuery("stdin", "true");
        }
        request = request.withQuery("stdout", "true");
        if (tty) {
            request = request.withQuery("tty", "true");
        }
        run(context, request, stdin ? context.invocation().stdin() : "");
    }

    // podcmd.FindOrDefaultContainerByName
    private static String defaultContainer(CommandContext context, JsonNode pod, boolean quiet) {
        if (pod.path("spec").path("containers").isEmpty()) {
            throw new CommandError("pod " + pod.path("metadata").path("namespace").asText() + "/"
                    + pod.path("metadata").path("name").asText() + " does not have any containers");
        }
        String annotated = Containers.annotated(pod);
        if (!annotated.isEmpty() && Containers.find(pod, annotated).isPresent()) {
            return annotated;
        }
        return Containers.first(context, pod, quiet);
    }

    private static void run(CommandContext context, Request request, String stdin) {
        RestClient client = context.client();
        ApiRequest upgrade = client.toApiRequest(request, UPGRADE_HEADERS);
        PodExec.Outcome outcome;
        try {
            outcome = context.exec().exec(upgrade, stdin);
        } catch (UnsupportedOperationException e) {
            throw new CommandError(ConsoleMessages.EXEC_NOT_AVAILABLE);
        }
        if (outcome.refused() != null) {
            client.observe(outcome.refused());
            throw RestClient.statusError(request, outcome.refused());
        }
        if (outcome.auditId() != 0) {
            context.auditIds().add(outcome.auditId());
        }
        context.out().print(outcome.stdout());
        context.out().printErr(outcome.stderr());
        if (outcome.exitCode() != 0) {
            throw new ExitError(outcome.exitCode(), "command terminated with exit code " + outcome.exitCode());
        }
    }
}
