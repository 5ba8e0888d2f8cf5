package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.ConsoleMessages;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;

/**
 * helpErrorf of staging/src/k8s.io/kubectl/pkg/cmd/config/config.go: kubectl prints the command's full help on
 * stdout, then the error. The console prints its short help pointer instead of the full help.
 */
final class HelpError {

    private HelpError() {
    }

    static CommandError of(CommandContext context, String message) {
        printHelp(context);
        return new CommandError(message);
    }

    static void printHelp(CommandContext context) {
        context.out().print(String.format(ConsoleMessages.HELP_POINTER, context.command().summary(),
                context.command().path()));
    }
}
