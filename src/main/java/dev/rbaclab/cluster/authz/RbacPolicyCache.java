package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxMemo;

import java.util.function.Function;

/**
 * The RBAC policy of recently used sandboxes. An entry is valid for the sandbox's rbac_revision it was built at,
 * which the database bumps with every RBAC change — so several lab instances sharing one database never serve a
 * stale policy. Least recently used entries are dropped to bound memory.
 */
public final class RbacPolicyCache {

    private final SandboxMemo<RbacPolicy> policies;

    public RbacPolicyCache(Function<Sandbox, ObjectReader> readers, int maxSandboxes) {
        this.policies = new SandboxMemo<>(Sandbox::rbacRevision, sandbox -> RbacPolicy.load(readers.apply(sandbox)),
                maxSandboxes);
    }

    public RbacPolicy policy(Sandbox sandbox) {
        return policies.get(sandbox);
    }

    public void invalidate(String sandboxId) {
        policies.forget(sandboxId);
    }
}
