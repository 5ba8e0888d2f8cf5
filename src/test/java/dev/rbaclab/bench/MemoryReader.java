package dev.rbaclab.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A fixed set of objects as an ObjectReader, for benchmarks that measure the authorizer alone. */
final class MemoryReader implements ObjectReader {

    private final List<Entry> objects = new ArrayList<>();

    record Entry(String group, String resource, ObjectNode object) {
    }

    MemoryReader add(String group, String resource, ObjectNode object) {
        objects.add(new Entry(group, resource, object));
        return this;
    }

    @Override
    public Optional<ObjectNode> get(ObjectKey key) {
        return objects.stream().filter(e -> e.group().equals(key.group()) && e.resource().equals(key.resource())
                        && Meta.namespace(e.object()).equals(key.namespace()) && Meta.name(e.object()).equals(key.name()))
                .map(Entry::object).findFirst();
    }

    @Override
    public List<ObjectNode> list(String group, String resource, String namespace) {
        List<ObjectNode> result = new ArrayList<>();
        for (Entry e : objects) {
            if (e.group().equals(group) && e.resource().equals(resource)
                    && (namespace.isEmpty() || Meta.namespace(e.object()).equals(namespace))) {
                result.add(e.object());
            }
        }
        return result;
    }

    @Override
    public List<ObjectKey> keysInNamespace(String namespace) {
        return List.of();
    }

    @Override
    public long resourceVersion() {
        return 0;
    }
}
