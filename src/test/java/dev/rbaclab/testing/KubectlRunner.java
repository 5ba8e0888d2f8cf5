package dev.rbaclab.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code kubectl} on the PATH (on lab machines a dispatcher that picks the kubectl of the server's
 * minor version) with a kubeconfig and a private cache directory, and captures what it prints.
 */
public final class KubectlRunner {

    private final Path kubeconfig;
    private final Path cacheDir;
    private final String binary;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private Path workingDirectory;

    public KubectlRunner(Path kubeconfig, Path cacheDir) {
        this(kubeconfig, cacheDir, "kubectl");
    }

    public KubectlRunner(Path kubeconfig, Path cacheDir, String binary) {
        this.kubeconfig = kubeconfig;
        this.cacheDir = cacheDir;
        this.binary = binary;
    }

    /** Whether a kubectl is installed here; integration tests are skipped (with a reason) without one. */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sets an environment variable for every following run (e.g. KUBE_EDITOR for kubectl edit). */
    public KubectlRunner env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs kubectl in this directory, so that manifests can be named as a learner types them (-f sa.yaml). */
    public KubectlRunner in(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    public Result run(String... args) {
        return runWithInput(null, args);
    }

    public Result runWithInput(String stdin, String... args) {
        return run(java.util.Map.of(), stdin, List.of(args));
    }

    /** One run with extra environment variables for this run only (e.g. KUBE_EDITOR for one kubectl edit). */
    public Result run(java.util.Map<String, String> extraEnvironment, String stdin, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.add("--kubeconfig=" + kubeconfig);
        command.add("--cache-dir=" + cacheDir);
        command.addAll(args);
        try {
            Path out = Files.createTempFile("kubectl-out", ".txt");
            Path err = Files.createTempFile("kubectl-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("KUBECONFIG", kubeconfig.toString());
            builder.environment().put("HOME", cacheDir.toString());
            builder.environment().putAll(environment);
            builder.environment().putAll(extraEnvironment);
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            Process process = builder.start();
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl " + String.join(" ", args) + " did not finish in 60 s");
            }
            Result result = new Result(Files.readString(out), Files.readString(err), process.exitValue());
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What kubectl printed and how it exited. */
    public record Result(String stdout, String stderr, int exitCode) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
