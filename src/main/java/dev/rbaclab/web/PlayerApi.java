package dev.rbaclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.SandboxMemo;
import dev.rbaclab.console.ConsoleReply;
import dev.rbaclab.console.HistoryEntry;
import dev.rbaclab.console.RequestSummary;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.progress.ProgressService;
import dev.rbaclab.progress.StepProgress;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the lesson player calls while a learner works: the console, the "why" panel, the cluster panel, the token
 * viewer and the step's check/hint/reset/skip/answer. Everything acts on the caller's own workbench, found from the
 * session; ids in a URL only ever select within it.
 */
final class PlayerApi {

    /** A command, heredoc included; kubectl's own limits apply to what it sends. */
    static final int MAX_INPUT_CHARS = 64 * 1024;
    /** A file saved from the YAML pane. */
    static final int MAX_FILE_CHARS = 256 * 1024;

    private final Pages pages;
    private final Workbenches workbenches;
    private final WebDependencies deps;
    private final RateLimiter commands;
    /**
     * The browser asks for the cluster panel after every command, and most commands change nothing; listing every
     * object (the default policy's too) for it was a fifth of the lab's CPU under a classroom's load (BENCHMARKS.md,
     * load). It is kept while the sandbox's resourceVersion stays.
     */
    private final SandboxMemo<ClusterView> clusterViews;
    private static final int CACHED_SANDBOXES = 512;

    PlayerApi(Pages pages, Workbenches workbenches, WebDependencies deps, RateLimiter commands) {
        this.pages = pages;
        this.workbenches = workbenches;
        this.deps = deps;
        this.commands = commands;
        this.clusterViews = new SandboxMemo<>(Sandbox::resourceVersion,
                sandbox -> ClusterView.of(deps.readers().apply(sandbox)), CACHED_SANDBOXES);
    }

    void run(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        commands.acquire(workbench.learner().id());
        String input = text(WebJson.body(ctx), "input", MAX_INPUT_CHARS);
        ConsoleReply reply = deps.console().run(workbench.learner().id(), workbench.sandbox(), input, Locales.of(ctx));
        WebJson.write(ctx, reply(reply));
    }

    void finishEdit(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        commands.acquire(workbench.learner().id());
        String buffer = text(WebJson.body(ctx), "buffer", MAX_FILE_CHARS);
        WebJson.write(ctx, reply(deps.console().finishEdit(workbench.learner().id(), workbench.sandbox(), buffer,
                Locales.of(ctx))));
    }

    void saveFile(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        JsonNode body = WebJson.body(ctx);
        String name = text(body, "name", 200);
        String content = text(body, "content", MAX_FILE_CHARS);
        String path = deps.console().saveFile(workbench.learner().id(), workbench.sandbox(), name, content)
                .orElseThrow(() -> WebException.badRequest("error.bad_file_name"));
        ObjectNode json = Json.object();
        json.put("path", path);
        WebJson.write(ctx, json);
    }

    void history(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        ArrayNode entries = Json.array();
        for (HistoryEntry entry : deps.console().history(workbench.learner().id(), workbench.sandbox().id())) {
            ObjectNode json = entries.addObject();
            json.put("id", entry.id());
            json.put("prompt", entry.prompt());
            json.put("command", entry.command());
            json.put("stdout", entry.stdout());
            json.put("stderr", entry.stderr());
            json.put("exitCode", entry.exitCode());
            ArrayNode requests = json.putArray("requests");
            for (Long id : entry.auditIds()) {
                deps.audit().find(workbench.sandbox().id(), id).map(RequestSummary::of)
                        .ifPresent(summary -> requests.add(request(summary)));
            }
        }
        ObjectNode json = Json.object();
        json.set("entries", entries);
        WebJson.write(ctx, json);
    }

    void complete(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        String line = ctx.queryParam("line") == null ? "" : ctx.queryParam("line");
        if (line.length() > 4096) {
            throw WebException.badRequest("error.bad_request");
        }
        ObjectNode json = Json.object();
        json.set("candidates", Json.arrayOf(deps.console().complete(workbench.learner().id(), workbench.sandbox(), line)));
        WebJson.write(ctx, json);
    }

