package dev.rbaclab.kubectlit;

import dev.rbaclab.testing.CommandLineWords;
import dev.rbaclab.testing.KubectlRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of a table-driven kubectl test: a command line as a learner types it (quotes group words), and the exit
 * code, stdout and stderr a real v1.32 cluster makes kubectl 1.32 produce. A step expects success with empty output
 * until told otherwise: {@code kubectl("...", "create sa robot").prints("serviceaccount/robot created\n")}.
 */
record KubectlStep(String name, String commandLine, int exitCode, String stdout, String stderr, String stdin,
                   Map<String, String> environment, List<Normaliser> normalisers) {

    KubectlStep {
        environment = Map.copyOf(environment);
        normalisers = List.copyOf(normalisers);
    }

    static KubectlStep kubectl(String name, String commandLine) {
        return new KubectlStep(name, commandLine, 0, "", "", null, Map.of(), List.of());
    }

    KubectlStep prints(String expectedStdout) {
        return new KubectlStep(name, commandLine, exitCode, expectedStdout, stderr, stdin, environment, normalisers);
    }

    /** Exit code 1 with this on stderr: how kubectl reports every error of the chapter's commands. */
    KubectlStep fails(String expectedStderr) {
        return exits(1).warns(expectedStderr);
    }

    KubectlStep exits(int expectedExitCode) {
        return new KubectlStep(name, commandLine, expectedExitCode, stdout, stderr, stdin, environment, normalisers);
    }

    /** Stderr that comes with the outcome (warnings, "No resources found", "Edit cancelled"). */
    KubectlStep warns(String expectedStderr) {
        return new KubectlStep(name, commandLine, exitCode, stdout, expectedStderr, stdin, environment, normalisers);
    }

    KubectlStep withStdin(String input) {
        return new KubectlStep(name, commandLine, exitCode, stdout, stderr, input, environment, normalisers);
    }

    KubectlStep withEnv(String variable, String value) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put(variable, value);
        return new KubectlStep(name, commandLine, exitCode, stdout, stderr, stdin, env, normalisers);
    }

    KubectlStep normalised(Normaliser... more) {
        List<Normaliser> all = new ArrayList<>(normalisers);
        all.addAll(List.of(more));
        return new KubectlStep(name, commandLine, exitCode, stdout, stderr, stdin, environment, all);
    }

    KubectlRunner.Result run(RealKubectl kubectl) {
        return kubectl.run(environment, stdin, CommandLineWords.split(commandLine));
    }

    void verify(KubectlRunner.Result result) {
        String expected = transcript(exitCode, stdout, stderr);
        String actual = transcript(result.exitCode(), normalise(result.stdout()), normalise(result.stderr()));
        // tokens on the command line are long and say nothing: they are elided from the failure message
        assertThat(actual).as("kubectl %s\nnormalised: %s\nraw: %s", Normaliser.TOKENS.apply(commandLine), normalisers, result)
                .isEqualTo(expected);
    }

    private String normalise(String output) {
        String text = output;
        for (Normaliser normaliser : normalisers) {
            text = normaliser.apply(text);
        }
        return text;
    }

    /** Exit code and both streams in one text, so that a failure shows every difference at once. */
    private static String transcript(int exit, String out, String err) {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
