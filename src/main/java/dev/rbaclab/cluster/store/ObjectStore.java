package dev.rbaclab.cluster.store;

import java.util.function.Function;

/** Per-sandbox object storage: consistent reads, and serialized write transactions. */
public interface ObjectStore {

    ObjectReader reader(Sandbox sandbox);

    /** Runs {@code work} in one transaction that holds the sandbox's write lock; commits if it returns. */
    <T> T write(Sandbox sandbox, Function<WriteTransaction, T> work);

    /** Called after a commit with the keys that changed, e.g. to drop a cached RBAC index. */
    interface Listener {
        void committed(String sandboxId, java.util.Set<ObjectKey> changed);
    }

    void addListener(Listener listener);
}
