package dev.rbaclab.kubectl.cmd.delete;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.DryRun;
import dev.rbaclab.kubectl.cmd.resource.Fetched;
import dev.rbaclab.kubectl.cmd.resource.Fetcher;
import dev.rbaclab.kubectl.cmd.resource.Lists;
import dev.rbaclab.kubectl.cmd.resource.ManifestInfo;
import dev.rbaclab.kubectl.cmd.resource.ManifestInfos;
import dev.rbaclab.kubectl.cmd.resource.ResourceArgs;
import dev.rbaclab.kubectl.cmd.resource.SourceErrors;
import dev.rbaclab.kubectl.cmd.resource.Target;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl delete} (staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go): DELETE with
 * {@code propagationPolicy: Background}, {@code kind "name" deleted} per object, then the wait for deletion (a GET
 * that answers 404). Names are deleted without being read first; {@code --all} and {@code -l} list first.
 */
public final class DeleteCommand implements Command {

    /** An object to delete and the file it came from (for error messages). */
    private record Victim(ResourceMapping mapping, String namespace, String name, String source) {
    }

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        List<String> args = context.args();
        List<String> filenames = flags.list("filename");
        boolean all = flags.bool("all");
        String selector = flags.string("selector");
        if (flags.changed("raw")) {
            // rawhttp.RawDelete: DELETE on the path as given; the server's answer is printed as it came
            Request request = new Request("DELETE", flags.string("raw"), java.util.Map.of(), "application/json, */*",
                    null, null, null, null);
            context.out().print(context.client().send(request).text());
            return;
        }
        if (args.isEmpty() && filenames.isEmpty()) {
            throw new CommandError("You must provide one or more resources by argument or filename.\n"
                    + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
                    + "   '<resource> <name>'\n   '<resource>'");
        }
        DryRun dryRun = DryRun.parse(flags.string("dry-run"));
        List<KubectlError> errors = new ArrayList<>();
        List<Victim> victims = new ArrayList<>();
        if (!filenames.isEmpty()) {
            for (ManifestInfos.Entry entry : ManifestInfos.read(context, filenames)) {
                if (entry.error() != null) {
                    errors.add(entry.error());
                } else {
                    ManifestInfo info = entry.info();
                    victims.add(new Victim(info.mapping(), info.namespace(), info.name(), info.source()));
                }
            }
        } else {
            boolean allNamespaces = flags.bool("all-namespaces");
            ResourceArgs.Selection selection = ResourceArgs.resolve(context, args, allNamespaces);
            boolean anyList = selection.targets().stream().anyMatch(Target::isList);
            if (anyList && !all && selector.isEmpty() && flags.string("field-selector").isEmpty()) {
                throw new CommandError("resource(s) were provided, but no name was specified");
            }
            Fetcher fetcher = new Fetcher(context.client(), Request.JSON, selector, flags.string("field-selector"));
            for (Target target : selection.targets()) {
                if (!target.isList()) {
                    victims.add(new Victim(target.mapping(), target.namespace(), target.name(), ""));
                    continue;
                }
                Fetched fetched = fetcher.fetch(target);
                if (fetched.failed()) {
                    errors.add(fetched.error());
                    continue;
                }
                for (JsonNode item : Lists.items(fetched.body())) {
                    victims.add(new Victim(target.mapping(), item.path("metadata").path("namespace").asText(""),
                            item.path("metadata").path("name").asText(), ""));
                }
            }
            if (victims.isEmpty() && errors.isEmpty() && anyList) {
                context.out().print("No resources found\n");
                return;
            }
        }
        // --ignore-not-found defaults to true with --all
        boolean ignoreNotFound = flags.bool("ignore-not-found") || (all && !flags.changed("ignore-not-found"));
        List<Victim> deleted = new ArrayList<>();
        for (Victim victim : victims) {
            try {
                delete(context, victim, dryRun);
                deleted.add(victim);
                print(context, victim, dryRun);
            } catch (StatusError e) {
                if (!(ignoreNotFound && e.isNotFound())) {
                    errors.add(SourceErrors.add("deleting", victim.source(), e));
                }
            } catch (KubectlError e) {
                errors.add(SourceErrors.add("deleting", victim.source(), e));
            }
        }
        if (flags.bool("wait") && dryRun == DryRun.NONE) {
            for (Victim victim : deleted) {
                waitForDeletion(context, victim);
            }
        }
        KubectlError aggregate = AggregateError.of(errors);
        if (aggregate != null) {
            throw aggregate;
        }
    }

    private static void delete(CommandContext context, Victim victim, DryRun dryRun) {
        if (dryRun == DryRun.CLIENT) {
            return;
        }
        String policy = context.flags().string("cascade");
        String propagation = switch (policy) {
            case "foreground" -> "Foreground";
            case "orphan", "false" -> "Orphan";
            default -> "Background";
        };
        StringBuilder body = new StringBuilder("{");
        long grace = context.flags().integer("grace-period");
        if (context.flags().bool("now")) {
            grace = 1;
        }
        if (grace >= 0) {
            body.append("\"gracePeriodSeconds\":").append(grace).append(',');
        }
        body.append("\"propagationPolicy\":\"").append(propagation).append("\"}");
        Request request = new Request("DELETE", victim.mapping().objectPath(victim.namespace(), victim.name()), Map.of(),
                Request.JSON, null, null, victim.mapping().resource(), victim.name())
                .withBody(Request.JSON, body.toString());
        if (dryRun == DryRun.SERVER) {
            request = request.withQuery("dryRun", "All");
        }
        context.client().send(request);
    }

    private static void print(CommandContext context, Victim victim, DryRun dryRun) {
        String kind = victim.mapping().nameKind();
        if (context.flags().string("output").equals("name")) {
            context.out().print(kind + "/" + victim.name() + "\n");
            return;
        }
        String operation = context.flags().integer("grace-period") == 0 ? "force deleted" : "deleted";
        context.out().print(kind + " \"" + victim.name() + "\" " + operation + dryRun.suffix() + "\n");
    }

    // cmd/wait IsDeleted: a GET that answers 404 ends the wait at once
    private static void waitForDeletion(CommandContext context, Victim victim) {
        try {
            context.client().send(new Request("GET", victim.mapping().objectPath(victim.namespace(), victim.name()),
                    Map.of(), Request.JSON, null, null, victim.mapping().resource(), victim.name()));
        } catch (KubectlError e) {
            // gone (or unreadable): nothing to wait for
        }
    }
}
