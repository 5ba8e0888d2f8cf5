package dev.rbaclab.console;

import dev.rbaclab.cluster.store.AuditEvent;

/** One API request a command made, as the console lists it: enough to tell allowed from refused at a glance. */
public record RequestSummary(long auditId, String source, String user, String verb, String method, String uri,
                             int code, String decision) {

    public static RequestSummary of(AuditEvent event) {
        return new RequestSummary(event.id(), event.source(), event.user(), event.verb(), event.method(), event.uri(),
                event.code(), event.decision());
    }

    private static final java.util.regex.Pattern DISCOVERY = java.util.regex.Pattern.compile(
            "^(/api(/v1)?|/apis(/[^/]+){0,2}|/openapi(/.*)?|/version)$");

    /**
     * A discovery request (what kubectl asks to learn the API: /api, /apis/GROUP/VERSION, /openapi/...). The console
     * folds these, as they are the same on every first command.
     */
    public boolean discovery() {
        int query = uri.indexOf('?');
        return method.equals("GET") && DISCOVERY.matcher(query < 0 ? uri : uri.substring(0, query)).matches();
    }

    /** Refused by authentication, impersonation or RBAC (401 or 403), as opposed to allowed or failing later. */
    public boolean denied() {
        return code == 401 || code == 403;
    }
}
