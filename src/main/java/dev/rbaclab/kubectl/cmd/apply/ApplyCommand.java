package dev.rbaclab.kubectl.cmd.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.apply.LastApplied;
import dev.rbaclab.kubectl.apply.StrategicMergePatch;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.DryRun;
import dev.rbaclab.kubectl.cmd.resource.FieldValidation;
import dev.rbaclab.kubectl.cmd.resource.ManifestInfo;
import dev.rbaclab.kubectl.cmd.resource.ManifestInfos;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.cmd.resource.OutputFormat;
import dev.rbaclab.kubectl.cmd.resource.SourceErrors;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;
import dev.rbaclab.kubectl.printers.GoJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl apply} (staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go, client-side): GET each object; missing
 * ones are created with the last-applied annotation; existing ones get a three-way strategic merge patch computed
 * here ({@link StrategicMergePatch}) — none when nothing changed ({@code unchanged}). {@code --server-side} sends
 * the file as an apply patch instead.
 */
public final class ApplyCommand implements Command {

    @Override
    public void run(CommandContext context) {
        List<String> filenames = context.flags().list("filename");
        if (filenames.isEmpty()) {
            throw new CommandError("must specify one of -f and -k");
        }
        DryRun dryRun = DryRun.parse(context.flags().string("dry-run"));
        ObjectPrinter printer = ObjectPrinter.forOperation(context.flags().string("output"),
                context.flags().bool("show-managed-fields"));
        FieldValidation validation = new FieldValidation(context.client(), context.flags().string("validate"));
        boolean serverSide = context.flags().bool("server-side");
        List<KubectlError> errors = new ArrayList<>();
        for (ManifestInfos.Entry entry : ManifestInfos.read(context, filenames, validation)) {
            if (entry.error() != null) {
                errors.add(entry.error());
                continue;
            }
            ManifestInfo info = entry.info();
            try {
                if (serverSide) {
                    serverSide(context, info, dryRun, validation, printer);
                } else {
                    clientSide(context, info, dryRun, validation, printer);
                }
            } catch (KubectlError e) {
                errors.add(e);
            }
        }
        KubectlError aggregate = AggregateError.of(errors);
        if (aggregate != null) {
            throw aggregate;
        }
    }

    private static void clientSide(CommandContext context, ManifestInfo info, DryRun dryRun, FieldValidation validation,
                                   ObjectPrinter printer) {
        JsonNode current = current(context, info);
        String fieldManager = context.flags().changed("field-manager") ? context.flags().string("field-manager")
                : "kubectl-client-side-apply";
        if (current == null) {
            ObjectNode object = LastApplied.annotated(info.object());
            ObjectNode created = object;
            if (dryRun != DryRun.CLIENT) {
                try {
                    created = context.client().send(withDryRun(new Request("POST", info.collectionPath(), Map.of(),
                            Request.JSON, null, null, info.mapping().resource(), null)
                            .withBody(Request.JSON, GoJson.compact(object)), dryRun)
                            .withQuery("fieldManager", fieldManager)
                            .withQuery("fieldValidation", validation.directive())).object();
                } catch (KubectlError e) {
                    throw SourceErrors.add("creating", info.source(), e);
                }
            }
            context.out().print(printer.print(created, "created" + dryRun.suffix()));
            return;
        }
        String original = LastApplied.from(current);
        if (original == null) {
            context.out().printErr(String.format("Warning: resource %s/%s is missing the %s annotation which is "
                    + "required by kubectl apply. kubectl apply should only be used on resources created declaratively "
                    + "by either kubectl create --save-config or kubectl apply. The missing annotation will be patched "
                    + "automatically.%n", info.mapping().groupResource(), info.name(), LastApplied.ANNOTATION));
        }
        // kubectl asks for the v2 schema first and falls back to its compiled-in types when there is none
        context.client().exchange(new Request("GET", "/openapi/v2", Map.of(), 
                "application/com.github.proto-openapi.spec.v2@v1.0+protobuf", null, null, null, null));
        ObjectNode modified = LastApplied.annotated(info.object());
        JsonNode originalObject = original == null ? Json.object() : parseOrEmpty(original);
        String patch = StrategicMergePatch.threeWay(originalObject, modified, current, info.mapping().kind());
        if (patch.equals("{}")) {
            context.out().print(printer.print(current, "unchanged"));
            return;
        }
        ObjectNode patched = (ObjectNode) current;
        if (dryRun != DryRun.CLIENT) {
            try {
                patched = context.client().send(withDryRun(new Request("PATCH", info.objectPath(), Map.of(),
                        Request.JSON, null, null, info.mapping().resource(), info.name())
                        .withBody("application/strategic-merge-patch+json", patch), dryRun)
                        .withQuery("fieldManager", fieldManager)
                        .withQuery("fieldValidation", validation.directive())).object();
            } catch (KubectlError e) {
                throw SourceErrors.add("applying patch:\n" + patch + "\nto:\n" + describe(info) + "\nfor:",
                        info.source(), e);
            }
        }
        context.out().print(printer.print(patched, "configured" + dryRun.suffix()));
    }

