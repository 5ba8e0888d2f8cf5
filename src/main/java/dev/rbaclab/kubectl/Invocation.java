package dev.rbaclab.kubectl;

import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.List;
import java.util.Map;

/**
 * One command line typed into the console: the arguments after {@code kubectl} (already split by the console's
 * shell), the kubeconfig the console holds, what {@code -f -} reads ({@code stdin}), and the files the console
 * offers to {@code -f FILE} and {@code --from-file} (its YAML pane and heredocs), by path.
 */
public record Invocation(List<String> args, KubeconfigState kubeconfig, String stdin, Map<String, String> files) {

    public Invocation {
        args = List.copyOf(args);
        stdin = stdin == null ? "" : stdin;
        files = Map.copyOf(files == null ? Map.of() : files);
    }

    public static Invocation of(KubeconfigState kubeconfig, String... args) {
        return new Invocation(List.of(args), kubeconfig, "", Map.of());
    }

    public Invocation withStdin(String text) {
        return new Invocation(args, kubeconfig, text, files);
    }

    public Invocation withFiles(Map<String, String> value) {
        return new Invocation(args, kubeconfig, stdin, value);
    }
}
