package dev.rbaclab.web;

import io.javalin.http.Context;

import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery protection for every state-changing request, before any handler runs: a request a
 * browser says came from another site is refused, and a request that carries the learner cookie must also carry
 * the CSRF token derived from it (header {@code X-CSRF-Token} or form field {@code _csrf}). Requests without the
 * cookie (scripts using the sandbox API, the first "start") can be forged by nobody into acting as a learner.
 */
final class RequestGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    private final Session session;

    RequestGuard(Session session) {
        this.session = session;
    }

    void check(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite)) {
            throw new WebException(403, "error.csrf");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameHost(origin, ctx.host())) {
            throw new WebException(403, "error.csrf");
        }
        // instructor requests carry the instructor session's own CSRF token, checked by the instructor guard
        if (!ctx.path().startsWith("/instructor") && !ctx.path().startsWith("/api/workshops/")) {
            session.requireCsrf(ctx);
        }
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (authority.equalsIgnoreCase(host)
                    || (uri.getPort() < 0 && host.equalsIgnoreCase(uri.getHost() + ":80")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
