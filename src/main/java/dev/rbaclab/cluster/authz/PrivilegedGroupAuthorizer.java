package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

/**
 * authorizerfactory.NewPrivilegedGroups("system:masters"): members may do anything, before RBAC is asked,
 * with an empty reason.
 */
public final class PrivilegedGroupAuthorizer implements Authorizer {

    @Override
    public AuthorizationResult authorize(Attributes attributes, Explanation explanation) {
        if (attributes.user().inGroup(UserInfo.MASTERS)) {
            explanation.add(Stage.AUTHORIZATION, Mark.PASS, "authz.masters", attributes.user().name());
            return AuthorizationResult.allow("");
        }
        return AuthorizationResult.noOpinion("");
    }
}
