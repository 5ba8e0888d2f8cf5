package dev.rbaclab.cluster.api;


/**
 * The 403 of the authorization filter (endpoints/handlers/responsewriters/errors.go Forbidden and
 * forbiddenMessage; errors_test.go TestForbidden): one formula for every denial.
 */
public final class Forbidden {

    private Forbidden() {
    }

    public static ApiException of(Attributes attributes, String reason) {
        String message = escapeHtml(message(attributes));
        if (reason != null && !reason.isEmpty()) {
            message += ": " + reason;
        }
        return ApiException.forbidden(new GroupResource(attributes.apiGroup(), attributes.resource()),
                attributes.name(), message);
    }

    /** {@code User "alice" cannot list resource "pods" in API group "" in the namespace "dev"}. */
    public static String message(Attributes attributes) {
        String user = GoStrings.quote(attributes.user().name());
        if (!attributes.resourceRequest()) {
            return "User " + user + " cannot " + attributes.verb() + " path " + GoStrings.quote(attributes.path());
        }
        String resource = attributes.resourceWithSubresource();
        String base = "User " + user + " cannot " + attributes.verb() + " resource " + GoStrings.quote(resource)
                + " in API group " + GoStrings.quote(attributes.apiGroup());
        if (!attributes.namespace().isEmpty()) {
            return base + " in the namespace " + GoStrings.quote(attributes.namespace());
        }
        return base + " at the cluster scope";
    }

    /** html.EscapeString as the API server sanitises the message (quotes are left alone). */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
