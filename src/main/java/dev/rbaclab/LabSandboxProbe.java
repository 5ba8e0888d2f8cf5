package dev.rbaclab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.cluster.authz.RbacRuleResolver;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleResolver;
import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.cluster.store.AuditLog;
import dev.rbaclab.cluster.store.DefaultObjects;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectStore;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxRepository;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.grading.SandboxProbe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Grading's view of a sandbox, wired to the real parts: the object store, the sandbox's authorizer and rule
 * resolver, and the audit log. The lab looking leaves no trace in the learner's audit log.
 */
final class LabSandboxProbe implements SandboxProbe {

    private final SandboxRepository sandboxes;
    private final ObjectStore store;
    private final Function<Sandbox, Authorizer> authorizers;
    private final Function<Sandbox, RuleResolver> resolvers;
    private final RuleResolver defaults;
    private final AuditLog audit;

    LabSandboxProbe(SandboxRepository sandboxes, ObjectStore store, Function<Sandbox, Authorizer> authorizers,
                    Function<Sandbox, RuleResolver> resolvers, DefaultObjects defaultObjects, AuditLog audit) {
        this.sandboxes = sandboxes;
        this.store = store;
        this.authorizers = authorizers;
        this.resolvers = resolvers;
        RbacPolicy defaultPolicy = RbacPolicy.load(defaultObjects.reader());
        this.defaults = new RbacRuleResolver(() -> defaultPolicy);
        this.audit = audit;
    }

    private Sandbox sandbox(String id) {
        return sandboxes.find(id).orElseThrow(() -> new IllegalArgumentException("no sandbox " + id));
    }

    @Override
    public Optional<JsonNode> object(String sandboxId, String group, String resource, String namespace, String name) {
        return store.reader(sandbox(sandboxId)).get(new ObjectKey(group, resource, namespace, name)).map(o -> o);
    }

    @Override
    public boolean allowed(String sandboxId, Attributes attributes) {
        return authorizers.apply(sandbox(sandboxId)).authorize(attributes, Explanation.discard()).allowed();
    }

    @Override
    public List<PolicyRule> rules(String sandboxId, UserInfo user, String namespace) {
        return resolvers.apply(sandbox(sandboxId)).rulesFor(user, namespace).rules();
    }

    @Override
    public List<PolicyRule> defaultRules(UserInfo user, String namespace) {
        return defaults.rulesFor(user, namespace).rules();
    }

    @Override
    public List<RecordedRequest> requests(String sandboxId, Instant since) {
        List<RecordedRequest> requests = new ArrayList<>();
        for (AuditEvent event : audit.since(sandboxId, since)) {
            requests.add(new RecordedRequest(event.at(), event.user(), event.verb(), event.uri(), event.code(), event.source()));
        }
        return requests;
    }
}
