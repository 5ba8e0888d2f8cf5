package dev.rbaclab.kubectl.cmd.resource;

import dev.rbaclab.kubectl.errors.CommandError;

/** cmdutil.GetDryRunStrategy: {@code --dry-run=none|client|server}. */
public enum DryRun {
    NONE(""), CLIENT(" (dry run)"), SERVER(" (server dry run)");

    private final String suffix;

    DryRun(String suffix) {
        this.suffix = suffix;
    }

    /** What the printed operation gets appended: {@code created (dry run)}. */
    public String suffix() {
        return suffix;
    }

    public static DryRun parse(String value) {
        return switch (value) {
            case "", "none" -> NONE;
            case "client" -> CLIENT;
            case "server" -> SERVER;
            default -> throw new CommandError("Invalid dry-run value (" + value
                    + "). Must be \"none\", \"server\", or \"client\".");
        };
    }
}
