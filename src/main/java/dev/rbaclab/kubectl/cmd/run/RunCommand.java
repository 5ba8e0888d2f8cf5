package dev.rbaclab.kubectl.cmd.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.DryRun;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.UsageError;
import dev.rbaclab.kubectl.printers.GoJson;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kubectl run NAME --image=IMAGE} (staging/src/k8s.io/kubectl/pkg/cmd/run/run.go and the BasicPod
 * generator): a Pod labelled {@code run=NAME} (or {@code --labels}), one container named like the pod,
 * {@code restartPolicy: Always}, {@code dnsPolicy: ClusterFirst}; {@code --overrides} merged in as a JSON merge
 * patch; POSTed with {@code fieldManager=kubectl-run}. Attaching ({@code -i}, {@code -t}, {@code --rm}) needs a
 * terminal the console does not have.
 */
public final class RunCommand implements Command {

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        List<String> args = context.args();
        if (args.isEmpty()) {
            throw new UsageError("kubectl run", "NAME is required for run");
        }
        String name = args.get(0);
        String image = flags.string("image");
        if (image.isEmpty()) {
            // cobra's required-flag check, reported through checkErr
            throw new CommandError("required flag(s) \"image\" not set");
        }
        if (flags.bool("stdin") || flags.bool("tty") || flags.bool("rm") || flags.bool("attach")) {
            throw new CommandError(ConsoleMessages.INTERACTIVE_NOT_AVAILABLE);
        }
        ObjectNode pod = Json.object();
        pod.put("kind", "Pod");
        pod.put("apiVersion", "v1");
        ObjectNode metadata = pod.putObject("metadata");
        metadata.put("name", name);
        metadata.putNull("creationTimestamp");
        ObjectNode labels = metadata.putObject("labels");
        if (flags.string("labels").isEmpty()) {
            labels.put("run", name);
        } else {
            labels(flags.string("labels")).forEach(labels::put);
        }
        List<String> annotations = flags.list("annotations");
        if (!annotations.isEmpty()) {
            ObjectNode node = metadata.putObject("annotations");
            for (String annotation : annotations) {
                String[] kv = annotation.split("=", 2);
                node.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        ObjectNode spec = pod.putObject("spec");
        ObjectNode container = spec.putArray("containers").addObject();
        container.put("name", name);
        container.put("image", image);
        List<String> rest = args.subList(1, args.size());
        if (!rest.isEmpty()) {
            container.set(flags.bool("command") ? "command" : "args", Json.arrayOf(rest));
        }
        if (!flags.string("port").isEmpty()) {
            container.putArray("ports").addObject().put("containerPort", Integer.parseInt(flags.string("port")));
        }
        List<String> env = flags.list("env");
        if (!env.isEmpty()) {
            ArrayNode vars = container.putArray("env");
            for (String e : env) {
                String[] kv = e.split("=", 2);
                vars.addObject().put("name", kv[0]).put("value", kv.length > 1 ? kv[1] : "");
            }
        }
        container.putObject("resources");
        if (!flags.string("image-pull-policy").isEmpty()) {
            container.put("imagePullPolicy", flags.string("image-pull-policy"));
        }
        if (flags.bool("privileged")) {
            container.putObject("securityContext").put("privileged", true);
        }
        spec.put("restartPolicy", flags.string("restart").isEmpty() ? "Always" : flags.string("restart"));
        spec.put("dnsPolicy", "ClusterFirst");
        pod.putObject("status");
        if (!flags.string("overrides").isEmpty()) {
            pod = (ObjectNode) mergePatch(pod, parseOverrides(flags.string("overrides")));
        }
        DryRun dryRun = DryRun.parse(flags.string("dry-run"));
        ObjectPrinter printer = ObjectPrinter.forOperation(flags.string("output"), flags.bool("show-managed-fields"));
        ObjectNode result = pod;
        if (dryRun != DryRun.CLIENT) {
            Request request = new Request("POST", "/api/v1/namespaces/" + context.namespace() + "/pods", Map.of(),
                    "application/json, */*", null, null, "pods", null).withBody(Request.JSON, GoJson.compact(pod));
            if (dryRun == DryRun.SERVER) {
                request = request.withQuery("dryRun", "All");
            }
            result = context.client().send(request.withQuery("fieldManager", flags.string("field-manager"))).object();
        }
        context.out().print(printer.print(result, "created" + dryRun.suffix(), dryRun == DryRun.CLIENT));
    }

    private static Map<String, String> labels(String spec) {
        Map<String, String> labels = new TreeMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new CommandError("invalid label spec: " + pair);
            }
            labels.put(kv[0], kv[1]);
        }
        return labels;
    }

    private static JsonNode parseOverrides(String text) {
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandError("error: Invalid JSON Patch");
        }
    }

    /** RFC 7386 JSON merge patch. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : Json.object();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.path(e.getKey()), e.getValue()));
            }
        });
        return result;
    }
}
