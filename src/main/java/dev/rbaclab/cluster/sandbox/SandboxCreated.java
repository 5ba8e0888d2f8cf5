package dev.rbaclab.cluster.sandbox;

/** The answer to creating a sandbox: where its API is and how to reach it. */
public record SandboxCreated(String id, String server, String token, String kubeconfig) {
}
