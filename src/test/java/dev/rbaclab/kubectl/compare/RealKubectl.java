package dev.rbaclab.kubectl.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real kubectl, run like a learner runs it: no flags added in front (they would change how kubectl treats
 * unknown commands), the kubeconfig and cache taken from KUBECONFIG and HOME, files relative to a working directory.
 */
final class RealKubectl {

    /**
     * The upstream kubectl v1.32 (v1.32.5) of the Cloud SDK. Not the {@code kubectl} on the PATH: that is Google's
     * dispatcher, whose built-in 1.32.4 prints cobra's errors as {@code Error: ...} where kubectl prints
     * {@code error: ...}.
     */
    static final String KUBECTL_1_32 = "/usr/lib/google-cloud-sdk/bin/kubectl.1.32";
    /** kubectl v1.31.9, which still sends JSON bodies (used where the server cannot read protobuf yet). */
    static final String KUBECTL_1_31 = "/usr/lib/google-cloud-sdk/bin/kubectl.1.31";

    record Result(String stdout, String stderr, int exitCode) {
    }

    private final Path kubeconfig;
    private final Path home;
    private final Path workingDirectory;

    RealKubectl(Path kubeconfig, Path home, Path workingDirectory) {
        this.kubeconfig = kubeconfig;
        this.home = home;
        this.workingDirectory = workingDirectory;
    }

    static boolean available() {
        try {
            Process process = new ProcessBuilder(KUBECTL_1_32, "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.isExecutable(Path.of(KUBECTL_1_31));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Result run(String binary, List<String> args, String stdin) {
        return run(binary, args, stdin, null);
    }

    /** @param editorSed for {@code kubectl edit}: the editor is {@code sed -i -e '<editorSed>'} (null: none) */
    Result run(String binary, List<String> args, String stdin, String editorSed) {
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.addAll(args);
        try {
            Path out = Files.createTempFile("kubectl-out", ".txt");
            Path err = Files.createTempFile("kubectl-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("KUBECONFIG", kubeconfig.toString());
            builder.environment().put("HOME", home.toString());
            builder.environment().remove("KUBE_EDITOR");
            if (editorSed != null) {
                builder.environment().put("KUBE_EDITOR", EditorSed.command(editorSed));
            }
            Process process = builder.start();
            if (stdin != null && !stdin.isEmpty()) {
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
}
