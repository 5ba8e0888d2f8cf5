package dev.rbaclab.cluster.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The objects every sandbox starts with, held once in memory and shared. A sandbox sees each as if it had been
 * created with the sandbox: its uid is derived from the sandbox id (unique per cluster, stable across restarts)
 * and its creationTimestamp is the sandbox's.
 */
public final class DefaultObjects {

    private final NavigableMap<String, Entry> byKey;
    private final String digest;

    record Entry(ObjectKey key, long resourceVersion, ObjectNode template) {
    }

    public DefaultObjects(List<ObjectNode> objects, List<ObjectKey> keys, String digest) {
        NavigableMap<String, Entry> map = new TreeMap<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode template = objects.get(i).deepCopy();
            long rv = i + 1L;
            template.with("metadata").put("resourceVersion", Long.toString(rv));
            map.put(sortKey(keys.get(i)), new Entry(keys.get(i), rv, template));
        }
        this.byKey = Collections.unmodifiableNavigableMap(map);
        this.digest = digest;
    }

    /** Identifies the content, so that the database copy is replaced when a new lab version changes it. */
    public String digest() {
        return digest;
    }

    public int size() {
        return byKey.size();
    }

    /** The highest resourceVersion a default holds; sandbox counters start above it. */
    public long maxResourceVersion() {
        return byKey.size();
    }

    public boolean contains(ObjectKey key) {
        return byKey.containsKey(sortKey(key));
    }

    public List<Entry> entries() {
        return new ArrayList<>(byKey.values());
    }

    /** The default object as the given sandbox sees it, or null. */
    public ObjectNode materialize(ObjectKey key, String sandboxId, Instant createdAt) {
        Entry entry = byKey.get(sortKey(key));
        return entry == null ? null : materialize(entry, sandboxId, createdAt);
    }

    /** Defaults of one resource, in key order; namespace "" means all. */
    public List<ObjectNode> list(String group, String resource, String namespace, String sandboxId, Instant createdAt) {
        String prefix = group + "\u0000" + resource + "\u0000" + (namespace.isEmpty() ? "" : namespace + "\u0000");
        List<ObjectNode> result = new ArrayList<>();
        for (Map.Entry<String, Entry> e : byKey.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            result.add(materialize(e.getValue(), sandboxId, createdAt));
        }
        return result;
    }

    List<ObjectKey> keys(String group, String resource, String namespace) {
        String prefix = group + "\u0000" + resource + "\u0000" + (namespace.isEmpty() ? "" : namespace + "\u0000");
        List<ObjectKey> result = new ArrayList<>();
        for (Map.Entry<String, Entry> e : byKey.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            result.add(e.getValue().key());
        }
        return result;
    }

    /** The keys of the defaults in a namespace, any resource. */
    public List<ObjectKey> keysInNamespace(String namespace) {
        List<ObjectKey> result = new ArrayList<>();
        for (Entry entry : byKey.values()) {
            if (entry.key().namespace().equals(namespace)) {
                result.add(entry.key());
            }
        }
        return result;
    }

    /** The defaults alone, as a fresh sandbox shows them (for "what does the default policy give everyone?"). */
    public ObjectReader reader() {
        Instant epoch = Instant.EPOCH;
        return new ObjectReader() {
            @Override
            public java.util.Optional<ObjectNode> get(ObjectKey key) {
                return java.util.Optional.ofNullable(materialize(key, "defaults", epoch));
            }

            @Override
            public List<ObjectNode> list(String group, String resource, String namespace) {
                return DefaultObjects.this.list(group, resource, namespace, "defaults", epoch);
            }

            @Override
            public List<ObjectKey> keysInNamespace(String namespace) {
                return DefaultObjects.this.keysInNamespace(namespace);
            }

            @Override
            public long resourceVersion() {
                return maxResourceVersion();
            }
        };
    }

    private static ObjectNode materialize(Entry entry, String sandboxId, Instant createdAt) {
        ObjectNode copy = entry.template().deepCopy();
        ObjectNode metadata = copy.with("metadata");
        metadata.put("uid", uidFor(sandboxId, entry.key()));
        metadata.put("creationTimestamp", createdAt.truncatedTo(ChronoUnit.SECONDS).toString());
        Meta.orderMetadata(metadata);
        return copy;
    }

    static String uidFor(String sandboxId, ObjectKey key) {
        String seed = sandboxId + "/" + key.group() + "/" + key.resource() + "/" + key.namespace() + "/" + key.name();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String sortKey(ObjectKey key) {
        return key.group() + "\u0000" + key.resource() + "\u0000" + key.namespace() + "\u0000" + key.name();
    }
}
