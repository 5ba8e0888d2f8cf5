package dev.rbaclab.cluster.pods.shell;

import java.util.HashMap;
import java.util.Map;

/** Every command the container's shell knows; anything else is {@code sh: <name>: not found}. */
final class Commands {

    private Commands() {
    }

    static Map<String, Command> all() {
        Map<String, Command> commands = new HashMap<>();
        ShellBuiltins.register(commands);
        FileCommands.register(commands);
        TextCommands.register(commands);
        commands.put("curl", new Curl());
        return commands;
    }
}
