package dev.rbaclab.web;

import dev.rbaclab.access.AccessService;
import dev.rbaclab.access.AccessSubject;
import dev.rbaclab.access.WhoCan;
import dev.rbaclab.cluster.store.Sandbox;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The access views' query parameters: the subject ({@code kind} ServiceAccount | User | Group | Pod with
 * {@code name}, {@code namespace}, {@code groups}; or {@code user=system:serviceaccount:ns:name}), the scope
 * ({@code scope} = a namespace, empty for the cluster), and who-can's request.
 */
record AccessQuery(String kind, String name, String namespace, String groups, String scope) {

    static final int MAX = 253;

    static AccessQuery of(Context ctx) {
        String user = param(ctx, "user");
        if (!user.isEmpty()) {
            AccessSubject subject = AccessSubject.parse(user, groups(param(ctx, "groups")));
            return new AccessQuery(switch (subject.kind()) {
                case SERVICE_ACCOUNT -> "ServiceAccount";
                case GROUP -> "Group";
                case USER -> "User";
            }, subject.name(), subject.namespace(), param(ctx, "groups"), scope(ctx));
        }
        String kind = param(ctx, "kind").isEmpty() ? "ServiceAccount" : param(ctx, "kind");
        String name = param(ctx, "name").isEmpty() && kind.equals("ServiceAccount") ? "default" : param(ctx, "name");
        String namespace = param(ctx, "namespace").isEmpty() ? "default" : param(ctx, "namespace");
        return new AccessQuery(kind, name, namespace, param(ctx, "groups"), scope(ctx));
    }

    private static String scope(Context ctx) {
        String scope = ctx.queryParam("scope");
        return scope == null ? "default" : scope.strip();
    }

    /** The subject, or empty when it cannot be one (no name, unknown kind, a pod that does not exist). */
    Optional<AccessSubject> subject(AccessService access, Sandbox sandbox) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case "ServiceAccount" -> Optional.of(AccessSubject.serviceAccount(namespace, name));
            case "User" -> Optional.of(new AccessSubject(AccessSubject.Kind.USER, name, "", groups(groups)));
            case "Group" -> Optional.of(AccessSubject.group(name));
            case "Pod" -> access.podSubject(sandbox, namespace, name);
            default -> Optional.empty();
        };
    }

    static WhoCan.Query whoCan(Context ctx) {
        String resource = param(ctx, "resource");
        String group = param(ctx, "group");
        String subresource = param(ctx, "subresource");
        if (resource.contains("/")) {
            subresource = resource.substring(resource.indexOf('/') + 1);
            resource = resource.substring(0, resource.indexOf('/'));
        }
        if (resource.contains(".")) {
            group = resource.substring(resource.indexOf('.') + 1);
            resource = resource.substring(0, resource.indexOf('.'));
        }
        String verb = param(ctx, "verb").isEmpty() ? "get" : param(ctx, "verb");
        return new WhoCan.Query(verb, group, resource, subresource, param(ctx, "resourceName"),
                ctx.queryParam("scope") == null ? "default" : param(ctx, "scope"), param(ctx, "url"));
    }

    private static List<String> groups(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(g -> !g.isEmpty()).toList();
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        if (stripped.length() > MAX) {
            throw WebException.badRequest("error.bad_request");
        }
        return stripped;
    }
}
