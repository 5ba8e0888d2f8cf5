package dev.rbaclab.kubectl.cmd;

import dev.rbaclab.kubectl.cli.CommandNode;

/** The help kubectl prints for a command that only groups others ({@code kubectl auth}, {@code kubectl config}). */
final class GroupHelp {

    private GroupHelp() {
    }

    static String of(CommandNode node) {
        int width = 0;
        for (CommandNode child : node.children()) {
            width = Math.max(width, child.name().length());
        }
        StringBuilder sb = new StringBuilder(node.summary()).append(".\n\nAvailable Commands:\n");
        for (CommandNode child : node.children()) {
            sb.append("  ").append(child.name()).append(" ".repeat(width - child.name().length() + 5))
                    .append(child.summary()).append('\n');
        }
        sb.append("\nUsage:\n  ").append(node.path()).append(" [flags] [options]\n\n");
        sb.append("Use \"").append(node.path()).append(" <command> --help\" for more information about a given command.\n");
        sb.append("Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n");
        return sb.toString();
    }
}
