package dev.rbaclab.kubectl;

import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.List;
import java.util.Map;

/**
 * One command line typed into the console: the arguments after {@code kubectl} (already split by the console's
 * shell), the kubeconfig the console holds, what {@code -f -} reads ({@code stdin}), and the files the console
 * offers to {@code -f FILE} and {@code --from-file} (its YAML pane and heredocs), by path. {@code terminal} says
 * that stdin is the console's terminal (nothing piped in), so {@code exec -it} gets a TTY as in a real shell.
 */
public record Invocation(List<String> args, KubeconfigState kubeconfig, String stdin, Map<String, String> files,
                         boolean terminal) {

    public Invocation {
        args = List.copyOf(args);
        stdin = stdin == null ? "" : stdin;
        files = Map.copyOf(files == null ? Map.of() : files);
    }

    /** An invocation whose stdin is not a terminal (a pipe, a file, or nothing). */
    public Invocation(List<String> args, KubeconfigState kubeconfig, String stdin, Map<String, String> files) {
        this(args, kubeconfig, stdin, files, false);
    }

    public static Invocation of(KubeconfigState kubeconfig, String... args) {
        return new Invocation(List.of(args), kubeconfig, "", Map.of());
    }

    public Invocation withStdin(String text) {
        return new Invocation(args, kubeconfig, text, files, terminal);
    }

    public Invocation withFiles(Map<String, String> value) {
        return new Invocation(args, kubeconfig, stdin, value, terminal);
    }
}
