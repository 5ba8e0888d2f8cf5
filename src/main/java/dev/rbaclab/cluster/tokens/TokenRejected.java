package dev.rbaclab.cluster.tokens;

/** A ServiceAccount token that is ours but not valid, with Kubernetes' reason (pkg/serviceaccount/claims.go). */
public final class TokenRejected extends Exception {

    public TokenRejected(String reason) {
        super(reason, null, false, false);
    }
}
