package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The RBAC policy of recently used sandboxes. An entry is valid for the sandbox's rbac_revision it was built at,
 * which the database bumps with every RBAC change — so several lab instances sharing one database never serve a
 * stale policy. Least recently used entries are dropped to bound memory.
 */
public final class RbacPolicyCache {

    private record Entry(long revision, RbacPolicy policy) {
    }

    private final Function<Sandbox, ObjectReader> readers;
    private final Map<String, Entry> entries;

    public RbacPolicyCache(Function<Sandbox, ObjectReader> readers, int maxSandboxes) {
        this.readers = readers;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxSandboxes;
            }
        };
    }

    public RbacPolicy policy(Sandbox sandbox) {
        synchronized (entries) {
            Entry entry = entries.get(sandbox.id());
            if (entry != null && entry.revision() == sandbox.rbacRevision()) {
                return entry.policy();
            }
        }
        RbacPolicy policy = RbacPolicy.load(readers.apply(sandbox));
        synchronized (entries) {
            Entry existing = entries.get(sandbox.id());
            if (existing == null || existing.revision() <= sandbox.rbacRevision()) {
                entries.put(sandbox.id(), new Entry(sandbox.rbacRevision(), policy));
            }
        }
        return policy;
    }

    public void invalidate(String sandboxId) {
        synchronized (entries) {
            entries.remove(sandboxId);
        }
    }
}
