package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Explanation;

/** What a request presents: the sandbox it addresses and its bearer token (null when it sends none). */
public record Credentials(Sandbox sandbox, String bearerToken, Explanation explanation) {

    public boolean hasToken() {
        return bearerToken != null;
    }
}
