package dev.rbaclab.kubectl.cmd.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.registry.patch.PatchException;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.DryRun;
import dev.rbaclab.kubectl.cmd.resource.LatestObjects;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.GoJson;
import dev.rbaclab.kubectl.printers.GoValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]}
 * (staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go): reads the object, sends the patch (YAML accepted, sent as
 * JSON) with {@code fieldManager=kubectl-patch}, and prints {@code patched} or {@code patched (no change)} after
 * comparing the answer with the object read. kubectl sets the printer's operation after adding the dry-run suffix,
 * so dry runs print no suffix.
 */
public final class PatchCommand implements Command {

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        DryRun dryRun = DryRun.parse(flags.string("dry-run"));
        ObjectPrinter.forOperation(flags.string("output"), false);
        String patchText = flags.string("patch");
        String patchFile = flags.string("patch-file");
        boolean local = flags.bool("local");
        if (!patchText.isEmpty() && !patchFile.isEmpty()) {
            throw new CommandError("cannot specify --patch and --patch-file together");
        }
        if (patchText.isEmpty() && patchFile.isEmpty()) {
            throw new CommandError("must specify --patch or --patch-file containing the contents of the patch");
        }
        if (local && !context.args().isEmpty()) {
            throw new CommandError("cannot specify --local and server resources");
        }
        if (local && dryRun == DryRun.SERVER) {
            throw new CommandError("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
        }
        PatchType type = PatchType.parse(flags.string("type"));
        if (!patchFile.isEmpty()) {
            if (!context.files().exists(patchFile) || context.files().isDirectory(patchFile)) {
                throw new CommandError("unable to read patch file: open " + patchFile + ": no such file or directory");
            }
            patchText = context.files().read(patchFile);
        }
        JsonNode patch = parse(flags.string("patch"), patchText);
        if (context.args().isEmpty() && flags.list("filename").isEmpty()) {
            throw new CommandError("You must provide one or more resources by argument or filename.\n"
                    + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
                    + "   '<resource> <name>'\n   '<resource>'");
        }
        if (context.args().size() == 1 && !context.args().get(0).contains("/") && flags.list("filename").isEmpty()) {
            context.mapper().mappingFor(context.args().get(0).split(",")[0]);
            throw new CommandError("resource(s) were provided, but no name was specified");
        }
        LatestObjects.Visited visited = LatestObjects.visit(context, new LatestObjects.Selection(context.args(),
                flags.list("filename"), false, "", "", false, flags.string("subresource")));
        List<KubectlError> errors = new ArrayList<>(visited.errors());
        for (LatestObjects.Found found : visited.found()) {
            try {
                patchOne(context, found, type, patch, dryRun);
            } catch (KubectlError e) {
                errors.add(e);
            }
        }
        KubectlError aggregate = AggregateError.continueOnError(errors);
        if (aggregate != null) {
            throw aggregate;
        }
        if (visited.found().isEmpty()) {
            throw new CommandError("no objects passed to patch");
        }
    }

    // yaml.ToJSON: the patch may be YAML
    private static JsonNode parse(String given, String text) {
        try {
            JsonNode node = Json.readYaml(text);
            return node == null ? Json.object() : node;
        } catch (IOException e) {
            throw new CommandError("unable to parse " + GoValues.quote(given) + ": " + e.getMessage());
        }
    }

    private static void patchOne(CommandContext context, LatestObjects.Found found, PatchType type, JsonNode patch,
                                 DryRun dryRun) {
        ParsedFlags flags = context.flags();
        JsonNode patched;
        if (!flags.bool("local") && dryRun != DryRun.CLIENT) {
            String subresource = flags.string("subresource");
            String path = found.mapping().objectPath(found.namespace(), found.name())
                    + (subresource.isEmpty() ? "" : "/" + subresource);
            Request request = new Request("PATCH", path, Map.of(), Request.JSON, null, null, found.mapping().resource(),
                    found.name()).withBody(type.contentType(), GoJson.compact(patch))
                    .withQuery("fieldManager", flags.string("field-manager"));
            if (dryRun == DryRun.SERVER) {
                request = request.withQuery("dryRun", "All");
            }
            patched = context.client().send(request).object();
        } else {
            try {
                patched = type.applyLocally(found.object(), patch, found.mapping().kind());
            } catch (PatchException e) {
                throw new CommandError(e.getMessage());
            }
        }
        boolean changed = !found.object().equals(patched);
        String operation = changed ? "patched" : "patched (no change)";
        context.out().print(ObjectPrinter.forOperation(flags.string("output"), flags.bool("show-managed-fields"))
                .print(patched instanceof ObjectNode ? patched : Json.object(), operation));
    }
}
