package dev.rbaclab.classroom.web;

import dev.rbaclab.classroom.Instructor;
import dev.rbaclab.classroom.InstructorService;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

import java.util.Optional;
import java.util.Set;

/**
 * Deny by default: every instructor page and API needs a signed-in instructor (pages send others to the sign-in
 * form), the graders' API also takes an instructor's API token; every state-changing instructor request needs the
 * instructor's CSRF token. A learner's cookie opens nothing here.
 */
public final class InstructorGuard {

    static final String INSTRUCTOR = "rbaclab.guarded.instructor";
    private static final Set<String> PUBLIC = Set.of("/instructor/login");

    private final InstructorSession session;
    private final InstructorService instructors;

    public InstructorGuard(InstructorSession session, InstructorService instructors) {
        this.session = session;
        this.instructors = instructors;
    }

    /** Before every /instructor and /instructor/* request. */
    public void pages(Context ctx) {
        if (PUBLIC.contains(ctx.path())) {
            return;
        }
        Optional<Instructor> instructor = session.instructor(ctx);
        if (instructor.isEmpty()) {
            if (ctx.method().name().equals("GET") && !ctx.path().endsWith("/events")) {
                ctx.redirect("/instructor/login");
                ctx.skipRemainingHandlers();
                return;
            }
            throw new UnauthorizedResponse();
        }
        if (!ctx.method().name().equals("GET") && !session.csrfValid(ctx)) {
            throw new ForbiddenResponse("csrf");
        }
        ctx.attribute(INSTRUCTOR, instructor.get());
    }

    /** Before every /api/workshops/* request: an API token (Authorization: Bearer rbl_...) or a signed-in session. */
    public void api(Context ctx) {
        String authorization = ctx.header("Authorization");
        Optional<Instructor> instructor = authorization != null && authorization.startsWith("Bearer ")
                ? instructors.byApiToken(authorization.substring("Bearer ".length()).strip())
                : session.instructor(ctx);
        if (instructor.isEmpty()) {
            throw new UnauthorizedResponse();
        }
        ctx.attribute(INSTRUCTOR, instructor.get());
    }

    static Instructor instructor(Context ctx) {
        Instructor instructor = ctx.attribute(INSTRUCTOR);
        if (instructor == null) {
            throw new UnauthorizedResponse();
        }
        return instructor;
    }
}
