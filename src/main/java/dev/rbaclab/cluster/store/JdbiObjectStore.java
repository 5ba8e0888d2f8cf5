package dev.rbaclab.cluster.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The object store over the {@code objects} table. A sandbox's rows override the shared {@link DefaultObjects};
 * a tombstone row hides a default the sandbox deleted. Writes lock the sandbox row, which serializes them and
 * makes resourceVersions strictly increasing per sandbox.
 */
public final class JdbiObjectStore implements ObjectStore {

    private static final Set<String> RBAC_RESOURCES = Set.of("roles", "rolebindings", "clusterroles", "clusterrolebindings");

    /**
     * A sandbox's writes also queue on one of these (by the sandbox id's hash) before they touch H2. The lab is the
     * only process using its database, so this in-process lock is exact; it is here because H2 2.5, under 16
     * concurrent writers to one sandbox, now and then let two transactions past the row lock (see
     * {@link #lockSandbox}), which then failed the compare-and-set (a 500) instead of waiting their turn. With it,
     * the row lock and the compare-and-set are a second line that never trips. Stripes keep the memory fixed however
     * many sandboxes there are; two sandboxes sharing a stripe only wait for each other's few milliseconds.
     */
    private static final int WRITE_LOCK_STRIPES = 1024;

    private final Jdbi jdbi;
    private final DefaultObjects defaults;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock[] writeLocks = new ReentrantLock[WRITE_LOCK_STRIPES];

    public JdbiObjectStore(Jdbi jdbi, DefaultObjects defaults) {
        this.jdbi = jdbi;
        this.defaults = defaults;
        for (int i = 0; i < writeLocks.length; i++) {
            writeLocks[i] = new ReentrantLock();
        }
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public ObjectReader reader(Sandbox sandbox) {
        return new Reader(sandbox, sandbox.resourceVersion()) {
            @Override
            <T> T withHandle(Function<Handle, T> work) {
                return jdbi.withHandle(work::apply);
            }
        };
    }

    @Override
    public <T> T write(Sandbox sandbox, Function<WriteTransaction, T> work) {
        Transaction[] done = new Transaction[1];
        ReentrantLock writeLock = writeLocks[Math.floorMod(sandbox.id().hashCode(), writeLocks.length)];
        writeLock.lock();
        T result;
        try {
            result = jdbi.inTransaction(handle -> writeLocked(handle, sandbox, work, done));
        } finally {
            writeLock.unlock();
        }
        // after the lock: listeners (controllers) may write to the sandbox themselves
        if (!done[0].changed.isEmpty()) {
            for (Listener listener : listeners) {
                listener.committed(sandbox.id(), Set.copyOf(done[0].changed));
            }
        }
        return result;
    }

    /** One write transaction, under the sandbox's in-process write lock. */
    private <T> T writeLocked(Handle handle, Sandbox sandbox, Function<WriteTransaction, T> work, Transaction[] done) {
        long current = lockSandbox(handle, sandbox);
        Transaction tx = new Transaction(sandbox, current, handle);
        T value = work.apply(tx);
        boolean rbac = tx.changed.stream().anyMatch(key -> RBAC_RESOURCES.contains(key.resource())
                && key.group().equals("rbac.authorization.k8s.io"));
        // the counter as the writes left it (back where it was when nothing changed); compare-and-set on the value
        // the lock left, so that a write that somehow ran without the lock fails instead of reusing a version
        int updated = handle.createUpdate("UPDATE sandboxes SET resource_version = :rv, "
                        + "rbac_revision = rbac_revision + :rbac WHERE id = :id AND resource_version = :locked")
                .bind("rv", tx.resourceVersion)
                .bind("rbac", rbac ? 1 : 0)
                .bind("id", sandbox.id())
                .bind("locked", current + 1)
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("sandbox " + sandbox.id() + " changed under its write lock");
        }
        done[0] = tx;
        return value;
    }

    /**
     * Takes the sandbox's write lock and returns its resourceVersion as committed. The lock is a real change of the
     * sandbox row (the counter, one up; {@link #write} sets it to its final value before the commit): neither
     * {@code SELECT ... FOR UPDATE} nor an UPDATE that changes nothing held it reliably in H2 2.5 under 16 concurrent
     * writers, and two transactions then wrote the same object (one a deadlock victim) or took the same
     * resourceVersion, so that a stale PUT passed the Conflict check (ConcurrentUpdatesTest). Our own change of the
     * row is what the SELECT then reads, so the value cannot be stale.
     */
    private static long lockSandbox(Handle handle, Sandbox sandbox) {
        int locked = handle.createUpdate("UPDATE sandboxes SET resource_version = resource_version + 1 WHERE id = :id")
                .bind("id", sandbox.id())
                .execute();
        if (locked != 1) {
            throw new IllegalStateException("sandbox " + sandbox.id() + " is gone");
        }
        return handle.createQuery("SELECT resource_version FROM sandboxes WHERE id = :id")
                .bind("id", sandbox.id())
                .mapTo(Long.class)
                .one() - 1;
    }

