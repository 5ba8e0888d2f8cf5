package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.store.Sandbox;

import java.util.Optional;

/**
 * Finds the sandbox a request addresses: by the id in its URL, or — for requests to the API root, such as
 * {@code kubectl get --raw /healthz} which drops the path prefix — by the credential it presents.
 */
public interface SandboxLocator {

    Optional<Sandbox> byId(String id);

    Optional<Sandbox> byToken(String bearerToken);
}
