package dev.rbaclab.console;

import dev.rbaclab.cluster.pods.shell.Command;
import dev.rbaclab.cluster.pods.shell.Invocation;
import dev.rbaclab.i18n.Messages;

/** {@code help}: what the console can do, in the learner's language. */
final class HelpCommand implements Command {

    private final ConsoleSession session;

    HelpCommand(ConsoleSession session) {
        this.session = session;
    }

    @Override
    public int run(Invocation in) {
        in.out().append(Messages.get(session.locale(), "console.help")).append('\n');
        return 0;
    }
}
