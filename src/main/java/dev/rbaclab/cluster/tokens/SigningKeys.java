package dev.rbaclab.cluster.tokens;

import com.nimbusds.jose.jwk.RSAKey;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxRepository;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ServiceAccount token signing key of each sandbox, stored (as a private JWK) with the sandbox so that tokens
 * survive restarts, created on first use. Keys are immutable, so caching them is always safe.
 */
public final class SigningKeys {

    private final SandboxRepository sandboxes;
    private final KeyPool pool;
    private final Map<String, RSAKey> cache = new ConcurrentHashMap<>();

    public SigningKeys(SandboxRepository sandboxes, KeyPool pool) {
        this.sandboxes = sandboxes;
        this.pool = pool;
    }

    /** The sandbox's key, made now if it has none. */
    public RSAKey keyOf(Sandbox sandbox) {
        RSAKey cached = cache.get(sandbox.id());
        if (cached != null) {
            return cached;
        }
        Optional<RSAKey> stored = sandboxes.signingKey(sandbox.id()).map(SigningKeys::parse);
        RSAKey key = stored.orElseGet(() -> {
            RSAKey fresh = pool.take();
            return parse(sandboxes.storeSigningKeyIfAbsent(sandbox.id(), fresh.getKeyID(), fresh.toJSONString()));
        });
        cache.put(sandbox.id(), key);
        return key;
    }

    /** The key if the sandbox already has one (verifying needs no new key: without one, no token was issued). */
    public Optional<RSAKey> existingKeyOf(Sandbox sandbox) {
        RSAKey cached = cache.get(sandbox.id());
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RSAKey> stored = sandboxes.signingKey(sandbox.id()).map(SigningKeys::parse);
        stored.ifPresent(key -> cache.put(sandbox.id(), key));
        return stored;
    }

    public void forget(String sandboxId) {
        cache.remove(sandboxId);
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable signing key", e);
        }
    }
}
