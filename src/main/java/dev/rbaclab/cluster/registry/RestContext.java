package dev.rbaclab.cluster.registry;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Explanation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The caller and the sandbox of one REST operation, with the warnings and explanation it collects. */
public record RestContext(Sandbox sandbox, UserInfo user, Explanation explanation, List<String> warnings, Instant now) {

    public static RestContext of(Sandbox sandbox, UserInfo user, Explanation explanation, Instant now) {
        return new RestContext(sandbox, user, explanation, new ArrayList<>(), now);
    }
}