    private static void serverSide(CommandContext context, ManifestInfo info, DryRun dryRun, FieldValidation validation,
                                   ObjectPrinter printer) {
        String fieldManager = context.flags().changed("field-manager") ? context.flags().string("field-manager") : "kubectl";
        Request request = withDryRun(new Request("PATCH", info.objectPath(), Map.of(), Request.JSON, null, null,
                info.mapping().resource(), info.name())
                .withBody("application/apply-patch+yaml", GoJson.compact(info.object())), dryRun)
                .withQuery("fieldManager", fieldManager)
                .withQuery("fieldValidation", validation.directive())
                .withQuery("force", Boolean.toString(context.flags().bool("force-conflicts")));
        ObjectNode applied;
        try {
            applied = context.client().send(request).object();
        } catch (KubectlError e) {
            throw SourceErrors.add("patching", info.source(), e);
        }
        context.out().print(printer.print(applied, "serverside-applied" + dryRun.suffix()));
    }

    /** The live object, null when it does not exist (Info.Get, with its namespace check). */
    private static JsonNode current(CommandContext context, ManifestInfo info) {
        try {
            return context.client().send(new Request("GET", info.objectPath(), Map.of(), Request.JSON, null, null,
                    info.mapping().resource(), info.name())).json();
        } catch (StatusError e) {
            if (e.isNotFound()) {
                String ns = info.namespace();
                if (!ns.isEmpty() && !ns.equals("default")) {
                    try {
                        context.client().send(new Request("GET", "/api/v1/namespaces/" + ns, Map.of(), Request.JSON,
                                null, null, "namespaces", ns));
                    } catch (StatusError nsError) {
                        if (nsError.isNotFound()) {
                            throw SourceErrors.add("retrieving current configuration of:\n" + describe(info)
                                    + "\nfrom server for:", info.source(), nsError);
                        }
                    }
                }
                return null;
            }
            throw SourceErrors.add("retrieving current configuration of:\n" + describe(info) + "\nfrom server for:",
                    info.source(), e);
        }
    }

    /** resource.Info.String(). */
    private static String describe(ManifestInfo info) {
        return "Resource: \"" + info.mapping().gvrString() + "\", GroupVersionKind: \"" + info.mapping().group() + "/"
                + info.mapping().version() + ", Kind=" + info.mapping().kind() + "\"\nName: \"" + info.name()
                + "\", Namespace: \"" + info.namespace() + "\"";
    }

    private static Request withDryRun(Request request, DryRun dryRun) {
        return dryRun == DryRun.SERVER ? request.withQuery("dryRun", "All") : request;
    }

    private static JsonNode parseOrEmpty(String json) {
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException e) {
            return Json.object();
        }
    }
}
