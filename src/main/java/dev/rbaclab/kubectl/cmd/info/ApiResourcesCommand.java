package dev.rbaclab.kubectl.cmd.info;

import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.errors.UsageError;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.TabWriter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code kubectl api-resources} (staging/src/k8s.io/kubectl/pkg/cmd/apiresources/apiresources.go): fresh discovery
 * (unless {@code --cached}), preferred versions, resources with verbs only, filtered, sorted by group (or
 * {@code --sort-by}) then name.
 */
public final class ApiResourcesCommand implements Command {

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        if (!context.args().isEmpty()) {
            throw new UsageError(context.command().path(), "unexpected arguments: " + GoValues.list(context.args()));
        }
        String output = flags.string("output");
        if (!List.of("", "wide", "name").contains(output)) {
            throw new CommandError("--output " + output + " is not available");
        }
        String sortBy = flags.string("sort-by");
        if (!List.of("", "name", "kind").contains(sortBy)) {
            throw new CommandError("--sort-by accepts only name or kind");
        }
        if (!flags.bool("cached")) {
            context.discovery().invalidate();
        }
        List<ResourceMapping> resources = new ArrayList<>();
        for (ResourceMapping r : context.mapper().preferredResources()) {
            if (r.verbs().isEmpty()) {
                continue;
            }
            if (flags.changed("api-group") && !flags.string("api-group").equals(r.group())) {
                continue;
            }
            if (flags.changed("namespaced") && flags.bool("namespaced") != r.namespaced()) {
                continue;
            }
            if (!r.verbs().containsAll(flags.list("verbs")) || !r.categories().containsAll(flags.list("categories"))) {
                continue;
            }
            resources.add(r);
        }
        Comparator<ResourceMapping> primary = switch (sortBy) {
            case "name" -> Comparator.comparing(ResourceMapping::resource);
            case "kind" -> Comparator.comparing(ResourceMapping::kind);
            default -> Comparator.comparing(ResourceMapping::group);
        };
        resources.sort(primary.thenComparing(ResourceMapping::resource));
        StringBuilder out = new StringBuilder();
        TabWriter w = TabWriter.forTables(out);
        if (!flags.bool("no-headers") && !output.equals("name")) {
            w.write(output.equals("wide") ? "NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\tVERBS\tCATEGORIES\n"
                    : "NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\n");
        }
        for (ResourceMapping r : resources) {
            String shortNames = String.join(",", r.shortNames());
            switch (output) {
                case "name" -> w.write(r.resource() + (r.group().isEmpty() ? "" : "." + r.group()) + "\n");
                case "wide" -> w.write(r.resource() + "\t" + shortNames + "\t" + r.groupVersion() + "\t" + r.namespaced()
                        + "\t" + r.kind() + "\t" + String.join(",", r.verbs()) + "\t" + String.join(",", r.categories()) + "\n");
                default -> w.write(r.resource() + "\t" + shortNames + "\t" + r.groupVersion() + "\t" + r.namespaced()
                        + "\t" + r.kind() + "\n");
            }
        }
        w.flush();
        context.out().print(out.toString());
    }
}
