package dev.rbaclab.kubectl.cmd.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.apply.MergePatchDiff;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.DryRun;
import dev.rbaclab.kubectl.cmd.resource.LatestObjects;
import dev.rbaclab.kubectl.cmd.resource.ManifestInfo;
import dev.rbaclab.kubectl.cmd.resource.ManifestInfos;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.GoJson;
import dev.rbaclab.kubectl.printers.GoValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kubectl label} and {@code kubectl annotate} (staging/src/k8s.io/kubectl/pkg/cmd/label/label.go,
 * annotate/annotate.go): read each object, change its labels or annotations locally, send the difference as a JSON
 * merge patch, print {@code kind/name labeled|unlabeled|not labeled} or {@code annotated}.
 */
public final class MetadataCommand implements Command {

    private final MetadataKind kind;

    public MetadataCommand(MetadataKind kind) {
        this.kind = kind;
    }

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        String output = flags.string("output");
        DryRun dryRun = DryRun.parse(flags.string("dry-run"));
        ObjectPrinter.forOperation(output, false);
        boolean list = flags.bool("list");
        Pairs pairs;
        if (kind == MetadataKind.LABEL) {
            pairs = Pairs.split(context.args(), "label");
            listWithOutputCheck(list, output);
        } else {
            listWithOutputCheck(list, output);
            pairs = Pairs.split(context.args(), "annotation");
        }
        validate(context, pairs, dryRun);
        LatestObjects.Visited visited = visit(context, pairs);
        if (!visited.singleItemImplied() && !flags.string("resource-version").isEmpty()) {
            throw new CommandError("--resource-version may only be used with a single resource");
        }
        List<KubectlError> errors = new ArrayList<>(visited.errors());
        for (LatestObjects.Found found : visited.found()) {
            try {
                change(context, found, pairs, dryRun, visited.singleItemImplied());
            } catch (KubectlError e) {
                errors.add(e);
            }
        }
        KubectlError aggregate = AggregateError.continueOnError(errors);
        if (aggregate != null) {
            throw aggregate;
        }
    }

    private static void listWithOutputCheck(boolean list, String output) {
        if (list && !output.isEmpty()) {
            throw new CommandError("--list and --output may not be specified together");
        }
    }

    private void validate(CommandContext context, Pairs pairs, DryRun dryRun) {
        ParsedFlags flags = context.flags();
        List<String> filenames = flags.list("filename");
        if (flags.bool("all") && !flags.string("selector").isEmpty()) {
            throw new CommandError("cannot set --all and --selector at the same time");
        }
        if (flags.bool("all") && !flags.string("field-selector").isEmpty()) {
            throw new CommandError("cannot set --all and --field-selector at the same time");
        }
        String file = kind == MetadataKind.LABEL ? "pod" : "rsrc";
        if (flags.bool("local")) {
            if (dryRun == DryRun.SERVER) {
                throw new CommandError("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
            }
            if (!pairs.resources().isEmpty()) {
                throw new CommandError("can only use local files by -f " + file + ".yaml or --filename=" + file
                        + ".json when --local=true is set");
            }
            if (filenames.isEmpty()) {
                throw new CommandError("one or more files must be specified as -f " + file + ".yaml or --filename="
                        + file + ".json");
            }
        } else if (pairs.resources().isEmpty() && filenames.isEmpty()) {
            throw new CommandError("one or more resources must be specified as <resource> <name> or <resource>/<name>");
        }
        if (pairs.added().isEmpty() && pairs.removed().isEmpty() && !flags.bool("list")) {
            throw new CommandError("at least one " + kind.noun() + " update is required");
        }
        if (kind == MetadataKind.ANNOTATION) {
            List<String> both = pairs.removed().stream().filter(pairs.added()::containsKey).toList();
            if (!both.isEmpty()) {
                throw new CommandError("can not both modify and remove the following annotation(s) in the same "
                        + "command: " + String.join(", ", both));
            }
        }
    }

    private static LatestObjects.Visited visit(CommandContext context, Pairs pairs) {
        ParsedFlags flags = context.flags();
        List<String> filenames = flags.list("filename");
        if (flags.bool("local")) {
            List<LatestObjects.Found> found = new ArrayList<>();
            List<KubectlError> errors = new ArrayList<>();
            List<ManifestInfos.Entry> entries = ManifestInfos.read(context, filenames);
            for (ManifestInfos.Entry entry : entries) {
                if (entry.error() != null) {
                    errors.add(entry.error());
                } else {
                    ManifestInfo info = entry.info();
                    found.add(new LatestObjects.Found(info.mapping(), info.namespace(), info.name(), info.object(),
                            info.source()));
                }
            }
            return new LatestObjects.Visited(found, errors, entries.size() == 1);
        }
        boolean selecting = flags.bool("all") || !flags.string("selector").isEmpty()
                || !flags.string("field-selector").isEmpty();
        if (filenames.isEmpty() && !selecting && pairs.resources().size() == 1 && !pairs.resources().get(0).contains("/")) {
            // Builder.ResourceTypeOrNameArgs: a type alone needs --all or a selector
            context.mapper().mappingFor(pairs.resources().get(0).split(",")[0]);
            throw new CommandError("resource(s) were provided, but no name was specified");
        }
        return LatestObjects.visit(context, new LatestObjects.Selection(pairs.resources(), filenames,
                flags.bool("all"), flags.string("selector"), flags.string("field-selector"),
                flags.bool("all-namespaces"), ""));
    }

    private void change(CommandContext context, LatestObjects.Found found, Pairs pairs, DryRun dryRun, boolean single) {
        ParsedFlags flags = context.flags();
        ObjectNode object = found.object();
        String resourceVersion = flags.string("resource-version");
        if (!resourceVersion.isEmpty()) {
            // the resourceVersion must be in the patch: clear it from the starting object
            ((ObjectNode) object.path("metadata")).remove("resourceVersion");
        }
        ObjectNode before = object.deepCopy();
        boolean local = dryRun == DryRun.CLIENT || flags.bool("local") || flags.bool("list");
        if (!local && kind == MetadataKind.LABEL) {
            for (String key : pairs.removed()) {
                if (!object.path("metadata").path("labels").has(key)) {
                    context.out().print("label " + GoValues.quote(key) + " not found.\n");
                }
            }
        }
        MetadataChange.apply(kind, object, pairs, flags.bool("overwrite"), resourceVersion);
        String operation = kind == MetadataKind.LABEL
                ? labelMessage(before, object, flags.bool("overwrite")) : "annotated";
        JsonNode output = object;
        if (!local) {
            ObjectNode patch = MergePatchDiff.between(before, object);
            Request request = new Request("PATCH", found.mapping().objectPath(found.namespace(), found.name()), Map.of(),
                    Request.JSON, null, null, found.mapping().resource(), found.name())
                    .withBody("application/merge-patch+json", GoJson.compact(patch))
                    .withQuery("fieldManager", flags.string("field-manager"));
            if (dryRun == DryRun.SERVER) {
                request = request.withQuery("dryRun", "All");
            }
            output = context.client().send(request).object();
        }
        if (flags.bool("list")) {
            printList(context, found, output, single);
            return;
        }
        // label prints the object it changed locally, annotate the server's answer (label.go / annotate.go)
        JsonNode printed = kind == MetadataKind.LABEL ? object : output;
        context.out().print(ObjectPrinter.forOperation(flags.string("output"), flags.bool("show-managed-fields"))
                .print(printed, operation + dryRun.suffix()));
    }

    // updateDataChangeMsg compares the JSON encodings
    private static String labelMessage(ObjectNode before, ObjectNode after, boolean overwrite) {
        String oldData = GoJson.compact(before);
        String newData = GoJson.compact(after);
        if (oldData.equals(newData)) {
            return "not labeled";
        }
        return !overwrite && newData.length() < oldData.length() ? "unlabeled" : "labeled";
    }

    private void printList(CommandContext context, LatestObjects.Found found, JsonNode object, boolean single) {
        String indent = "";
        StringBuilder out = new StringBuilder();
        if (!single) {
            indent = " ";
            out.append("Listing ").append(kind.plural()).append(" for ").append(object.path("kind").asText()).append('.')
                    .append(found.mapping().group()).append('/').append(found.name()).append(":\n");
        }
        // Go ranges over the map in random order; the console sorts
        Map<String, String> values = new TreeMap<>();
        object.path("metadata").path(kind.field()).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        for (Map.Entry<String, String> e : values.entrySet()) {
            out.append(indent).append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        context.out().print(out.toString());
    }
}
