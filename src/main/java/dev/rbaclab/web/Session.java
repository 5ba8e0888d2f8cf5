package dev.rbaclab.web;

import dev.rbaclab.learners.Learner;
import dev.rbaclab.learners.LearnerCredential;
import dev.rbaclab.learners.LearnerService;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.time.Duration;
import java.util.Optional;

/**
 * The learner behind a browser request: a cookie holding the learner credential, HttpOnly so scripts cannot read
 * it and SameSite=Lax so other sites cannot send it with their forms.
 */
public final class Session {

    public static final String COOKIE = "rbaclab_learner";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final String ATTRIBUTE = "rbaclab.learner";
    private static final String CREDENTIAL_ATTRIBUTE = "rbaclab.credential";

    private final LearnerService learners;

    public Session(LearnerService learners) {
        this.learners = learners;
    }

    /** The learner of this request, if the cookie proves one. */
    public Optional<Learner> learner(Context ctx) {
        Learner cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return Optional.of(cached);
        }
        LearnerCredential credential = credential(ctx);
        Optional<Learner> learner = learners.authenticate(credential);
        learner.ifPresent(l -> {
            ctx.attribute(ATTRIBUTE, l);
            ctx.attribute(CREDENTIAL_ATTRIBUTE, credential);
        });
        return learner;
    }

    /** The learner of this request, creating one (and its cookie) on first contact. */
    public Learner learnerOrRegister(Context ctx, String locale) {
        return learner(ctx).orElseGet(() -> {
            LearnerService.Registered registered = learners.register(null, locale);
            signIn(ctx, registered.credential());
            ctx.attribute(ATTRIBUTE, registered.learner());
            return registered.learner();
        });
    }

    public void signIn(Context ctx, LearnerCredential credential) {
        ctx.cookie(new Cookie(COOKIE, credential.value(), "/", (int) Duration.ofDays(365).toSeconds(),
                ctx.scheme().equals("https"), true, null, SameSite.LAX));
        ctx.attribute(CREDENTIAL_ATTRIBUTE, credential);
    }

    /** The credential presented (or just issued) in this request, if any. */
    public LearnerCredential credential(Context ctx) {
        LearnerCredential issued = ctx.attribute(CREDENTIAL_ATTRIBUTE);
        return issued != null ? issued : LearnerCredential.parse(ctx.cookie(COOKIE));
    }

    /** The CSRF token for pages to embed; empty before the learner has a cookie. */
    public String csrfToken(Context ctx) {
        LearnerCredential credential = credential(ctx);
        return credential == null ? "" : credential.csrfToken();
    }

    /**
     * Refuses a state-changing request that carries the learner cookie without the matching CSRF token: the cookie
     * alone proves nothing, since a browser sends it with requests other sites trigger.
     */
    public void requireCsrf(Context ctx) {
        LearnerCredential credential = LearnerCredential.parse(ctx.cookie(COOKIE));
        if (credential == null) {
            return;
        }
        String token = ctx.header(CSRF_HEADER);
        if (token == null && ctx.isFormUrlencoded()) {
            token = ctx.formParam(CSRF_FIELD);
        }
        if (!credential.csrfMatches(token)) {
            throw new WebException(403, "error.csrf");
        }
    }
}
