package dev.rbaclab.kubectl.compare;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.store.StaticToken;
import dev.rbaclab.kubectl.CommandResult;
import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.Invocation;
import dev.rbaclab.kubectl.Kubectl;
import dev.rbaclab.kubectl.printers.GoYaml;
import dev.rbaclab.kubectl.config.KubeconfigState;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.TestLab;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import dev.rbaclab.testing.CommandLineWords;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a {@link ComparisonCase} on two fresh sandboxes: sandbox A with the real kubectl, sandbox B with the
 * console's kubectl, both after the same setup, and asserts that every step prints the same stdout and stderr and
 * exits with the same code (after {@link Normalizer}).
 */
final class Twins {

    private static final String PROTOBUF_REFUSED = "the body of the request was in an unknown format";

    /** What one compared step produced on both sides, for reports. */
    record Outcome(String line, RealKubectl.Result real, CommandResult console, String realBinary) {
    }

    private static final ThreadLocal<List<Outcome>> LAST = ThreadLocal.withInitial(ArrayList::new);

    private Twins() {
    }

    /** The steps of the last comparison on this thread, also when it failed (for {@link DumpComparison}). */
    static List<Outcome> lastOutcomes() {
        return LAST.get();
    }

    static List<Outcome> compare(ComparisonCase c) {
        Assumptions.assumeTrue(RealKubectl.available(), "the real kubectl (and kubectl.1.31) must be installed");
        TestLab lab = SharedLab.get();
        for (ComparisonCase.Endpoint endpoint : c.needs()) {
            Assumptions.assumeTrue(serves(lab, endpoint), "the server does not implement " + endpoint + " yet");
        }
        SandboxCreated real = lab.newSandbox();
        SandboxCreated console = lab.newSandbox();
        Path dir = workingDirectory(c);
        RealKubectl realKubectl = kubectlFor(lab, real, dir, "a");
        RealKubectl setupConsole = kubectlFor(lab, console, dir, "b");
        for (ComparisonCase.Step step : c.setup()) {
            setup(realKubectl, step);
            setup(setupConsole, step);
        }
        Kubectl kubectl = new Kubectl(lab.lab().apiServer()::serve, dev.rbaclab.console.ConsolePodExec.commandsOnly(lab.lab().apiServer(), lab.lab().pods()),
                dev.rbaclab.kubectl.KubectlProxy.NONE);
        KubeconfigState state = KubeconfigState.parse(console.kubeconfig());
        Map<String, String> replacements = replacements(lab, real, console);
        // kubectl names its kubeconfig file in "deleted context x from FILE"; the console names a fixed path
        replacements.put(dir.resolve(".kubeconfig-a").toString(), ConsoleMessages.KUBECONFIG_FILE);
        Normalizer normalizer = new Normalizer(replacements);
        List<Outcome> outcomes = new ArrayList<>();
        LAST.set(outcomes);
        // the console's working directory: kubectl config ... --kubeconfig FILE writes there, as kubectl writes its file
        Map<String, String> files = new LinkedHashMap<>(c.files());
        for (ComparisonCase.Step step : c.steps()) {
            List<String> words = CommandLineWords.split(step.line());
            String binary = RealKubectl.KUBECTL_1_32;
            RealKubectl.Result expected = realKubectl.run(binary, words, step.stdin(), step.editorSed());
            if (expected.stderr().contains(PROTOBUF_REFUSED)) {
                // the server cannot decode kubectl 1.32's protobuf bodies yet: compare with 1.31, which sends JSON
                binary = RealKubectl.KUBECTL_1_31;
                expected = realKubectl.run(binary, words, step.stdin(), step.editorSed());
            }
            Invocation invocation = new Invocation(words, state, step.stdin(), files);
            CommandResult actual = kubectl.run(invocation);
            // the learner "saves" the buffer after the same edit the real kubectl's editor made, again and again
            // while the console reopens it (as kubectl reopens its editor)
            for (int round = 0; round < 5 && actual.edit() != null && step.editorSed() != null; round++) {
                CommandResult saved = kubectl.finishEdit(actual.edit(), EditorSed.apply(step.editorSed(),
                        actual.edit().buffer()), invocation);
                actual = new CommandResult(actual.stdout() + saved.stdout(), actual.stderr() + saved.stderr(),
                        saved.exitCode(), saved.auditIds(), null, null, saved.edit());
            }
            if (actual.kubeconfig() != null && actual.kubeconfigPath() != null) {
                files.put(actual.kubeconfigPath(), GoYaml.marshal(actual.kubeconfig().toConfigJson(true)));
            } else if (actual.kubeconfig() != null) {
                state = actual.kubeconfig();
            }
            outcomes.add(new Outcome(step.line(), expected, actual, binary));
            assertSame(normalizer, step.line(), binary, expected, actual);
        }
        return outcomes;
    }

    private static void assertSame(Normalizer normalizer, String line, String binary, RealKubectl.Result expected,
                                   CommandResult actual) {
        String context = "kubectl " + line + " (compared with " + binary + ")";
        String realOut = normalizer.normalize(expected.stdout());
        String consoleOut = normalizer.normalize(actual.stdout());
        String realErr = normalizer.normalize(expected.stderr());
        String consoleErr = normalizer.normalize(actual.stderr());
        if (!realOut.equals(consoleOut) && Normalizer.withoutAges(realOut).equals(Normalizer.withoutAges(consoleOut))) {
            consoleOut = realOut;
        }
        assertThat(consoleOut).as(context + ": stdout").isEqualTo(realOut);
        assertThat(consoleErr).as(context + ": stderr").isEqualTo(realErr);
        assertThat(actual.exitCode()).as(context + ": exit code\n--- stderr\n" + realErr).isEqualTo(expected.exitCode());
    }

    private static void setup(RealKubectl kubectl, ComparisonCase.Step step) {
        RealKubectl.Result result = kubectl.run(RealKubectl.KUBECTL_1_31, CommandLineWords.split(step.line()), step.stdin());
        if (result.exitCode() != 0) {
            fail("setup step failed: kubectl " + step.line() + "\n" + result.stdout() + result.stderr());
        }
    }

    private static RealKubectl kubectlFor(TestLab lab, SandboxCreated sandbox, Path dir, String suffix) {
        try {
            Path kubeconfig = dir.resolve(".kubeconfig-" + suffix);
            Files.writeString(kubeconfig, sandbox.kubeconfig());
            Path home = Files.createDirectories(dir.resolve(".home-" + suffix));
            return new RealKubectl(kubeconfig, home, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workingDirectory(ComparisonCase c) {
        try {
            Path dir = Files.createTempDirectory(SharedLab.get().directory(), "case");
            for (Map.Entry<String, String> file : c.files().entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> replacements(TestLab lab, SandboxCreated real, SandboxCreated console) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(real.id(), "<sandbox>");
        map.put(console.id(), "<sandbox>");
        map.put(real.token(), "<token>");
        map.put(console.token(), "<token>");
        for (SandboxCreated sandbox : List.of(real, console)) {
            for (StaticToken user : lab.lab().sandboxes().users(sandbox.id())) {
                map.put(user.token(), "<token>");
            }
        }
        return map;
    }

    private static boolean serves(TestLab lab, ComparisonCase.Endpoint endpoint) {
        if (endpoint.path == null) {
            return false;
        }
        SandboxCreated probe = lab.newSandbox();
        ApiClient api = lab.api(probe);
        return api.post(endpoint.path, endpoint.body).code() == 201;
    }
}
