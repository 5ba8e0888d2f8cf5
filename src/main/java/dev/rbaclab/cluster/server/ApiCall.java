package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.RequestInfo;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.registry.RestContext;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Explanation;

import java.time.Instant;
import java.util.List;

/** A request that passed authentication, impersonation and authorization, on its way to a handler. */
public record ApiCall(ApiRequest request, RequestInfo info, Sandbox sandbox, UserInfo user, Authorizer authorizer,
                      Explanation explanation, Instant now, List<String> warnings) {

    public RestContext restContext() {
        return new RestContext(sandbox, user, explanation, warnings, now);
    }

    public boolean wantsTable() {
        String accept = request.header("Accept");
        return accept != null && accept.contains("as=Table");
    }

    public boolean dryRun() {
        String dryRun = request.queryParam("dryRun");
        return dryRun != null && !dryRun.isEmpty();
    }
}
