package dev.rbaclab.cluster.pods.shell;

import java.util.List;

/** One command with its arguments (after expansion), its stdin, and where it writes. */
public record Invocation(List<String> args, String stdin, StringBuilder out, StringBuilder err, Shell shell) {

    public String name() {
        return args.get(0);
    }

    public List<String> operands() {
        return args.subList(1, args.size());
    }

    public int fail(String message, int status) {
        err.append(message).append('\n');
        return status;
    }
}
