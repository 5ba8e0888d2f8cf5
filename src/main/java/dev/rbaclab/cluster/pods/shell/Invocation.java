package dev.rbaclab.cluster.pods.shell;

import java.util.List;

/** One command with its arguments (after expansion), its stdin, and where it writes. */
record Invocation(List<String> args, String stdin, StringBuilder out, StringBuilder err, Shell shell) {

    String name() {
        return args.get(0);
    }

    List<String> operands() {
        return args.subList(1, args.size());
    }

    int fail(String message, int status) {
        err.append(message).append('\n');
        return status;
    }
}
