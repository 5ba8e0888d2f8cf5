package dev.rbaclab.access;

import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.explain.Explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds access matrices from the catalog of served resources: the storage verbs of every resource in scope, the
 * subresources that matter for security (exec, attach, port-forward, logs, tokens), and the RBAC-specific verbs
 * (bind and escalate on roles, impersonate on identities). Every cell is one call to the authorizer.
 */
public final class MatrixBuilder {

    public static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete",
            "deletecollection", "bind", "escalate", "impersonate");
    private static final Set<String> SUBRESOURCES = Set.of("pods/exec", "pods/attach", "pods/portforward", "pods/log",
            "serviceaccounts/token", "deployments/scale");
    private static final Set<String> ROLE_RESOURCES = Set.of("roles", "clusterroles");
    private static final Set<String> IDENTITY_RESOURCES = Set.of("serviceaccounts", "users", "groups");

    private final ResourceCatalog catalog;

    public MatrixBuilder(ResourceCatalog catalog) {
        this.catalog = catalog;
    }

    /** The rows of a scope: namespaced resources for a namespace, cluster-scoped ones for "" (plus identities). */
    public List<Row> rows(String namespace) {
        boolean namespaced = !namespace.isEmpty();
        List<Row> rows = new ArrayList<>();
        for (ResourceCatalog.Group group : catalog.groups()) {
            for (ApiResource resource : catalog.resources(group.name(), group.preferredVersion()).orElse(List.of())) {
                if (resource.namespaced() != namespaced) {
                    continue;
                }
                if (resource.isSubresource() && !SUBRESOURCES.contains(resource.name())) {
                    continue;
                }
                rows.add(new Row(new MatrixRow(resource.group(), resource.resource(), resource.subresource()),
                        resource.verbs()));
            }
        }
        if (!namespaced) {
            // users and groups are not stored resources, but impersonating them is authorized like one
            rows.add(new Row(new MatrixRow("", "users", ""), List.of()));
            rows.add(new Row(new MatrixRow("", "groups", ""), List.of()));
        }
        return rows;
    }

    /** A row and the verbs its resource serves. */
    public record Row(MatrixRow row, List<String> servedVerbs) {
        boolean applies(String verb) {
            return switch (verb) {
                case "bind", "escalate" -> ROLE_RESOURCES.contains(row.resource()) && row.subresource().isEmpty();
                case "impersonate" -> IDENTITY_RESOURCES.contains(row.resource()) && row.subresource().isEmpty();
                default -> servedVerbs.contains(verb);
            };
        }
    }

    public AccessMatrix build(Authorizer authorizer, AccessSubject subject, String namespace) {
        UserInfo user = subject.user();
        List<Row> rows = rows(namespace);
        List<List<Boolean>> cells = new ArrayList<>(rows.size());
        Explanation quiet = Explanation.discard();
        for (Row row : rows) {
            List<Boolean> cellRow = new ArrayList<>(VERBS.size());
            for (String verb : VERBS) {
                if (!row.applies(verb)) {
                    cellRow.add(null);
                    continue;
                }
                Attributes attributes = Attributes.resource(user, verb, namespace, row.row().group(),
                        row.row().resource(), row.row().subresource(), "");
                cellRow.add(authorizer.authorize(attributes, quiet).allowed());
            }
            cells.add(cellRow);
        }
        return new AccessMatrix(subject, namespace, VERBS, rows.stream().map(Row::row).toList(), cells);
    }
}
