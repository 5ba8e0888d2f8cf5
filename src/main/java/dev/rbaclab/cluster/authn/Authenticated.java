package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.api.UserInfo;

/** A successful authentication: the user, and which authenticator vouched for them (for the explanation). */
public record Authenticated(UserInfo user, String authenticator) {
}
