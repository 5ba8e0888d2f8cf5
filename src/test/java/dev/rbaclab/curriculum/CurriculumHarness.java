package dev.rbaclab.curriculum;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.grading.Grader;
import dev.rbaclab.grading.StepResult;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.SetupAction;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.TestLab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Proves a lesson: in a fresh sandbox, for each step in order — apply its setup, check that at least one check fails
 * (the step has something to teach), replay its solution through the console, check that every check passes; and a
 * tooBroad variant, replayed on the starting state, makes a permissions check report "too broad".
 */
public final class CurriculumHarness {

    private final TestLab lab;
    private final BiFunction<TestLab, SandboxCreated, CommandRunner> consoles;
    private final Setup setup;

    /** How a step's setup is applied to a sandbox. */
    @FunctionalInterface
    public interface Setup {
        void apply(SandboxCreated sandbox, SetupAction action, ApiClient admin, CommandRunner console);
    }

    /** @param consoles makes the command runner (the console) of a sandbox */
    public CurriculumHarness(TestLab lab, BiFunction<TestLab, SandboxCreated, CommandRunner> consoles) {
        this(lab, consoles, (sandbox, action, admin, console) -> SetupRunner.apply(action, admin, console));
    }

    /** A harness that applies setups its own way (the lab's own LabSetup, as the lesson player does). */
    public CurriculumHarness(TestLab lab, BiFunction<TestLab, SandboxCreated, CommandRunner> consoles, Setup setup) {
        this.lab = lab;
        this.consoles = consoles;
        this.setup = setup;
    }

    /** Problems found, as sentences naming the lesson, step and check; empty when the lesson proves itself. */
    public List<String> prove(Lesson lesson) {
        List<String> problems = new ArrayList<>();
        SandboxCreated sandbox = lab.newSandbox();
        ApiClient admin = lab.api(sandbox);
        CommandRunner console = consoles.apply(lab, sandbox);
        Grader grader = lab.lab().grader();
        for (Step step : lesson.steps()) {
            String where = lesson.id() + " / " + step.id();
            for (SetupAction action : step.setup()) {
                setup.apply(sandbox, action, admin, console);
            }
            Instant started = Instant.now().minusMillis(5);
            StepResult before = grader.evaluate(step, sandbox.id(), started, Map.of());
            if (before.verdict() == StepResult.Verdict.PASSED) {
                problems.add(where + ": every check already passes on the step's starting state");
            }
            if (!step.tooBroad().isEmpty()) {
                problems.addAll(proveTooBroad(lesson, step));
            }
            Map<String, Integer> answers = new HashMap<>();
            for (String command : step.solution()) {
                if (command.startsWith("answer ")) {
                    String[] parts = command.trim().split("\\s+");
                    answers.put(parts[1], Integer.parseInt(parts[2]));
                    continue;
                }
                CommandRunner.Outcome outcome = console.run(command);
                if (outcome.exitCode() != 0 && !command.contains(" can-i ") && !expectedToFail(step, command)) {
                    problems.add(where + ": solution command failed: " + command + "\n" + outcome.stderr() + outcome.stdout());
                }
            }
            StepResult after = grader.evaluate(step, sandbox.id(), started, answers);
            after.outcomes().stream().filter(o -> !o.passed()).forEach(o ->
                    problems.add(where + ": check '" + o.check().id() + "' fails after the solution: " + o));
        }
        return problems;
    }

    /** Replays the lesson up to this step in a fresh sandbox, then the tooBroad variant. */
    private List<String> proveTooBroad(Lesson lesson, Step step) {
        SandboxCreated sandbox = lab.newSandbox();
        ApiClient admin = lab.api(sandbox);
        CommandRunner console = consoles.apply(lab, sandbox);
        for (Step earlier : lesson.steps()) {
            earlier.setup().forEach(a -> setup.apply(sandbox, a, admin, console));
            if (earlier == step) {
                break;
            }
            earlier.solution().stream().filter(c -> !c.startsWith("answer ")).forEach(console::run);
        }
        Instant started = Instant.now().minusMillis(5);
        step.tooBroad().forEach(console::run);
        Map<String, Integer> answers = new HashMap<>();
        step.solution().stream().filter(c -> c.startsWith("answer ")).forEach(c -> {
            String[] parts = c.trim().split("\\s+");
            answers.put(parts[1], Integer.parseInt(parts[2]));
        });
        StepResult result = lab.lab().grader().evaluate(step, sandbox.id(), started, answers);
        if (result.verdict() != StepResult.Verdict.TOO_BROAD) {
            return List.of(lesson.id() + " / " + step.id() + ": the tooBroad solution is graded " + result.verdict()
                    + " instead of TOO_BROAD: " + result.outcomes());
        }
        return List.of();
    }

    /** A solution may show a denial on purpose (e.g. the curl that is forbidden before the RoleBinding). */
    private static boolean expectedToFail(Step step, String command) {
        return step.checks().stream().anyMatch(c -> c instanceof dev.rbaclab.lessons.Check.RequestCheck r
                && r.code() != null && r.code() >= 400);
    }
}