    /** How many objects the sandbox stores itself (its own and its changed copies of defaults; not tombstones). */
    public long storedObjects(Sandbox sandbox) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM objects WHERE sandbox_id = :sandbox AND tombstone = FALSE")
                .bind("sandbox", sandbox.id())
                .mapTo(Long.class)
                .one());
    }

    /** A stored row: a tombstone, or an object. */
    private record Row(boolean tombstone, ObjectNode body) {
    }

    private abstract class Reader implements ObjectReader {
        final Sandbox sandbox;
        long resourceVersion;

        Reader(Sandbox sandbox, long resourceVersion) {
            this.sandbox = sandbox;
            this.resourceVersion = resourceVersion;
        }

        abstract <T> T withHandle(Function<Handle, T> work);

        @Override
        public long resourceVersion() {
            return resourceVersion;
        }

        @Override
        public Optional<ObjectNode> get(ObjectKey key) {
            Optional<Row> row = withHandle(handle -> handle.createQuery(
                            "SELECT tombstone, body FROM objects WHERE sandbox_id = :sandbox AND api_group = :group "
                                    + "AND resource = :resource AND namespace = :namespace AND name = :name")
                    .bind("sandbox", sandbox.id())
                    .bind("group", key.group())
                    .bind("resource", key.resource())
                    .bind("namespace", key.namespace())
                    .bind("name", key.name())
                    .map((rs, ctx) -> rs.getBoolean("tombstone") ? new Row(true, null) : new Row(false, parse(rs.getString("body"))))
                    .findOne());
            if (row.isPresent()) {
                return row.get().tombstone() ? Optional.empty() : Optional.of(row.get().body());
            }
            return Optional.ofNullable(defaults.materialize(key, sandbox.id(), sandbox.createdAt()));
        }

        @Override
        public List<ObjectKey> keysInNamespace(String namespace) {
            return withHandle(handle -> JdbiObjectStore.keysInNamespace(handle, sandbox.id(), defaults, namespace));
        }

        @Override
        public List<ObjectNode> list(String group, String resource, String namespace) {
            Map<String, ObjectNode> merged = new TreeMap<>();
            for (ObjectNode object : defaults.list(group, resource, namespace, sandbox.id(), sandbox.createdAt())) {
                merged.put(Meta.namespace(object) + "\u0000" + Meta.name(object), object);
            }
            List<Map<String, Object>> rows = withHandle(handle -> handle.createQuery(
                            "SELECT namespace, name, tombstone, body FROM objects WHERE sandbox_id = :sandbox "
                                    + "AND api_group = :group AND resource = :resource"
                                    + (namespace.isEmpty() ? "" : " AND namespace = :namespace"))
                    .bind("sandbox", sandbox.id())
                    .bind("group", group)
                    .bind("resource", resource)
                    .bind("namespace", namespace)
                    .mapToMap()
                    .list());
            for (Map<String, Object> row : rows) {
                String sortKey = row.get("namespace") + "\u0000" + row.get("name");
                if (Boolean.TRUE.equals(row.get("tombstone"))) {
                    merged.remove(sortKey);
                } else {
                    merged.put(sortKey, parse(String.valueOf(row.get("body"))));
                }
            }
            return new ArrayList<>(merged.values());
        }
    }

    /** Lists keys of one namespace: sandbox rows plus defaults, minus tombstones. */
    private static java.util.List<ObjectKey> keysInNamespace(Handle handle, String sandboxId, DefaultObjects defaults,
                                                            String namespace) {
        java.util.Map<String, ObjectKey> keys = new TreeMap<>();
        for (ObjectKey key : defaults.keysInNamespace(namespace)) {
            keys.put(DefaultObjects.sortKey(key), key);
        }
        handle.createQuery("SELECT api_group, resource, name, tombstone FROM objects WHERE sandbox_id = :sandbox "
                        + "AND namespace = :namespace")
                .bind("sandbox", sandboxId)
                .bind("namespace", namespace)
                .map((rs, ctx) -> {
                    ObjectKey key = new ObjectKey(rs.getString("api_group"), rs.getString("resource"), namespace,
                            rs.getString("name"));
                    if (rs.getBoolean("tombstone")) {
                        keys.remove(DefaultObjects.sortKey(key));
                    } else {
                        keys.put(DefaultObjects.sortKey(key), key);
                    }
                    return key;
                })
                .list();
        return new ArrayList<>(keys.values());
    }

    private final class Transaction extends Reader implements WriteTransaction {
        private final Handle handle;
        private final Set<ObjectKey> changed = new LinkedHashSet<>();

        Transaction(Sandbox sandbox, long resourceVersion, Handle handle) {
            super(sandbox, resourceVersion);
            this.handle = handle;
        }

        @Override
        <T> T withHandle(Function<Handle, T> work) {
            return work.apply(handle);
        }

        @Override
        public ObjectNode create(ObjectKey key, ObjectNode object) {
            if (get(key).isPresent()) {
                throw ApiException.alreadyExists(key.groupResource(), key.name());
            }
            // only over a tombstone (a deleted default) or where there is no row at all
            return store(key, object, "tombstone = TRUE", () -> ApiException.alreadyExists(key.groupResource(), key.name()));
        }

        @Override
        public ObjectNode update(ObjectKey key, ObjectNode object, long expectedResourceVersion) {
            ObjectNode current = get(key).orElseThrow(() -> ApiException.notFound(key.groupResource(), key.name()));
            if (expectedResourceVersion != 0 && Meta.resourceVersion(current) != expectedResourceVersion) {
                throw ApiException.staleResourceVersion(key.groupResource(), key.name());
            }
            // compare-and-swap on the row, as etcd3's GuaranteedUpdate compares the modRevision: the read above may be
            // older than the last commit (under 16 concurrent writers H2 now and then answered the read from before
            // it even though the sandbox lock was held), and a write based on it must fail, not win twice
            return store(key, object, "resource_version = " + Meta.resourceVersion(current),
                    () -> ApiException.staleResourceVersion(key.groupResource(), key.name()));
        }

        @Override
        public ObjectNode delete(ObjectKey key) {
            ObjectNode current = get(key).orElseThrow(() -> ApiException.notFound(key.groupResource(), key.name()));
            long rv = ++resourceVersion;
            if (defaults.contains(key)) {
                upsert(key, Meta.uid(current), rv, true, null);
            } else {
                handle.createUpdate("DELETE FROM objects WHERE sandbox_id = :sandbox AND api_group = :group "
                                + "AND resource = :resource AND namespace = :namespace AND name = :name")
                        .bind("sandbox", sandbox.id())
                        .bind("group", key.group())
                        .bind("resource", key.resource())
                        .bind("namespace", key.namespace())
                        .bind("name", key.name())
                        .execute();
            }
            changed.add(key);
            return current;
        }

        /**
         * Writes the object where the stored row still is as read ({@code rowAsRead}, a condition on its columns) or
         * there is no row yet; otherwise, or when a row appeared meanwhile, throws what {@code changed} makes.
         */
        private ObjectNode store(ObjectKey key, ObjectNode object, String rowAsRead,
                                 java.util.function.Supplier<ApiException> changedMeanwhile) {
            long rv = ++resourceVersion;
            ObjectNode stored = object.deepCopy();
            Meta.metadata(stored).put("resourceVersion", Long.toString(rv));
            Meta.orderMetadata(Meta.metadata(stored));
            try {
                upsert(key, Meta.uid(stored), rv, false, Json.write(stored), " AND " + rowAsRead);
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                if (e.getCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw changedMeanwhile.get();
                }
                throw e;
            }
            changed.add(key);
            return stored;
        }

        private void upsert(ObjectKey key, String uid, long rv, boolean tombstone, String body) {
            upsert(key, uid, rv, tombstone, body, "");
        }

        private void upsert(ObjectKey key, String uid, long rv, boolean tombstone, String body, String condition) {
            int updated = handle.createUpdate("UPDATE objects SET uid = :uid, resource_version = :rv, "
                            + "tombstone = :tombstone, body = :body WHERE sandbox_id = :sandbox AND api_group = :group "
                            + "AND resource = :resource AND namespace = :namespace AND name = :name" + condition)
                    .bind("uid", uid)
                    .bind("rv", rv)
                    .bind("tombstone", tombstone)
                    .bind("body", body)
                    .bind("sandbox", sandbox.id())
                    .bind("group", key.group())
                    .bind("resource", key.resource())
                    .bind("namespace", key.namespace())
                    .bind("name", key.name())
                    .execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO objects (sandbox_id, api_group, resource, namespace, name, uid, "
                                + "resource_version, tombstone, body) VALUES (:sandbox, :group, :resource, :namespace, "
                                + ":name, :uid, :rv, :tombstone, :body)")
                        .bind("uid", uid)
                        .bind("rv", rv)
                        .bind("tombstone", tombstone)
                        .bind("body", body)
                        .bind("sandbox", sandbox.id())
                        .bind("group", key.group())
                        .bind("resource", key.resource())
                        .bind("namespace", key.namespace())
                        .bind("name", key.name())
                        .execute();
            }
        }
    }

    private static ObjectNode parse(String body) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
