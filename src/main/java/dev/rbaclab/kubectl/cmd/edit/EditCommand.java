package dev.rbaclab.kubectl.cmd.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.EditSession;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.LatestObjects;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.cmd.resource.OutputFormat;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.GoYaml;

/**
 * {@code kubectl edit TYPE NAME} in the console (staging/src/k8s.io/kubectl/pkg/cmd/edit/edit.go): the object is
 * read as kubectl reads it and returned as an {@link EditSession} in {@code CommandResult.edit()}; the UI opens
 * the buffer in its editor and calls {@code Kubectl.finishEdit} on save ({@link EditFinisher}). Only one object at
 * a time, and only YAML.
 */
public final class EditCommand implements Command {

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        String output = flags.string("output");
        if (!output.isEmpty() && !output.equals("yaml")) {
            OutputFormat.parse(output, OutputFormat.ALLOWED.replace("wide,", ""), false);
            throw new CommandError(String.format(ConsoleMessages.NOT_IN_CONSOLE, "edit -o " + output));
        }
        if (context.args().isEmpty() && flags.list("filename").isEmpty()) {
            throw new CommandError("You must provide one or more resources by argument or filename.\n"
                    + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
                    + "   '<resource> <name>'\n   '<resource>'");
        }
        LatestObjects.Visited visited = LatestObjects.visit(context, new LatestObjects.Selection(context.args(),
                flags.list("filename"), false, "", "", false, flags.string("subresource")));
        KubectlError errors = AggregateError.continueOnError(visited.errors());
        if (errors != null) {
            throw errors;
        }
        if (visited.found().isEmpty()) {
            throw new CommandError("edit cancelled, no objects found");
        }
        if (visited.found().size() > 1) {
            throw new CommandError(String.format(ConsoleMessages.NOT_IN_CONSOLE, "edit of several objects at once"));
        }
        LatestObjects.Found found = visited.found().get(0);
        ObjectNode object = found.object();
        if (!flags.bool("show-managed-fields") && object.path("metadata") instanceof ObjectNode metadata) {
            metadata.remove("managedFields");
        }
        String buffer = EditBuffer.of(GoYaml.marshal(object));
        String path = found.mapping().objectPath(found.namespace(), found.name());
        String resource = found.mapping().group().isEmpty() ? found.mapping().resource()
                : found.mapping().resource() + "." + found.mapping().group();
        context.openEditor(new EditSession(buffer, object, path, resource, ObjectPrinter.nameOf(object), false));
    }
}
