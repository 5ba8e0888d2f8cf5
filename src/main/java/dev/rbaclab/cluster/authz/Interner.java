package dev.rbaclab.cluster.authz;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Hands out one instance per distinct immutable value, held weakly: the default policy's roles and bindings, equal in
 * every sandbox, are then kept once however many sandbox policies are cached (they were copied into each, hundreds of
 * KiB a sandbox). A value no policy uses any more is collected.
 */
final class Interner<T> {

    private final Map<T, WeakReference<T>> instances = new WeakHashMap<>();

    synchronized T intern(T value) {
        WeakReference<T> existing = instances.get(value);
        T instance = existing == null ? null : existing.get();
        if (instance != null) {
            return instance;
        }
        instances.put(value, new WeakReference<>(value));
        return value;
    }
}
