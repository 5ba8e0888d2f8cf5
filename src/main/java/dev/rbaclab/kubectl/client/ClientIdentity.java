package dev.rbaclab.kubectl.client;

import java.util.List;

/**
 * Who the requests of one command are sent as, resolved from the kubeconfig and the global flags: the sandbox
 * (from the cluster's server URL {@code .../clusters/<id>}), the bearer token, and impersonation.
 */
public record ClientIdentity(String sandboxId, String serverUrl, String token, String asUser, List<String> asGroups,
                             String asUid) {

    public ClientIdentity {
        asGroups = List.copyOf(asGroups);
        token = token == null ? "" : token;
        asUser = asUser == null ? "" : asUser;
        asUid = asUid == null ? "" : asUid;
    }
}
