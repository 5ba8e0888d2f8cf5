package dev.rbaclab.cluster.admission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.GoStrings;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyCompaction;
import dev.rbaclab.cluster.rbac.PolicyComparator;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RoleRef;
import dev.rbaclab.cluster.rbac.RuleResolver;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Line;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * RBAC privilege-escalation prevention (pkg/registry/rbac/escalation_check.go and the policybased storages): you can
 * only create or update a Role, ClusterRole or binding whose permissions you already hold — unless you are in
 * system:masters, or hold {@code escalate} (roles) or {@code bind} (bindings). Runs last among the mutating plugins,
 * where the real check runs: in storage, before validation.
 */
public final class RbacEscalation implements AdmissionPlugin {

    static final String GROUP = "rbac.authorization.k8s.io";

    private static final List<PolicyRule> FULL_AUTHORITY = List.of(
            PolicyRule.resource(List.of("*"), List.of("*"), List.of("*")),
            PolicyRule.nonResource(List.of("*"), List.of("*")));

    private final Function<Sandbox, Authorizer> authorizers;
    private final Function<Sandbox, RuleResolver> resolvers;

    public RbacEscalation(Function<Sandbox, Authorizer> authorizers, Function<Sandbox, RuleResolver> resolvers) {
        this.authorizers = authorizers;
        this.resolvers = resolvers;
    }

    @Override
    public void admit(AdmissionRequest request) {
        if (!request.resource().group().equals(GROUP) || request.operation() == Operation.DELETE
                || request.operation() == Operation.CONNECT || !request.subresource().isEmpty()) {
            return;
        }
        if (request.user().inGroup(UserInfo.MASTERS)) {
            // EscalationAllowed: system:masters may grant anything, even a role that does not exist yet
            return;
        }
        if (request.operation() == Operation.UPDATE && onlyGarbageCollectionFields(request.object(), request.oldObject())) {
            return;
        }
        switch (request.resource().resource()) {
            case "roles", "clusterroles" -> checkRole(request);
            case "rolebindings", "clusterrolebindings" -> checkBinding(request);
            default -> { }
        }
    }

    private void checkRole(AdmissionRequest request) {
        boolean cluster = request.resource().resource().equals("clusterroles");
        Authorizer authorizer = authorizers.apply(request.sandbox());
        String name = request.operation() == Operation.CREATE ? "" : request.name();
        // RoleEscalationAuthorized: on create the request has no name, so a name-restricted escalate grant never helps
        Attributes escalate = Attributes.resource(request.user(), "escalate", request.namespace(), GROUP,
                request.resource().resource(), "", name);
        if (authorizer.authorize(escalate, dev.rbaclab.explain.Explanation.discard()).allowed()) {
            request.explanation().add(Stage.ADMISSION, Mark.PASS, "admission.rbac.escalate_allowed", request.user().name());
            return;
        }
        List<PolicyRule> rules = rules(request.object().path("rules"));
        confirmNoEscalation(request, cluster ? "" : request.namespace(), rules);
        if (cluster && hasAggregationRule(request)) {
            RuleResolver.Rules owner = resolvers.apply(request.sandbox()).rulesFor(request.user(), "");
            if (!PolicyComparator.covers(owner.rules(), FULL_AUTHORITY)) {
                throw ApiException.forbidden(request.resource(), objectName(request),
                        "must have cluster-admin privileges to use the aggregationRule");
            }
        }
    }

    private void checkBinding(AdmissionRequest request) {
        RoleRef roleRef = RoleRef.fromJson(request.object().path("roleRef"));
        String bindingNamespace = request.resource().resource().equals("clusterrolebindings") ? "" : request.namespace();
        String roleResource = roleRef.kind().equals("Role") ? "roles" : "clusterroles";
        Attributes bind = Attributes.resource(request.user(), "bind", bindingNamespace, roleRef.apiGroup(), roleResource,
                "", roleRef.name());
        if (authorizers.apply(request.sandbox()).authorize(bind, dev.rbaclab.explain.Explanation.discard()).allowed()) {
            request.explanation().add(Stage.ADMISSION, Mark.PASS, "admission.rbac.bind_allowed", request.user().name(),
                    roleRef.kind(), roleRef.name());
            return;
        }
        // the referenced role is read from storage, so a missing one is a NotFound (plural resource)
        ObjectKey roleKey = new ObjectKey(GROUP, roleResource, roleRef.kind().equals("Role") ? bindingNamespace : "",
                roleRef.name());
        JsonNode role = request.cluster().get(roleKey)
                .orElseThrow(() -> ApiException.notFound(new GroupResource(GROUP, roleResource), roleRef.name()));
        confirmNoEscalation(request, bindingNamespace, rules(role.path("rules")));
    }

