package dev.rbaclab.kubectlit;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.TestLab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real kubectl pointed at one sandbox with its downloaded kubeconfig, plus output normalisation. */
final class RealKubectl {

    private final KubectlRunner runner;
    private final Path workDir;

    RealKubectl(TestLab lab, SandboxCreated sandbox) {
        this(lab, sandbox, "kubectl");
    }

    RealKubectl(TestLab lab, SandboxCreated sandbox, String binary) {
        try {
            this.workDir = Files.createTempDirectory(lab.directory(), "kubectl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.runner = new KubectlRunner(lab.kubeconfig(sandbox), workDir.resolve("cache"), binary).in(workDir);
    }

    RealKubectl env(String name, String value) {
        runner.env(name, value);
        return this;
    }

    Path workDir() {
        return workDir;
    }

    KubectlRunner.Result run(String... args) {
        return runner.run(args);
    }

    KubectlRunner.Result runWithInput(String stdin, String... args) {
        return runner.runWithInput(stdin, args);
    }

    /** One run in the work directory with extra environment variables (null stdin: none). */
    KubectlRunner.Result run(java.util.Map<String, String> environment, String stdin, java.util.List<String> args) {
        return runner.run(environment, stdin, args);
    }

    /** Writes a manifest next to the kubectl cache and returns its path. */
    Path file(String name, String content) {
        try {
            Path file = workDir.resolve(name);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces what differs between runs: ages (5s, 2m3s, ...), RFC 3339 timestamps, uids and resourceVersions,
     * so that expected outputs can be written down once.
     */
    static String normalize(String output) {
        return output
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "<time>")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uid>")
                .replaceAll("resourceVersion: \"\\d+\"", "resourceVersion: \"<rv>\"")
                .replaceAll("(?m)(\\s)(\\d+[smhdy])+(\\s*)$", "$1<age>$3")
                .replaceAll("(\\s{3})(\\d+[smhdy])+(\\s{3})", "$1<age>$3");
    }
}
