package dev.rbaclab.web;

import dev.rbaclab.classroom.web.DashboardStream;
import dev.rbaclab.classroom.web.GradesApi;
import dev.rbaclab.classroom.web.InstructorGuard;
import dev.rbaclab.classroom.web.InstructorPages;
import dev.rbaclab.classroom.web.InstructorSession;
import dev.rbaclab.classroom.web.JoinPages;
import dev.rbaclab.i18n.Messages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** The web UI and the lab API on HTTP; every route is declared here. */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Web requests are small; commands and YAML documents fit easily. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private final Javalin app;

    /** Commands per learner: a burst of 30 (a pasted block), then 5 a second. */
    public static final int COMMAND_BURST = 30;
    public static final double COMMANDS_PER_SECOND = 5;

    public WebServer(WebDependencies deps, int port) {
        Session session = new Session(deps.learners());
        Pages pages = new Pages(new Templates(), session);
        RequestGuard guard = new RequestGuard(session);
        SandboxApi sandboxApi = new SandboxApi(deps.sandboxes(), deps.audit(), session);
        AccessApi accessApi = new AccessApi(sandboxApi, deps.access());
        Workbenches workbenches = new Workbenches(session, deps.learnerSandboxes());
        LearnerPages learnerPages = new LearnerPages(pages, session, workbenches, deps);
        AccessPages accessPages = new AccessPages(pages, workbenches, deps.access());
        PlayerApi player = new PlayerApi(pages, workbenches, deps,
                new RateLimiter(COMMAND_BURST, COMMANDS_PER_SECOND, deps.clock()));
        InstructorSession instructorSession = new InstructorSession(deps.classroom().instructors());
        InstructorGuard instructorGuard = new InstructorGuard(instructorSession, deps.classroom().instructors());
        InstructorPages instructor = new InstructorPages(pages, instructorSession, deps);
        DashboardStream dashboardStream = new DashboardStream(instructor, deps.classroom().feed());
        GradesApi grades = new GradesApi(instructor, deps.classroom().gradebook());
        JoinPages join = new JoinPages(pages, deps.classroom().workshops(),
                ctx -> workbenches.start(ctx, Locales.of(ctx).getLanguage()).learner(),
                deps.classroom().feed()::learnerChanged);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/static";
                staticFiles.directory = "static";
                staticFiles.location = Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(guard::check);

            // for load balancers and the benchmarks' baseline: no session, no database
            config.routes.get("/healthz", ctx -> ctx.result("ok"));

            // pages
            config.routes.get("/", learnerPages::home);
            config.routes.post("/lang/{lang}", ctx -> language(ctx));
            config.routes.post("/start", learnerPages::start);
            config.routes.get("/resume", learnerPages::resumeForm);
            config.routes.post("/resume", learnerPages::resume);
            config.routes.get("/chapter", learnerPages::chapter);
            config.routes.get("/lessons/{lesson}", learnerPages::lesson);
            config.routes.get("/lessons/{lesson}/{step}", learnerPages::step);
            config.routes.get("/kubectl", learnerPages::kubectl);
            config.routes.get("/tokens", learnerPages::tokens);
            config.routes.post("/reset", learnerPages::reset);
            config.routes.get("/access", accessPages::page);
            config.routes.get("/access/explain", accessPages::explain);

            // joining a workshop (learners)
            config.routes.get("/join", join::form);
            config.routes.post("/join", join::join);

            // instructors: every route behind the guard (deny by default)
            config.routes.before("/instructor", instructorGuard::pages);
            config.routes.before("/instructor/*", instructorGuard::pages);
            config.routes.before("/api/workshops/*", instructorGuard::api);
            config.routes.get("/instructor/login", instructor::loginForm);
            config.routes.post("/instructor/login", instructor::login);
            config.routes.post("/instructor/logout", instructor::logout);
            config.routes.get("/instructor", instructor::workshops);
            config.routes.post("/instructor/workshops", instructor::createWorkshop);
            config.routes.post("/instructor/instructors", instructor::addInstructor);
            config.routes.post("/instructor/token", instructor::newApiToken);
            String workshop = "/instructor/workshops/{code}";
            config.routes.get(workshop, instructor::dashboard);
            // an event stream answers 200 before its first event: refuse a workshop the instructor may not see first
            config.routes.before(workshop + "/events", instructor::workshop);
            config.routes.sse(workshop + "/events", dashboardStream::connect);
            config.routes.post(workshop + "/open", ctx -> instructor.setOpen(ctx, true));
            config.routes.post(workshop + "/close", ctx -> instructor.setOpen(ctx, false));
            config.routes.get(workshop + "/grades.csv", ctx -> grades.download(ctx, "csv"));
            config.routes.get(workshop + "/grades.json", ctx -> grades.download(ctx, "json"));
            config.routes.get(workshop + "/grades.xml", ctx -> grades.download(ctx, "junit"));
            config.routes.get(workshop + "/learners/{learner}", instructor::learner);
            config.routes.post(workshop + "/learners/{learner}/reset-step", instructor::resetStep);
            config.routes.post(workshop + "/learners/{learner}/reset-sandbox", instructor::resetSandbox);
            config.routes.post(workshop + "/learners/{learner}/reveal", instructor::reveal);
            config.routes.get("/api/workshops/{code}/grades", grades::api);

            // the lesson player's calls
            config.routes.post("/api/console", player::run);
            config.routes.post("/api/console/edit", player::finishEdit);
            config.routes.post("/api/console/files", player::saveFile);
            config.routes.get("/api/console/history", player::history);
            config.routes.get("/api/console/complete", player::complete);
            config.routes.get("/api/requests/{id}", player::why);
            config.routes.get("/api/cluster", player::cluster);
            config.routes.post("/api/tokens/inspect", player::inspectToken);
            String step = "/api/lessons/{lesson}/steps/{step}";
            config.routes.post(step + "/check", player::check);
            config.routes.post(step + "/answer", player::answer);
            config.routes.post(step + "/reset", player::reset);
            config.routes.post(step + "/skip", player::skip);
            config.routes.get(step + "/hint", player::hint);
            config.routes.get(step + "/solution", player::solution);

            config.routes.post("/api/sandboxes", sandboxApi::create);
            config.routes.get("/api/sandboxes/{id}/kubeconfig", sandboxApi::kubeconfig);
            config.routes.delete("/api/sandboxes/{id}", sandboxApi::delete);
            config.routes.get("/api/sandboxes/{id}/audit", sandboxApi::audit);
            config.routes.get("/api/sandboxes/{id}/users", sandboxApi::users);
            config.routes.post("/api/sandboxes/{id}/users", sandboxApi::addUser);
            config.routes.get("/api/sandboxes/{id}/access/matrix", accessApi::matrix);
            config.routes.get("/api/sandboxes/{id}/access/diff", accessApi::diff);
            config.routes.get("/api/sandboxes/{id}/access/who-can", accessApi::whoCan);
            config.routes.get("/api/sandboxes/{id}/access/graph", accessApi::graph);
            config.routes.get("/api/sandboxes/{id}/access/risks", accessApi::risks);

            config.routes.exception(WebException.class, (e, ctx) -> error(ctx, e.status(), e.messageKey()));
            config.routes.exception(RateLimiter.TooManyRequests.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                error(ctx, 429, "error.rate_limited", e.retryAfterSeconds());
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    switch (e.getStatus()) {
                        case 401 -> "error.unauthorized";
                        case 403 -> e.getMessage().equals("csrf") ? "error.csrf" : "error.forbidden";
                        case 404 -> "error.not_found";
                        case 413 -> "error.too_large";
                        default -> "error.bad_request";
                    }));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("web request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "error.internal");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "error.not_found");
                }
            });
        });
    }

    private static void language(Context ctx) {
        String lang = ctx.pathParam("lang").equals("ko") ? "ko" : "en";
        ctx.cookie(new io.javalin.http.Cookie(Locales.COOKIE, lang, "/", 365 * 24 * 3600, false, true, null,
                io.javalin.http.SameSite.LAX));
        String back = ctx.formParam("back");
        ctx.redirect(back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/");
    }

    private static void error(Context ctx, int status, String key) {
        error(ctx, status, key, 0);
    }

    private static void error(Context ctx, int status, String key, long retryAfterSeconds) {
        ctx.status(status);
        boolean wantsJson = ctx.path().startsWith("/api/") || String.valueOf(ctx.header("Accept")).contains("application/json");
        String message = Messages.get(Locales.of(ctx), key);
        if (wantsJson) {
            WebJson.write(ctx, ErrorBody.of(status, key, message, retryAfterSeconds));
        } else {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(message);
        }
    }

    public WebServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
