package dev.rbaclab.classroom.web;

import dev.rbaclab.classroom.Instructor;
import dev.rbaclab.classroom.InstructorCredential;
import dev.rbaclab.classroom.InstructorService;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.Optional;

/**
 * The signed-in instructor of a browser request: a cookie of its own (not the learner's), HttpOnly and
 * SameSite=Strict, and a CSRF token derived from its secret for every state-changing instructor request.
 */
public final class InstructorSession {

    public static final String COOKIE = "rbaclab_instructor";
    private static final String ATTRIBUTE = "rbaclab.instructor";

    private final InstructorService instructors;

    public InstructorSession(InstructorService instructors) {
        this.instructors = instructors;
    }

    public Optional<Instructor> instructor(Context ctx) {
        Instructor cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Instructor> instructor = instructors.authenticate(credential(ctx));
        instructor.ifPresent(i -> ctx.attribute(ATTRIBUTE, i));
        return instructor;
    }

    InstructorCredential credential(Context ctx) {
        return InstructorCredential.parse(ctx.cookie(COOKIE));
    }

    void signIn(Context ctx, InstructorCredential credential) {
        ctx.cookie(new Cookie(COOKIE, credential.value(), "/", (int) java.time.Duration.ofHours(12).toSeconds(),
                ctx.scheme().equals("https"), true, null, SameSite.STRICT));
    }

    void signOut(Context ctx) {
        instructors.signOut(credential(ctx));
        ctx.removeCookie(COOKIE, "/");
    }

    String csrfToken(Context ctx) {
        InstructorCredential credential = credential(ctx);
        return credential == null ? "" : credential.csrfToken();
    }

    boolean csrfValid(Context ctx) {
        InstructorCredential credential = credential(ctx);
        String token = ctx.header("X-CSRF-Token");
        if (token == null && ctx.isFormUrlencoded()) {
            token = ctx.formParam("_csrf");
        }
        return credential != null && credential.csrfMatches(token);
    }
}
