package dev.rbaclab.curriculum;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.TestLab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in console for proving lessons while the browser console's kubectl is being built: runs {@code kubectl ...}
 * lines with the real kubectl against the sandbox. The curriculum test switches to the console itself.
 */
public final class RealKubectlConsole implements CommandRunner {

    private final KubectlRunner kubectl;

    public RealKubectlConsole(TestLab lab, SandboxCreated sandbox) {
        try {
            Path dir = Files.createTempDirectory(lab.directory(), "console");
            this.kubectl = new KubectlRunner(lab.kubeconfig(sandbox), dir.resolve("cache"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Outcome run(String commandLine) {
        List<String> words = split(commandLine);
        if (words.isEmpty() || !words.get(0).equals("kubectl")) {
            throw new IllegalArgumentException("only kubectl commands: " + commandLine);
        }
        KubectlRunner.Result result = kubectl.run(words.subList(1, words.size()).toArray(new String[0]));
        return new Outcome(result.stdout(), result.stderr(), result.exitCode());
    }

    /** Splits like a shell: whitespace outside quotes, quotes removed. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(current.toString());
        }
        return words;
    }
}
