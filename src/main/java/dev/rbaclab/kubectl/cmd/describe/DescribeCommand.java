package dev.rbaclab.kubectl.cmd.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.Fetched;
import dev.rbaclab.kubectl.cmd.resource.Fetcher;
import dev.rbaclab.kubectl.cmd.resource.Lists;
import dev.rbaclab.kubectl.cmd.resource.ResourceArgs;
import dev.rbaclab.kubectl.cmd.resource.Target;
import dev.rbaclab.kubectl.describe.DescribeClient;
import dev.rbaclab.kubectl.describe.Describers;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code kubectl describe} (staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go): the builder GETs the objects
 * (JSON), then each describer fetches and prints its kind; descriptions are separated by a blank line. A missing
 * name given as {@code TYPE NAME} describes every object whose name starts with it (DescribeMatchingResources).
 */
public final class DescribeCommand implements Command {

    /** A thing to describe. */
    private record Info(ResourceMapping mapping, String namespace, String name) {
    }

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        List<String> args = context.args();
        if (args.isEmpty() && flags.list("filename").isEmpty()) {
            throw new CommandError("You must specify the type of resource to describe. Use \"kubectl api-resources\" "
                    + "for a complete list of supported resources.");
        }
        boolean allNamespaces = flags.bool("all-namespaces");
        ResourceArgs.Selection selection = ResourceArgs.resolve(context, args, allNamespaces);
        Fetcher fetcher = new Fetcher(context.client(), Request.JSON, flags.string("selector"), "");
        List<Info> infos = new ArrayList<>();
        List<KubectlError> errors = new ArrayList<>();
        for (Fetched fetched : fetcher.fetchAll(selection.targets())) {
            if (fetched.failed()) {
                errors.add(fetched.error());
            } else {
                infos.addAll(infos(fetched));
            }
        }
        DescribeClient client = new DescribeClient(context.client(), flags.bool("show-events"));
        if (errors.size() == 1 && errors.get(0) instanceof StatusError status && status.isNotFound() && args.size() == 2) {
            describeMatching(context, client, status, args.get(0), args.get(1));
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        boolean first = true;
        for (Info info : infos) {
            try {
                String text = Describers.forMapping(info.mapping()).describe(client, info.mapping(), info.namespace(),
                        info.name());
                context.out().print(first ? text : "\n\n" + text);
                first = false;
            } catch (KubectlError e) {
                if (seen.add(e.text())) {
                    errors.add(e);
                }
            }
        }
        if (infos.isEmpty() && errors.isEmpty()) {
            if (allNamespaces) {
                context.out().printErr("No resources found\n");
            } else {
                context.out().printErr("No resources found in " + context.namespace() + " namespace.\n");
            }
        }
        KubectlError aggregate = AggregateError.of(errors);
        if (aggregate != null) {
            throw aggregate;
        }
    }

    private static List<Info> infos(Fetched fetched) {
        Target target = fetched.target();
        List<Info> out = new ArrayList<>();
        List<? extends JsonNode> objects = Lists.isList(fetched.body()) ? Lists.items(fetched.body()) : List.of(fetched.body());
        for (JsonNode object : objects) {
            out.add(new Info(target.mapping(), object.path("metadata").path("namespace").asText(""),
                    object.path("metadata").path("name").asText()));
        }
        return out;
    }

    private static void describeMatching(CommandContext context, DescribeClient client, StatusError original,
                                         String type, String prefix) {
        ResourceMapping mapping = context.mapper().mappingFor(type);
        Target list = new Target(mapping, mapping.namespaced() ? context.namespace() : "", null);
        Fetched fetched = new Fetcher(context.client(), Request.JSON, "", "").fetch(list);
        if (fetched.failed()) {
            throw fetched.error();
        }
        boolean found = false;
        for (Info info : infos(fetched)) {
            if (info.name().startsWith(prefix)) {
                found = true;
                context.out().print(Describers.forMapping(mapping).describe(client, mapping, info.namespace(), info.name()) + "\n");
            }
        }
        if (!found) {
            throw original;
        }
    }
}
