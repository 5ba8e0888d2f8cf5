package dev.rbaclab.kubectl.discovery;

import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.errors.CommandError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resource names to mappings as kubectl resolves them: the shortcut expander ({@code sa} → serviceaccounts,
 * unless a resource is really called that), then the priority REST mapper over discovery (plural, singular or
 * kind, any case; core group first, then groups in discovery order, preferred versions first), accepting
 * {@code resource.group} and {@code resource.version.group}. An unknown name refreshes discovery once, then fails
 * with {@code the server doesn't have a resource type "x"} (cli-runtime resource/builder.go mappingFor,
 * client-go restmapper shortcut.go, apimachinery meta/priority.go).
 */
public final class RestMapper {

    private final Discovery discovery;
    private final RestClient client;

    public RestMapper(Discovery discovery, RestClient client) {
        this.discovery = discovery;
        this.client = client;
    }

    /** The mapping of a resource or kind argument ({@code sa}, {@code roles.rbac.authorization.k8s.io}, {@code Pod}). */
    public ResourceMapping mappingFor(String arg) {
        Optional<ResourceMapping> found = find(arg, discovery.groups(client));
        if (found.isEmpty()) {
            // kubectl's cached discovery answers "not found" once with fresh data before giving up
            discovery.invalidate();
            found = find(arg, discovery.groups(client));
        }
        return found.orElseThrow(() -> new CommandError(
                "the server doesn't have a resource type \"" + groupResourceOf(arg).resource() + "\""));
    }

    /** Like {@link #mappingFor} but without the refresh and error: for {@code auth can-i}'s warning path. */
    public Optional<ResourceMapping> lookup(String arg) {
        return find(arg, discovery.groups(client));
    }

    /** All top-level resources, groups in discovery order, preferred version of each group. */
    public List<ResourceMapping> preferredResources() {
        List<ResourceMapping> all = new ArrayList<>();
        for (ApiGroupResources group : discovery.groups(client)) {
            for (ApiGroupResources.VersionResources version : group.versions()) {
                if (version.version().equals(group.preferredVersion())) {
                    version.resources().stream().filter(r -> !r.resource().contains("/")).forEach(all::add);
                }
            }
        }
        return all;
    }

    /** The resources of a category ({@code all}), in discovery order. */
    public List<ResourceMapping> category(String name) {
        return preferredResources().stream().filter(r -> r.categories().contains(name)).toList();
    }

    record GroupResource(String resource, String group) {
    }

    static GroupResource groupResourceOf(String arg) {
        int dot = arg.indexOf('.');
        return dot < 0 ? new GroupResource(arg, "") : new GroupResource(arg.substring(0, dot), arg.substring(dot + 1));
    }

    private static Optional<ResourceMapping> find(String arg, List<ApiGroupResources> groups) {
        // schema.ParseResourceArg: resource.version.group when there are at least two dots
        String[] parts = arg.split("\\.", 3);
        if (parts.length == 3) {
            Optional<ResourceMapping> exact = byResource(expand(new GroupResource(parts[0], parts[2]), groups),
                    parts[1], groups);
            if (exact.isPresent()) {
                return exact;
            }
        }
        Optional<ResourceMapping> byResource = byResource(expand(groupResourceOf(arg), groups), "", groups);
        if (byResource.isPresent()) {
            return byResource;
        }
        return byKind(arg, groups);
    }

    // restmapper shortcutExpander.expandResourceShortcut
    private static GroupResource expand(GroupResource gr, List<ApiGroupResources> groups) {
        for (ApiGroupResources group : groups) {
            if (!gr.group().isEmpty() && !gr.group().equals(group.name())) {
                continue;
            }
            for (ApiGroupResources.VersionResources version : group.versions()) {
                for (ResourceMapping r : version.resources()) {
                    if (gr.resource().equals(r.resource()) || gr.resource().equals(r.singular())) {
                        return gr;
                    }
                }
            }
        }
        for (ResourceMapping r : shortcuts(groups)) {
            for (String shortName : r.shortNames()) {
                if ((gr.group().isEmpty() || gr.group().equals(r.group())) && gr.resource().equals(shortName)) {
                    return new GroupResource(r.resource(), r.group());
                }
            }
        }
        if (!gr.group().isEmpty()) {
            for (ResourceMapping r : shortcuts(groups)) {
                for (String shortName : r.shortNames()) {
                    if (r.group().startsWith(gr.group()) && gr.resource().equals(shortName)) {
                        return new GroupResource(r.resource(), r.group());
                    }
                }
            }
        }
        return gr;
    }

    private static List<ResourceMapping> shortcuts(List<ApiGroupResources> groups) {
        List<ResourceMapping> out = new ArrayList<>();
        for (ApiGroupResources group : groups) {
            for (ApiGroupResources.VersionResources version : group.versions()) {
                if (version.version().equals(group.preferredVersion())) {
                    version.resources().stream().filter(r -> !r.shortNames().isEmpty()).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<ResourceMapping> byResource(GroupResource gr, String version, List<ApiGroupResources> groups) {
        String wanted = gr.resource().toLowerCase(Locale.ROOT);
        for (ApiGroupResources group : groups) {
            if (!gr.group().isEmpty() && !gr.group().equals(group.name())) {
                continue;
            }
            for (ApiGroupResources.VersionResources v : ordered(group)) {
                if (!version.isEmpty() && !version.equals(v.version())) {
                    continue;
                }
                for (ResourceMapping r : v.resources()) {
                    if (r.resource().contains("/")) {
                        continue;
                    }
                    String singular = r.singular().isEmpty() ? r.kind().toLowerCase(Locale.ROOT) : r.singular();
                    if (wanted.equals(r.resource()) || wanted.equals(singular)) {
                        return Optional.of(r);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ResourceMapping> byKind(String arg, List<ApiGroupResources> groups) {
        // schema.ParseKindArg: Kind.version.group or Kind.group
        String[] parts = arg.split("\\.", 3);
        String kind = parts[0];
        String group = parts.length == 1 ? "" : arg.substring(kind.length() + 1);
        String version = "";
        if (parts.length == 3) {
            Optional<ResourceMapping> exact = kindIn(kind, parts[2], parts[1], groups);
            if (exact.isPresent()) {
                return exact;
            }
        }
        return kindIn(kind, group, version, groups);
    }

    private static Optional<ResourceMapping> kindIn(String kind, String group, String version, List<ApiGroupResources> groups) {
        for (ApiGroupResources g : groups) {
            if (!group.equals(g.name())) {
                continue;
            }
            for (ApiGroupResources.VersionResources v : ordered(g)) {
                if (!version.isEmpty() && !version.equals(v.version())) {
                    continue;
                }
                for (ResourceMapping r : v.resources()) {
                    if (!r.resource().contains("/") && r.kind().equals(kind)) {
                        return Optional.of(r);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The preferred version of a group first, then the others in discovery order. */
    private static List<ApiGroupResources.VersionResources> ordered(ApiGroupResources group) {
        List<ApiGroupResources.VersionResources> out = new ArrayList<>();
        group.versions().stream().filter(v -> v.version().equals(group.preferredVersion())).forEach(out::add);
        group.versions().stream().filter(v -> !v.version().equals(group.preferredVersion())).forEach(out::add);
        return out;
    }
}
