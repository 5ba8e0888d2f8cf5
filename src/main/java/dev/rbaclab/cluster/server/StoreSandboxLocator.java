package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxRepository;
import dev.rbaclab.cluster.store.StaticTokenRepository;

import java.util.Optional;
import java.util.function.Function;

/** Finds sandboxes by id, admin token, static token, or (for ServiceAccount JWTs) the token's signing key id. */
public final class StoreSandboxLocator implements SandboxLocator {

    private final SandboxRepository sandboxes;
    private final StaticTokenRepository staticTokens;
    private final Function<String, Optional<String>> jwtKeyId;

    public StoreSandboxLocator(SandboxRepository sandboxes, StaticTokenRepository staticTokens,
                               Function<String, Optional<String>> jwtKeyId) {
        this.sandboxes = sandboxes;
        this.staticTokens = staticTokens;
        this.jwtKeyId = jwtKeyId;
    }

    @Override
    public Optional<Sandbox> byId(String id) {
        return sandboxes.find(id);
    }

    @Override
    public Optional<Sandbox> byToken(String bearerToken) {
        Optional<Sandbox> admin = sandboxes.findByAdminToken(bearerToken);
        if (admin.isPresent()) {
            return admin;
        }
        Optional<Sandbox> user = staticTokens.find(bearerToken).flatMap(t -> sandboxes.find(t.sandboxId()));
        if (user.isPresent()) {
            return user;
        }
        return jwtKeyId.apply(bearerToken).flatMap(sandboxes::findByKeyId);
    }
}
