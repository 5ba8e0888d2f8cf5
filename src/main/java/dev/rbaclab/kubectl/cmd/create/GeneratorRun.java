package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.apply.LastApplied;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.DryRun;
import dev.rbaclab.kubectl.cmd.resource.FieldValidation;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.UsageError;
import dev.rbaclab.kubectl.printers.GoJson;

import java.util.List;
import java.util.Map;

/**
 * What every {@code kubectl create <kind>} generator does after building its object: the name from the arguments
 * (NameFromCommandArgs), {@code --save-config}, the POST ({@code fieldManager=kubectl-create}, {@code dryRun=All}
 * for a server dry run, nothing for a client one) and the printer ({@code <kind>/<name> created}).
 */
final class GeneratorRun {

    private GeneratorRun() {
    }

    /** NameFromCommandArgs: exactly one name, else a usage error of that command. */
    static String name(CommandContext context) {
        List<String> args = context.args();
        int dash = context.flags().argsLenAtDash();
        int count = dash >= 0 ? dash : args.size();
        if (count != 1) {
            throw new UsageError(context.command().path(), "exactly one NAME is required, got " + count);
        }
        return args.get(0);
    }

    /** The typed object a generator starts from: kind, apiVersion and metadata with a null creationTimestamp. */
    static ObjectNode typed(String apiVersion, String kind, String name, CommandContext context, boolean namespaced) {
        ObjectNode object = Json.object();
        object.put("kind", kind);
        object.put("apiVersion", apiVersion);
        ObjectNode metadata = object.putObject("metadata");
        metadata.put("name", name);
        if (namespaced && context.explicitNamespace()) {
            metadata.put("namespace", context.namespace());
        }
        metadata.putNull("creationTimestamp");
        return object;
    }

    /**
     * Creates (or, for a client dry run, only prints) the object.
     *
     * @param errorPrefix the sentence kubectl wraps server errors in ({@code failed to create serviceaccount}), or
     *                    null when it passes them through
     */
    static void create(CommandContext context, ObjectNode object, String collectionPath, String resource,
                       String errorPrefix, boolean sendsFieldValidation) {
        DryRun dryRun = DryRun.parse(context.flags().string("dry-run"));
        ObjectPrinter printer = ObjectPrinter.forOperation(context.flags().string("output"),
                context.flags().bool("show-managed-fields"));
        ObjectNode toSend = context.flags().bool("save-config") ? LastApplied.annotated(object) : object;
        ObjectNode result = toSend;
        if (dryRun != DryRun.CLIENT) {
            Request request = new Request("POST", collectionPath, Map.of(), "application/json", null, null, resource, null)
                    .withBody(Request.JSON, GoJson.compact(toSend));
            if (dryRun == DryRun.SERVER) {
                request = request.withQuery("dryRun", "All");
            }
            request = request.withQuery("fieldManager", context.flags().string("field-manager"));
            if (sendsFieldValidation) {
                String validate = context.flags().string("validate");
                request = request.withQuery("fieldValidation", new FieldValidation(context.client(), validate).directive());
            }
            try {
                result = context.client().send(request).object();
            } catch (KubectlError e) {
                if (errorPrefix == null) {
                    throw e;
                }
                throw new CommandError(errorPrefix + e.text());
            }
        }
        context.out().print(printer.print(result, "created" + dryRun.suffix(), true));
    }

    /** The collection path of a core resource in the command's namespace. */
    static String corePath(CommandContext context, String resource) {
        return "/api/v1/namespaces/" + context.namespace() + "/" + resource;
    }
}
