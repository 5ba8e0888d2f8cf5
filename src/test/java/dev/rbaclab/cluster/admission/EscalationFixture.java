package dev.rbaclab.cluster.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleResolver;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Explanation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the escalation tests isolate RbacEscalation with: a real Sandbox record, an authorizer that records every
 * question it is asked (the fakeAuthorizer of the Go storage tests), a rule resolver over fixed rules per user, and
 * an in-memory view of the sandbox's roles.
 */
final class EscalationFixture {

    static final String RBAC = "rbac.authorization.k8s.io";
    static final Sandbox SANDBOX = new Sandbox("escalation", "owner", "admin-token", Instant.EPOCH, 1000, 0, "v1.32.4", null);

    final List<Attributes> authorizerCalls = new ArrayList<>();
    private final Predicate<Attributes> allows;
    private final Map<String, RuleResolver.Rules> rulesByUserAndNamespace = new HashMap<>();
    private final Map<ObjectKey, ObjectNode> objects = new HashMap<>();

    EscalationFixture(Predicate<Attributes> allows) {
        this.allows = allows;
    }

    /** The rules {@code user} holds in {@code namespace} ("" = what ClusterRoleBindings give). */
    EscalationFixture holds(String user, String namespace, List<PolicyRule> rules, String... errors) {
        rulesByUserAndNamespace.put(user + "@" + namespace, new RuleResolver.Rules(rules, List.of(errors)));
        return this;
    }

    EscalationFixture stores(String resource, String namespace, String name, ObjectNode object) {
        objects.put(new ObjectKey(RBAC, resource, namespace, name), object);
        return this;
    }

    RbacEscalation plugin() {
        Authorizer authorizer = (attributes, explanation) -> {
            authorizerCalls.add(attributes);
            return allows.test(attributes) ? AuthorizationResult.allow("") : AuthorizationResult.noOpinion("");
        };
        RuleResolver resolver = (user, namespace) ->
                rulesByUserAndNamespace.getOrDefault(user.name() + "@" + namespace, new RuleResolver.Rules(List.of(), List.of()));
        return new RbacEscalation(sandbox -> authorizer, sandbox -> resolver);
    }

    AdmissionRequest create(String resource, String namespace, ObjectNode object, UserInfo user) {
        return new AdmissionRequest(Operation.CREATE, new GroupResource(RBAC, resource), "", namespace, "", object,
                null, user, reader(), SANDBOX, new Explanation(), false);
    }

    AdmissionRequest update(String resource, String namespace, ObjectNode object, ObjectNode old, UserInfo user) {
        String name = object.path("metadata").path("name").asText();
        return new AdmissionRequest(Operation.UPDATE, new GroupResource(RBAC, resource), "", namespace, name, object,
                old, user, reader(), SANDBOX, new Explanation(), false);
    }

    static ObjectNode role(String name, String namespace, PolicyRule... rules) {
        ObjectNode role = Json.object();
        role.put("apiVersion", RBAC + "/v1");
        role.put("kind", namespace.isEmpty() ? "ClusterRole" : "Role");
        ObjectNode metadata = role.putObject("metadata");
        metadata.put("name", name);
        if (!namespace.isEmpty()) {
            metadata.put("namespace", namespace);
        }
        var array = role.putArray("rules");
        for (PolicyRule rule : rules) {
            array.add(rule.toJson());
        }
        return role;
    }

    static ObjectNode binding(String name, String namespace, String roleKind, String roleName) {
        ObjectNode binding = Json.object();
        binding.put("apiVersion", RBAC + "/v1");
        binding.put("kind", namespace.isEmpty() ? "ClusterRoleBinding" : "RoleBinding");
        ObjectNode metadata = binding.putObject("metadata");
        metadata.put("name", name);
        if (!namespace.isEmpty()) {
            metadata.put("namespace", namespace);
        }
        binding.putArray("subjects").addObject().put("kind", "User").put("apiGroup", RBAC).put("name", "someone");
        binding.putObject("roleRef").put("apiGroup", RBAC).put("kind", roleKind).put("name", roleName);
        return binding;
    }

    private ObjectReader reader() {
        return new ObjectReader() {
            @Override
            public Optional<ObjectNode> get(ObjectKey key) {
                return Optional.ofNullable(objects.get(key)).map(ObjectNode::deepCopy);
            }

            @Override
            public List<ObjectNode> list(String group, String resource, String namespace) {
                return List.of();
            }

            @Override
            public List<ObjectKey> keysInNamespace(String namespace) {
                return List.of();
            }

            @Override
            public long resourceVersion() {
                return SANDBOX.resourceVersion();
            }
        };
    }
}
