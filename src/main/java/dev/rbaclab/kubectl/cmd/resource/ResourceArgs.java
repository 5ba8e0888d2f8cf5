package dev.rbaclab.kubectl.cmd.resource;

import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.CommandError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * cli-runtime's Builder.ResourceTypeOrNameArgs and its visitByName / visitByResource / visitBySelector: turns
 * {@code TYPE[,TYPE...] [NAME...]} or {@code TYPE/NAME...} into targets, resolving every type through discovery
 * and checking the namespace rules (source: staging/src/k8s.io/cli-runtime/pkg/resource/builder.go).
 */
public final class ResourceArgs {

    /** The targets and whether a single object was asked for (kubectl then prints it without a List). */
    public record Selection(List<Target> targets, boolean singleItemImplied) {
    }

    private ResourceArgs() {
    }

    /**
     * @param allNamespaces {@code -A}: lists span all namespaces, names are refused
     */
    public static Selection resolve(CommandContext context, List<String> args, boolean allNamespaces) {
        String namespace = allNamespaces ? "" : context.namespace();
        if (hasCombinedTypeArgs(args)) {
            List<Target> targets = new ArrayList<>();
            for (String arg : args) {
                int slash = arg.indexOf('/');
                String type = arg.substring(0, slash);
                String name = arg.substring(slash + 1);
                if (type.isEmpty() || name.isEmpty()) {
                    throw new CommandError("arguments in resource/name form must have a single resource and name");
                }
                ResourceMapping mapping = context.mapper().mappingFor(type);
                targets.add(named(mapping, namespace, name, allNamespaces));
            }
            return new Selection(targets, targets.size() == 1);
        }
        if (args.isEmpty()) {
            return new Selection(List.of(), false);
        }
        List<ResourceMapping> mappings = new ArrayList<>();
        for (String type : splitTypes(args.get(0))) {
            if (type.equals("all")) {
                mappings.addAll(context.mapper().category("all"));
            } else {
                mappings.add(context.mapper().mappingFor(type));
            }
        }
        List<String> names = args.subList(1, args.size());
        List<Target> targets = new ArrayList<>();
        if (names.isEmpty()) {
            for (ResourceMapping mapping : mappings) {
                targets.add(new Target(mapping, mapping.namespaced() ? namespace : "", null));
            }
            return new Selection(targets, false);
        }
        for (ResourceMapping mapping : mappings) {
            for (String name : names) {
                targets.add(named(mapping, namespace, name, allNamespaces));
            }
        }
        return new Selection(targets, names.size() == 1);
    }

    private static Target named(ResourceMapping mapping, String namespace, String name, boolean allNamespaces) {
        if (!mapping.namespaced()) {
            return new Target(mapping, "", name);
        }
        if (namespace.isEmpty()) {
            throw new CommandError(allNamespaces ? "a resource cannot be retrieved by name across all namespaces"
                    : "namespace may not be empty when retrieving a resource by name");
        }
        return new Target(mapping, namespace, name);
    }

    /** SplitResourceArgument: {@code sa,secrets} (empty parts dropped, duplicates kept once). */
    static List<String> splitTypes(String arg) {
        List<String> out = new ArrayList<>();
        for (String part : Arrays.asList(arg.split(","))) {
            if (!part.isEmpty() && !out.contains(part)) {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean hasCombinedTypeArgs(List<String> args) {
        long withSlash = args.stream().filter(a -> a.contains("/")).count();
        if (withSlash > 0 && withSlash != args.size()) {
            throw new CommandError("there is no need to specify a resource type as a separate argument when passing "
                    + "arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of "
                    + "'kubectl get resource resource/<resource_name>'");
        }
        return withSlash > 0;
    }
}
