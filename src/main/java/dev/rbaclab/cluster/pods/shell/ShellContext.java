package dev.rbaclab.cluster.pods.shell;

import dev.rbaclab.cluster.pods.PodNetwork;

import java.util.Map;

/**
 * What a shell runs in: the container's files and environment, whether a kubectl proxy listens on localhost:8001
 * (and with which ServiceAccount token), the lab CA (what a correct --cacert holds), and the way out to the API.
 */
public record ShellContext(
        String sandboxId,
        String hostname,
        Map<String, String> files,
        Map<String, String> environment,
        String caPem,
        String proxyToken,
        PodNetwork network,
        ApiEndpoint api) {

    public ShellContext {
        files = Map.copyOf(files);
        environment = Map.copyOf(environment);
    }

    public ShellContext withProxyToken(String token) {
        return new ShellContext(sandboxId, hostname, files, environment, caPem, token, network, api);
    }

    public boolean hasKubectlProxy() {
        return proxyToken != null;
    }
}
