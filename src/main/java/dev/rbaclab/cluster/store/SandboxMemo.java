package dev.rbaclab.cluster.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A value computed from a sandbox's objects, kept for as long as a revision of the sandbox stays the same: its
 * resourceVersion (which every committed change moves) or its rbac_revision (every RBAC change). Both come from the
 * sandbox's row, read with each request, so several lab instances sharing one database never serve a stale value.
 * Least recently used sandboxes are dropped to bound memory.
 */
public final class SandboxMemo<T> {

    private record Entry<T>(long revision, T value) {
    }

    private final ToLongFunction<Sandbox> revision;
    private final Function<Sandbox, T> compute;
    private final Map<String, Entry<T>> entries;

    public SandboxMemo(ToLongFunction<Sandbox> revision, Function<Sandbox, T> compute, int maxSandboxes) {
        this.revision = revision;
        this.compute = compute;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<T>> eldest) {
                return size() > maxSandboxes;
            }
        };
    }

    /** The value for the sandbox as it is now: kept, or computed (outside the lock) and kept. */
    public T get(Sandbox sandbox) {
        long now = revision.applyAsLong(sandbox);
        synchronized (entries) {
            Entry<T> entry = entries.get(sandbox.id());
            if (entry != null && entry.revision() == now) {
                return entry.value();
            }
        }
        T value = compute.apply(sandbox);
        synchronized (entries) {
            Entry<T> existing = entries.get(sandbox.id());
            // a slower computation of an older revision must not replace a newer one
            if (existing == null || existing.revision() <= now) {
                entries.put(sandbox.id(), new Entry<>(now, value));
            }
        }
        return value;
    }

    /** Forgets the sandbox's value (it changed, or is gone). */
    public void forget(String sandboxId) {
        synchronized (entries) {
            entries.remove(sandboxId);
        }
    }
}
