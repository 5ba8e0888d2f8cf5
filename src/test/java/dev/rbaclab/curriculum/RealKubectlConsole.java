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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in console for proving lessons while the browser console's kubectl is being built: runs {@code kubectl ...}
 * lines with the real kubectl against the sandbox. The curriculum test switches to the console itself.
 */
public final class RealKubectlConsole implements CommandRunner {

    /** A first line ending in a here-document: {@code kubectl apply -f - <<EOF} (or <<'EOF'). */
    private static final Pattern HEREDOC = Pattern.compile("(.*?)\\s*<<-?\\s*(['\"]?)(\\w+)\\2\\s*");

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
        String text = commandLine.strip();
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        String stdin = null;
        Matcher heredoc = HEREDOC.matcher(line);
        if (heredoc.matches()) {
            // kubectl apply -f - <<EOF ... EOF: the console's shell feeds the document to stdin, as bash does
            line = heredoc.group(1);
            stdin = heredocBody(newline < 0 ? "" : text.substring(newline + 1), heredoc.group(3), commandLine);
        } else if (newline >= 0) {
            throw new IllegalArgumentException("one command per line (or a here-document): " + commandLine);
        }
        List<String> words = split(line);
        if (words.isEmpty() || !words.get(0).equals("kubectl")) {
            throw new IllegalArgumentException("only kubectl commands: " + commandLine);
        }
        String[] args = words.subList(1, words.size()).toArray(new String[0]);
        KubectlRunner.Result result = stdin == null ? kubectl.run(args) : kubectl.runWithInput(stdin, args);
        return new Outcome(result.stdout(), result.stderr(), result.exitCode());
    }

    /** The lines after the command up to the delimiter line. */
    private static String heredocBody(String rest, String delimiter, String commandLine) {
        StringBuilder body = new StringBuilder();
        for (String bodyLine : rest.split("\n", -1)) {
            if (bodyLine.strip().equals(delimiter)) {
                return body.toString();
            }
            body.append(bodyLine).append('\n');
        }
        throw new IllegalArgumentException("the here-document is not closed by " + delimiter + ": " + commandLine);
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
