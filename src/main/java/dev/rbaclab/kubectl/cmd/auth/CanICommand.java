package dev.rbaclab.kubectl.cmd.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.cli.ParsedFlags;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.discovery.DiscoveryFailure;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.KlogLine;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.ExitError;
import dev.rbaclab.kubectl.printers.GoJson;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kubectl auth can-i VERB RESOURCE[/NAME] | VERB /URL} (staging/src/k8s.io/kubectl/pkg/cmd/auth/cani.go):
 * a SelfSubjectAccessReview, {@code yes} (exit 0) or {@code no[ - reason]} (exit 1), with the warnings kubectl
 * gives for unknown resources and verbs and for cluster-scoped resources asked about in a namespace (found with an
 * uncached {@code GET /api/v1}-style discovery of the resource's group-version). {@code --list} is
 * {@link CanIList}.
 */
public final class CanICommand implements Command {

    private static final Set<String> RESOURCE_VERBS = Set.of("get", "list", "watch", "create", "update", "patch",
            "delete", "deletecollection", "use", "bind", "impersonate", "*", "approve", "sign", "escalate", "attest");
    private static final Set<String> NON_RESOURCE_VERBS = Set.of("get", "put", "post", "head", "options", "delete",
            "patch", "*");
    private static final Set<String> NON_STANDARD_RESOURCES = Set.of("users", "groups");

    @Override
    public void run(CommandContext context) {
        ParsedFlags flags = context.flags();
        List<String> args = context.args();
        if (flags.bool("list")) {
            if (!args.isEmpty()) {
                throw new CommandError("list option must be specified with no arguments");
            }
            CanIList.run(context);
            return;
        }
        if (args.size() != 2) {
            throw new CommandError("you must specify two arguments: verb resource or verb resource/resourceName.\n"
                    + "See 'kubectl auth can-i -h' for help and examples.");
        }
        String verb = args.get(0);
        String namespace = flags.bool("all-namespaces") ? "" : context.namespace();
        String subresource = flags.string("subresource");
        ObjectNode review = Json.object();
        review.put("kind", "SelfSubjectAccessReview");
        review.put("apiVersion", "authorization.k8s.io/v1");
        review.putObject("metadata").putNull("creationTimestamp");
        ObjectNode spec = review.putObject("spec");
        if (args.get(1).startsWith("/")) {
            if (!subresource.isEmpty()) {
                throw new CommandError("--subresource can not be used with NonResourceURL");
            }
            if (!NON_RESOURCE_VERBS.contains(verb)) {
                warn(context, "verb '" + verb + "' is not a known verb\n");
            }
            noHeadersCheck(flags);
            spec.putObject("nonResourceAttributes").put("path", args.get(1)).put("verb", verb);
        } else {
            String[] tokens = args.get(1).split("/", 2);
            Resolved resource = resourceFor(context, tokens[0]);
            if (!resource.resource().isEmpty() && !flags.bool("all-namespaces")) {
                namespacedWarning(context, resource);
                if (!RESOURCE_VERBS.contains(verb)) {
                    warn(context, "verb '" + verb + "' is not a known verb\n");
                }
            }
            noHeadersCheck(flags);
            ObjectNode attributes = spec.putObject("resourceAttributes");
            if (!namespace.isEmpty()) {
                attributes.put("namespace", namespace);
            }
            attributes.put("verb", verb);
            if (!resource.group().isEmpty()) {
                attributes.put("group", resource.group());
            }
            attributes.put("resource", resource.resource());
            if (!subresource.isEmpty()) {
                attributes.put("subresource", subresource);
            }
            if (tokens.length > 1 && !tokens[1].isEmpty()) {
                attributes.put("name", tokens[1]);
            }
        }
        review.putObject("status").put("allowed", false);
        JsonNode response = context.client().send(new Request("POST",
                "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", Map.of(), "application/json", null, null,
                "selfsubjectaccessreviews", null).withBody(Request.JSON, GoJson.compact(review))).json();
        JsonNode status = response.path("status");
        boolean allowed = status.path("allowed").asBoolean(false);
        if (!flags.bool("quiet")) {
            if (allowed) {
                context.out().print("yes\n");
            } else {
                StringBuilder no = new StringBuilder("no");
                if (!status.path("reason").asText("").isEmpty()) {
                    no.append(" - ").append(status.path("reason").asText());
                }
                if (!status.path("evaluationError").asText("").isEmpty()) {
                    no.append(" - ").append(status.path("evaluationError").asText());
                }
                context.out().print(no.append('\n').toString());
            }
        }
        if (!allowed) {
            throw new ExitError(1, "");
        }
    }

    private static void noHeadersCheck(ParsedFlags flags) {
        if (flags.bool("no-headers")) {
            throw new CommandError("--no-headers cannot be set without --list specified");
        }
    }

    /** A resolved resource: group, version and resource ({@code resourceFor} of cani.go). */
    private record Resolved(String group, String version, String resource, boolean known) {
    }

    private static Resolved resourceFor(CommandContext context, String arg) {
        if (arg.equals("*")) {
            return new Resolved("", "", "*", false);
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        // DeferredDiscoveryRESTMapper: a miss (or a failure) is retried once with fresh discovery; errors only warn
        Optional<ResourceMapping> mapping = lookup(context, lower);
        if (mapping.isEmpty()) {
            context.discovery().invalidate();
            mapping = lookup(context, lower);
        }
        if (mapping.isPresent()) {
            ResourceMapping m = mapping.get();
            return new Resolved(m.group(), m.version(), m.resource(), true);
        }
        int dot = lower.indexOf('.');
        String resource = dot < 0 ? lower : lower.substring(0, dot);
        String group = dot < 0 ? "" : lower.substring(dot + 1);
        String groupResource = group.isEmpty() ? resource : resource + "." + group;
        if (!NON_STANDARD_RESOURCES.contains(groupResource)) {
            warn(context, group.isEmpty() ? "the server doesn't have a resource type '" + resource + "'\n"
                    : "the server doesn't have a resource type '" + resource + "' in group '" + group + "'\n");
        }
        return new Resolved("", "", arg, false);
    }

    private static Optional<ResourceMapping> lookup(CommandContext context, String arg) {
        try {
            return context.mapper().lookup(arg);
        } catch (DiscoveryFailure e) {
            context.out().printErr(KlogLine.groupListFailure(e.logText()));
            return Optional.empty();
        }
    }

    // isNamespaced: an uncached ServerResourcesForGroupVersion of the resource's group-version
    private static void namespacedWarning(CommandContext context, Resolved resource) {
        if (!resource.known()) {
            return;
        }
        String path = resource.group().isEmpty() ? "/api/" + resource.version()
                : "/apis/" + resource.group() + "/" + resource.version();
        JsonNode list;
        try {
            list = context.client().send(new Request("GET", path, Map.of(), Request.DISCOVERY, null, null, null, null)).json();
        } catch (RuntimeException e) {
            return;
        }
        for (JsonNode r : list.path("resources")) {
            if (r.path("name").asText().equals(resource.resource()) && !r.path("namespaced").asBoolean(true)) {
                warn(context, resource.group().isEmpty()
                        ? "resource '" + resource.resource() + "' is not namespace scoped\n"
                        : "resource '" + resource.resource() + "' is not namespace scoped in group '" + resource.group() + "'\n");
            }
        }
    }

    /** printers.WarningPrinter: {@code Warning: <message>} and a newline (after the message's own). */
    static void warn(CommandContext context, String message) {
        context.out().printErr("Warning: " + message + "\n");
    }
}
