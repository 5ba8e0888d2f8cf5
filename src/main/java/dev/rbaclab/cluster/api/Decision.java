package dev.rbaclab.cluster.api;

/** authorizer.Decision: RBAC never says DENY; "forbidden" means nobody said ALLOW. */
public enum Decision {
    ALLOW, DENY, NO_OPINION
}
