package dev.rbaclab.access;

import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The RBAC policy of each sandbox before and after its latest RBAC change, for the matrix's diff view ("what did my
 * last change grant or take away?"). After every committed RBAC change the new policy is loaded and the one before
 * becomes "previous"; a sandbox's first change starts from the default policy every sandbox begins with. A lab
 * restart forgets the history: the next change starts it again.
 */
public final class PolicyHistory {

    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final int MAX_SANDBOXES = 1000;

    /** The policy before and after a sandbox's latest RBAC change, and the revision it reached. */
    public record Change(RbacPolicy before, RbacPolicy after, long revision) {
    }

    private final Function<String, Optional<Sandbox>> sandboxes;
    private final Function<Sandbox, ObjectReader> readers;
    private final Supplier<RbacPolicy> defaults;
    private final Map<String, Change> changes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Change> eldest) {
            return size() > MAX_SANDBOXES;
        }
    };

    public PolicyHistory(Function<String, Optional<Sandbox>> sandboxes, Function<Sandbox, ObjectReader> readers,
                         Supplier<RbacPolicy> defaults) {
        this.sandboxes = sandboxes;
        this.readers = readers;
        this.defaults = defaults;
    }

    /** A store listener: called after a commit with the keys that changed. */
    public void committed(String sandboxId, Set<ObjectKey> changed) {
        if (changed.stream().noneMatch(key -> key.group().equals(RBAC))) {
            return;
        }
        Optional<Sandbox> sandbox = sandboxes.apply(sandboxId);
        if (sandbox.isEmpty()) {
            return;
        }
        RbacPolicy after = RbacPolicy.load(readers.apply(sandbox.get()));
        synchronized (changes) {
            Change last = changes.get(sandboxId);
            RbacPolicy before = last != null ? last.after()
                    : sandbox.get().rbacRevision() <= 1 ? defaults.get() : null;
            changes.put(sandboxId, new Change(before, after, sandbox.get().rbacRevision()));
        }
    }

    /** The latest change of a sandbox, if the lab saw it (and knows what came before it). */
    public Optional<Change> latest(String sandboxId) {
        synchronized (changes) {
            return Optional.ofNullable(changes.get(sandboxId)).filter(c -> c.before() != null);
        }
    }
}