    /** ConfirmNoEscalation: every atom of the new rules must be covered by the user's own rules in that scope. */
    private void confirmNoEscalation(AdmissionRequest request, String namespace, List<PolicyRule> rules) {
        RuleResolver.Rules owner = resolvers.apply(request.sandbox()).rulesFor(request.user(), namespace);
        List<PolicyRule> missing = PolicyComparator.uncovered(owner.rules(), rules);
        if (missing.isEmpty()) {
            request.explanation().add(Stage.ADMISSION, Mark.PASS, "admission.rbac.no_escalation", request.user().name());
            return;
        }
        List<String> lines = PolicyCompaction.describe(missing);
        Line line = request.explanation().add(Stage.ADMISSION, Mark.FAIL, "admission.rbac.escalation",
                request.user().name(), request.resource().resource(), objectName(request));
        lines.forEach(l -> line.add(Mark.FAIL, "admission.rbac.missing_rule", l));
        String message = "user " + GoStrings.quote(request.user().name()) + " (groups="
                + GoStrings.quotedList(request.user().groups()) + ") is attempting to grant RBAC permissions not currently held:\n"
                + String.join("\n", lines);
        if (!owner.errors().isEmpty()) {
            // rule.go: RulesFor returns one utilerrors aggregate, printed with %v of []error{agg}: "[agg]"
            message += "; resolution errors: [" + aggregate(owner.errors()) + "]";
        }
        throw ApiException.forbidden(request.resource(), objectName(request), message);
    }

    private static boolean hasAggregationRule(AdmissionRequest request) {
        return hasSelectors(request.object()) || (request.oldObject() != null && hasSelectors(request.oldObject()));
    }

    /**
     * hasAggregationRule of clusterrole/policybased/storage.go: present only with at least one selector (an empty
     * rule is left to validation, which runs after this check).
     */
    private static boolean hasSelectors(JsonNode clusterRole) {
        return !clusterRole.path("aggregationRule").path("clusterRoleSelectors").isEmpty();
    }

    /**
     * utilerrors.NewAggregate(...).Error(): one message alone, several de-duplicated in "[a, b]". The escalation
     * checks resolve roles through the registry (storage_rbac.go builds their rule resolver from the role and binding
     * registries), so a missing role reads as the storage's NotFound with the plural resource, not as the
     * authorizer's lister error that the shared resolver reports.
     */
    private static String aggregate(List<String> errors) {
        List<String> unique = new ArrayList<>();
        for (String error : errors) {
            String storageWording = error
                    .replaceFirst("^role\\.rbac\\.authorization\\.k8s\\.io \"", "roles.rbac.authorization.k8s.io \"")
                    .replaceFirst("^clusterrole\\.rbac\\.authorization\\.k8s\\.io \"", "clusterroles.rbac.authorization.k8s.io \"");
            if (!unique.contains(storageWording)) {
                unique.add(storageWording);
            }
        }
        return unique.size() == 1 ? unique.get(0) : "[" + String.join(", ", unique) + "]";
    }

    /** IsOnlyMutatingGCFields: changes to ownerReferences and finalizers alone never escalate. */
    private static boolean onlyGarbageCollectionFields(ObjectNode object, ObjectNode old) {
        if (old == null) {
            return false;
        }
        ObjectNode a = object.deepCopy();
        ObjectNode b = old.deepCopy();
        for (ObjectNode o : List.of(a, b)) {
            ObjectNode metadata = (ObjectNode) o.path("metadata");
            metadata.remove(List.of("ownerReferences", "finalizers", "resourceVersion", "managedFields"));
        }
        return a.equals(b);
    }

    private static String objectName(AdmissionRequest request) {
        String name = request.object().path("metadata").path("name").asText("");
        return name.isEmpty() ? request.object().path("metadata").path("generateName").asText("") : name;
    }

    private static List<PolicyRule> rules(JsonNode rules) {
        List<PolicyRule> result = new ArrayList<>();
        rules.forEach(r -> result.add(PolicyRule.fromJson(r)));
        return result;
    }
}
