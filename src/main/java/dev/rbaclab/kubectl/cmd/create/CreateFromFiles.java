package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.apply.LastApplied;
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
import dev.rbaclab.kubectl.errors.UsageError;
import dev.rbaclab.kubectl.printers.GoValues;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl create -f} (staging/src/k8s.io/kubectl/pkg/cmd/create/create.go RunCreate): every object of the
 * files is POSTed with {@code fieldManager=kubectl-create}; errors carry the file ({@code error when creating
 * "x.yaml": ...}) and do not stop the other objects.
 */
public final class CreateFromFiles implements Command {

    @Override
    public void run(CommandContext context) {
        List<String> filenames = context.flags().list("filename");
        if (!context.args().isEmpty()) {
            throw new UsageError(context.command().path(), "Unexpected args: " + GoValues.list(context.args()));
        }
        if (filenames.isEmpty()) {
            throw new CommandError("must specify one of -f and -k");
        }
        DryRun dryRun = DryRun.parse(context.flags().string("dry-run"));
        ObjectPrinter printer = ObjectPrinter.forOperation(context.flags().string("output"),
                context.flags().bool("show-managed-fields"));
        FieldValidation validation = new FieldValidation(context.client(), context.flags().string("validate"));
        List<KubectlError> errors = new ArrayList<>();
        for (ManifestInfos.Entry entry : ManifestInfos.read(context, filenames, validation)) {
            if (entry.error() != null) {
                errors.add(entry.error());
                continue;
            }
            ManifestInfo info = entry.info();
            try {
                ObjectNode object = context.flags().bool("save-config") ? LastApplied.annotated(info.object()) : info.object();
                ObjectNode created = object;
                if (dryRun != DryRun.CLIENT) {
                    Request request = new Request("POST", info.collectionPath(), java.util.Map.of(), Request.JSON, null,
                            null, info.mapping().resource(), null).withBody(Request.JSON, dev.rbaclab.kubectl.printers.GoJson.compact(object));
                    if (dryRun == DryRun.SERVER) {
                        request = request.withQuery("dryRun", "All");
                    }
                    request = request.withQuery("fieldManager", context.flags().string("field-manager"))
                            .withQuery("fieldValidation", validation.directive());
                    created = context.client().send(request).object();
                }
                context.out().print(printer.print(created, "created" + dryRun.suffix()));
            } catch (KubectlError e) {
                errors.add(SourceErrors.add("creating", info.source(), e));
            }
        }
        KubectlError aggregate = AggregateError.of(errors);
        if (aggregate != null) {
            throw aggregate;
        }
    }
}
