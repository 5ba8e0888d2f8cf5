package dev.rbaclab.kubectl.cmd.pods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.StatusError;
import dev.rbaclab.kubectl.errors.UsageError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl logs (POD | TYPE/NAME) [-c CONTAINER]} (staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go): reads
 * the pod, picks the container (polymorphichelpers.logsForObject), then {@code GET .../pods/<pod>/log} as plain
 * text. {@code -f} cannot follow in the console: the logs so far are printed, then a note.
 */
public final class LogsCommand implements Command {

    private static final String USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n"
            + "POD or TYPE/NAME is a required argument for the logs command";

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        List<String> args = context.args();
        String container = flags.string("container");
        String selector = flags.string("selector");
        if (args.isEmpty() && selector.isEmpty() || args.size() > 2) {
            throw new UsageError(context.command().path(), USAGE);
        }
        if (args.size() == 2) {
            if (!container.isEmpty()) {
                throw new CommandError("only one of -c or an inline [CONTAINER] arg is allowed");
            }
            container = args.get(1);
        }
        if (!selector.isEmpty()) {
            throw new CommandError(String.format(ConsoleMessages.NOT_IN_CONSOLE, "logs -l"));
        }
        ObjectNode object;
        try {
            object = PodTarget.read(context, args.get(0));
        } catch (StatusError e) {
            if (e.isNotFound()) {
                throw new CommandError("error from server (NotFound): " + e.text() + " in namespace \""
                        + context.namespace() + "\"");
            }
            throw e;
        }
        ObjectNode pod = PodTarget.podOf(context, object, "get the logs from");
        List<String> containers = new ArrayList<>();
        if (flags.bool("all-containers")) {
            for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
                pod.path("spec").path(list).forEach(c -> containers.add(c.path("name").asText()));
            }
        } else {
            containers.add(chooseContainer(context, pod, container));
        }
        for (String name : containers) {
            String text = fetchLog(context, pod, name);
            String prefix = flags.bool("prefix") ? "[pod/" + pod.path("metadata").path("name").asText() + "/" + name + "] " : "";
            context.out().print(prefix.isEmpty() ? text : text.replaceAll("(?m)^(?=.)", java.util.regex.Matcher.quoteReplacement(prefix)));
        }
        if (flags.bool("follow")) {
            context.out().printErr(ConsoleMessages.FOLLOW_NOT_AVAILABLE + "\n");
        }
    }

    // logsForObject: -c, else the default-container annotation (with a notice when it names no container), else the first
    private static String chooseContainer(CommandContext context, JsonNode pod, String container) {
        String name = container;
        if (name.isEmpty()) {
            String annotated = Containers.annotated(pod);
            if (!annotated.isEmpty()) {
                if (Containers.find(pod, annotated).isPresent()) {
                    name = annotated;
                } else {
                    context.out().printErr("Default container name \"" + annotated + "\" not found in pod "
                            + pod.path("metadata").path("name").asText() + "\n");
                }
            }
        }
        if (name.isEmpty()) {
            name = Containers.first(context, pod, false);
        }
        if (Containers.find(pod, name).isEmpty()) {
            throw new CommandError("container " + name + " is not valid for pod " + pod.path("metadata").path("name").asText());
        }
        return name;
    }

    private static String fetchLog(CommandContext context, JsonNode pod, String container) {
        ParsedFlags flags = context.flags();
        String path = "/api/v1/namespaces/" + pod.path("metadata").path("namespace").asText() + "/pods/"
                + pod.path("metadata").path("name").asText() + "/log";
        Request request = new Request("GET", path, Map.of(), "*/*", null, null, "pods", pod.path("metadata").path("name").asText())
                .withQuery("container", container);
        if (flags.bool("follow")) {
            request = request.withQuery("follow", "true");
        }
        if (flags.bool("previous")) {
            request = request.withQuery("previous", "true");
        }
        if (flags.changed("since")) {
            request = request.withQuery("sinceSeconds", String.valueOf(Math.max(1, flags.duration("since").toSeconds())));
        }
        if (!flags.string("since-time").isEmpty()) {
            request = request.withQuery("sinceTime", flags.string("since-time"));
        }
        if (flags.bool("timestamps")) {
            request = request.withQuery("timestamps", "true");
        }
        if (flags.integer("tail") >= 0) {
            request = request.withQuery("tailLines", String.valueOf(flags.integer("tail")));
        }
        if (flags.integer("limit-bytes") > 0) {
            request = request.withQuery("limitBytes", String.valueOf(flags.integer("limit-bytes")));
        }
        return context.client().send(request).text();
    }
}