    /** The "why" panel for one request of the learner's sandbox; any other id is simply not found. */
    void why(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw WebException.notFound();
        }
        AuditEvent event = deps.audit().find(workbench.sandbox().id(), id).orElseThrow(WebException::notFound);
        pages.fragment(ctx, "why", Map.of("why", WhyView.of(event, Locales.of(ctx))));
    }

    void cluster(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        pages.fragment(ctx, "cluster", Map.of("cluster", clusterViews.get(workbench.sandbox()),
                "risks", AccessViews.risks(deps.access().risks(workbench.sandbox()), Locales.of(ctx))));
    }

    void inspectToken(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        String token = text(WebJson.body(ctx), "token", 20_000);
        pages.fragment(ctx, "token", Map.of("token", deps.tokens().inspect(workbench.sandbox(), token)));
    }

    /** Check (a press counts as an attempt; {@code auto} after a console command does not). */
    void check(Context ctx) {
        StepTarget target = target(ctx);
        boolean attempt = !"true".equals(ctx.queryParam("auto"));
        ProgressService.Evaluation evaluation = deps.progress().check(target.learnerId(), target.sandboxId(),
                target.lesson(), target.step(), attempt);
        stepStatus(ctx, target, evaluation.progress());
    }

    void answer(Context ctx) {
        StepTarget target = target(ctx);
        JsonNode body = WebJson.body(ctx);
        String quiz = text(body, "quiz", 100);
        int option = body.path("option").asInt(0);
        ProgressService.Evaluation evaluation = deps.progress().answer(target.learnerId(), target.sandboxId(),
                target.lesson(), target.step(), quiz, option);
        stepStatus(ctx, target, evaluation.progress());
    }

    void reset(Context ctx) {
        StepTarget target = target(ctx);
        StepProgress progress = deps.progress().reset(target.learnerId(), target.sandboxId(), target.lesson(),
                target.step());
        stepStatus(ctx, target, progress);
    }

    void skip(Context ctx) {
        StepTarget target = target(ctx);
        deps.progress().skip(target.learnerId(), target.sandboxId(), target.lesson(), target.step());
        int index = target.lesson().indexOf(target.step().id());
        ObjectNode json = Json.object();
        json.put("next", index + 1 < target.lesson().steps().size()
                ? "/lessons/" + target.lesson().id() + "/" + target.lesson().steps().get(index + 1).id()
                : "/chapter");
        WebJson.write(ctx, json);
    }

    /** The n-th hint (from 1), as HTML rendered from the lesson's Markdown. */
    void hint(Context ctx) {
        StepTarget target = target(ctx);
        int n = parseInt(ctx.queryParam("n"));
        List<dev.rbaclab.lessons.Text> hints = target.step().hints();
        if (n < 1 || n > hints.size()) {
            throw WebException.notFound();
        }
        Locale locale = Locales.of(ctx);
        ObjectNode json = Json.object();
        json.put("html", Markdown.html(hints.get(n - 1).in(locale), locale));
        json.put("remaining", hints.size() - n);
        WebJson.write(ctx, json);
    }

    /** Self-study is practice: the solution is there for whoever asks; a graded workshop hides it unless revealed. */
    void solution(Context ctx) {
        StepTarget target = target(ctx);
        if (!deps.classroom().workshops().solutionAllowed(target.learnerId(), target.lesson().id(), target.step().id())) {
            throw new WebException(403, "player.solution_hidden");
        }
        ObjectNode json = Json.object();
        json.set("commands", Json.arrayOf(target.step().solution()));
        WebJson.write(ctx, json);
    }

    private void stepStatus(Context ctx, StepTarget target, StepProgress progress) {
        Locale locale = Locales.of(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("stepStatus", progress.status().name().toLowerCase(Locale.ROOT));
        model.put("score", progress.score());
        model.put("maxScore", target.step().maxPoints());
        model.put("checks", LessonViews.checks(target.step(), progress, locale));
        model.put("quizzes", LessonViews.quizzes(target.step(), progress, locale));
        pages.fragment(ctx, "step-status", model);
    }

    private StepTarget target(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        Lesson lesson = deps.chapter().lesson(ctx.pathParam("lesson")).orElseThrow(WebException::notFound);
        Step step = lesson.step(ctx.pathParam("step")).orElseThrow(WebException::notFound);
        return new StepTarget(workbench.learner().id(), workbench.sandbox().id(), lesson, step);
    }

    /** The step an action is for, in the caller's workbench. */
    private record StepTarget(String learnerId, String sandboxId, Lesson lesson, Step step) {
    }

    static ObjectNode reply(ConsoleReply reply) {
        ObjectNode json = Json.object();
        json.put("id", reply.historyId());
        json.put("prompt", reply.prompt());
        json.put("command", reply.command());
        json.put("stdout", reply.stdout());
        json.put("stderr", reply.stderr());
        json.put("exitCode", reply.exitCode());
        json.put("clear", reply.clear());
        ArrayNode requests = json.putArray("requests");
        reply.requests().forEach(r -> requests.add(request(r)));
        json.put("nextPrompt", reply.nextPrompt());
        json.put("context", reply.context());
        if (reply.editor() != null) {
            json.putObject("editor").put("buffer", reply.editor().buffer()).put("fileName", reply.editor().fileName());
        }
        return json;
    }

    private static ObjectNode request(RequestSummary summary) {
        ObjectNode json = Json.object();
        json.put("id", summary.auditId());
        json.put("source", summary.source());
        json.put("user", summary.user());
        json.put("verb", summary.verb());
        json.put("method", summary.method());
        json.put("uri", summary.uri());
        json.put("code", summary.code());
        json.put("denied", summary.denied());
        json.put("discovery", summary.discovery());
        return json;
    }

    private static String text(JsonNode body, String field, int max) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw WebException.badRequest("error.bad_request");
        }
        if (value.asText().length() > max) {
            throw new WebException(413, "error.too_large");
        }
        return value.asText();
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
