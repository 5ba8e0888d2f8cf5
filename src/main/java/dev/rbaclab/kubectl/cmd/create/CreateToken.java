package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.cmd.resource.OutputFormat;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.GoJson;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl create token SA} (create_token.go): a TokenRequest to {@code serviceaccounts/<name>/token}; prints
 * the token as kubectl does when stdout is not a terminal — without a newline — or the TokenRequest with -o.
 */
public final class CreateToken implements Command {

    private static final Map<String, String> BOUND_KINDS = Map.of("Node", "v1", "Pod", "v1", "Secret", "v1");

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        Duration duration = context.flags().duration("duration");
        List<String> audiences = context.flags().list("audience");
        String boundKind = context.flags().string("bound-object-kind");
        String boundName = context.flags().string("bound-object-name");
        String boundUid = context.flags().string("bound-object-uid");
        if (duration.isNegative()) {
            throw new CommandError("--duration must be greater than or equal to 0");
        }
        if (duration.getNano() != 0) {
            throw new CommandError("--duration cannot be expressed in units less than seconds");
        }
        for (String audience : audiences) {
            if (audience.isEmpty()) {
                throw new CommandError("--audience must not be an empty string");
            }
        }
        if (boundKind.isEmpty()) {
            if (!boundName.isEmpty()) {
                throw new CommandError("--bound-object-name can only be set if --bound-object-kind is provided");
            }
            if (!boundUid.isEmpty()) {
                throw new CommandError("--bound-object-uid can only be set if --bound-object-kind is provided");
            }
        } else {
            if (!BOUND_KINDS.containsKey(boundKind)) {
                throw new CommandError("supported --bound-object-kind values are Node, Pod, Secret");
            }
            if (boundName.isEmpty()) {
                throw new CommandError("--bound-object-name is required if --bound-object-kind is provided");
            }
        }
        ObjectNode request = Json.object();
        request.put("kind", "TokenRequest");
        request.put("apiVersion", "authentication.k8s.io/v1");
        request.putObject("metadata").putNull("creationTimestamp");
        ObjectNode spec = request.putObject("spec");
        if (audiences.isEmpty()) {
            spec.putNull("audiences");
        } else {
            spec.set("audiences", Json.arrayOf(audiences));
        }
        if (duration.getSeconds() > 0) {
            spec.put("expirationSeconds", duration.getSeconds());
        }
        if (boundKind.isEmpty()) {
            spec.putNull("boundObjectRef");
        } else {
            ObjectNode ref = spec.putObject("boundObjectRef");
            ref.put("kind", boundKind).put("apiVersion", BOUND_KINDS.get(boundKind)).put("name", boundName);
            if (!boundUid.isEmpty()) {
                ref.put("uid", boundUid);
            }
        }
        request.putObject("status").put("token", "").putNull("expirationTimestamp");
        String path = "/api/v1/namespaces/" + context.namespace() + "/serviceaccounts/" + name + "/token";
        ObjectNode response;
        try {
            response = context.client().send(new Request("POST", path, Map.of(), "application/json", null, null,
                    "serviceaccounts", name).withBody(Request.JSON, GoJson.compact(request))).object();
        } catch (KubectlError e) {
            throw new CommandError("failed to create token: " + e.text());
        }
        String token = response.path("status").path("token").asText("");
        if (token.isEmpty()) {
            throw new CommandError("failed to create token: no token in server response");
        }
        if (context.flags().changed("output")) {
            OutputFormat format = OutputFormat.parse(context.flags().string("output"),
                    OutputFormat.ALLOWED.replace("wide,", ""), false);
            context.out().print(new ObjectPrinter(format, context.flags().bool("show-managed-fields")).print(response, "", true));
            return;
        }
        context.out().print(token);
    }
}
