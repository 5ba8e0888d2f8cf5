package dev.rbaclab.kubectl.cmd.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.Fetched;
import dev.rbaclab.kubectl.cmd.resource.Fetcher;
import dev.rbaclab.kubectl.cmd.resource.Lists;
import dev.rbaclab.kubectl.cmd.resource.ObjectPrinter;
import dev.rbaclab.kubectl.cmd.resource.OutputFormat;
import dev.rbaclab.kubectl.cmd.resource.ResourceArgs;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.ExitError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl get} (staging/src/k8s.io/kubectl/pkg/cmd/get/get.go): resolves the arguments, asks for
 * server-side Tables when printing for humans, and prints them like Run does — or, for {@code -o
 * yaml|json|name|jsonpath}, like printGeneric does (several objects become one {@code kind: List}).
 */
public final class GetCommand implements Command {

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        if (flags.changed("raw")) {
            raw(context, flags.string("raw"));
            return;
        }
        List<String> args = context.args();
        if (args.isEmpty() && flags.list("filename").isEmpty()) {
            context.out().printErr("You must specify the type of resource to get. Use \"kubectl api-resources\" "
                    + "for a complete list of supported resources.\n\n");
            throw new ExitError(1, "error: Required resource not specified.\n"
                    + "Use \"kubectl explain <resource>\" for a detailed description of that resource "
                    + "(e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples");
        }
        if (flags.bool("watch") || flags.bool("watch-only")) {
            throw new CommandError(ConsoleMessages.WATCH_NOT_AVAILABLE);
        }
        if (!flags.string("sort-by").isEmpty()) {
            throw new CommandError(String.format(ConsoleMessages.NOT_IN_CONSOLE, "get --sort-by"));
        }
        OutputFormat format = OutputFormat.parse(flags.string("output"));
        boolean allNamespaces = flags.bool("all-namespaces");
        ResourceArgs.Selection selection = ResourceArgs.resolve(context, args, allNamespaces);
        String accept = format.isHuman() ? Request.TABLE : Request.JSON;
        Fetcher fetcher = new Fetcher(context.client(), accept, flags.string("selector"), flags.string("field-selector"));
        List<Fetched> results = fetcher.fetchAll(selection.targets());
        boolean ignoreNotFound = flags.bool("ignore-not-found");
        List<Fetched> infos = new ArrayList<>();
        List<KubectlError> errors = new ArrayList<>();
        for (Fetched result : results) {
            if (!result.failed()) {
                infos.add(result);
            } else if (!(ignoreNotFound && result.error() instanceof StatusError s && s.isNotFound())) {
                errors.add(result.error());
            }
        }
        if (format.isHuman()) {
            new TableOutput(context, format.kind() == OutputFormat.Kind.WIDE, allNamespaces).print(infos, errors,
                    ignoreNotFound);
        } else if (format.kind() == OutputFormat.Kind.CUSTOM_COLUMNS) {
            CustomColumns.print(context, format.template(), objects(infos), flags.bool("no-headers"));
        } else {
            if (selection.singleItemImplied() && !errors.isEmpty()) {
                throw errors.get(0);
            }
            printGeneric(context, format, infos, selection.singleItemImplied());
        }
        KubectlError aggregate = AggregateError.of(errors);
        if (aggregate != null) {
            throw aggregate;
        }
    }

    private static void printGeneric(CommandContext context, OutputFormat format, List<Fetched> infos,
                                     boolean singleItemImplied) {
        List<ObjectNode> objects = objects(infos);
        ObjectPrinter printer = new ObjectPrinter(format, context.flags().bool("show-managed-fields"));
        if (singleItemImplied && objects.size() == 1) {
            context.out().print(printer.print(objects.get(0)));
            return;
        }
        context.out().print(printer.print(Lists.list(objects)));
    }

    /** The builder's Flatten(): list answers become their items. */
    static List<ObjectNode> objects(List<Fetched> infos) {
        List<ObjectNode> objects = new ArrayList<>();
        for (Fetched info : infos) {
            JsonNode body = info.body();
            if (Lists.isList(body)) {
                objects.addAll(Lists.items(body));
            } else {
                objects.add(info.body());
            }
        }
        return objects;
    }

    // --raw: the path as given, printed as the server sent it
    private static void raw(CommandContext context, String path) {
        Request request = new Request("GET", path, java.util.Map.of(), "application/json, */*", null, null, null, null);
        context.out().print(context.client().send(request).text());
    }
}
