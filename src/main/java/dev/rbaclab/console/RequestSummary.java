package dev.rbaclab.console;

import dev.rbaclab.cluster.store.AuditEvent;

/** One API request a command made, as the console lists it: enough to tell allowed from refused at a glance. */
public record RequestSummary(long auditId, String source, String user, String verb, String method, String uri,
                             int code, String decision) {

    public static RequestSummary of(AuditEvent event) {
        return new RequestSummary(event.id(), event.source(), event.user(), event.verb(), event.method(), event.uri(),
                event.code(), event.decision());
    }

    /** Refused by authentication, impersonation or RBAC (401 or 403), as opposed to allowed or failing later. */
    public boolean denied() {
        return code == 401 || code == 403;
    }
}
