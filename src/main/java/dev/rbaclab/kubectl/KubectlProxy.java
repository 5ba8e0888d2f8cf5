package dev.rbaclab.kubectl;

import dev.rbaclab.kubectl.client.ClientIdentity;

/**
 * The extension point for {@code kubectl proxy}: the real command serves {@code 127.0.0.1:8001} until stopped,
 * forwarding to the API server with the caller's credentials. The console cannot block, so the lab decides what
 * "serving" means (e.g. a proxy usable from the console's simulated pods). It returns the line kubectl prints.
 */
@FunctionalInterface
public interface KubectlProxy {

    String start(ClientIdentity identity, String address, int port);

    KubectlProxy NONE = (identity, address, port) -> {
        throw new UnsupportedOperationException(ConsoleMessages.PROXY_NOT_AVAILABLE);
    };
}
