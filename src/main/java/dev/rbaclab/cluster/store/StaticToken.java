package dev.rbaclab.cluster.store;

import java.util.List;

/** One line of a --token-auth-file: token, user, uid, groups — bound to one sandbox. */
public record StaticToken(String sandboxId, String token, String user, String uid, List<String> groups) {

    public StaticToken {
        groups = List.copyOf(groups);
    }
}
