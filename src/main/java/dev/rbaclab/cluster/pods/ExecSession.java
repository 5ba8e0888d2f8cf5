package dev.rbaclab.cluster.pods;

import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.pods.shell.ShellResult;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * One {@code kubectl exec}: a command run as argv, or a shell — interactive with a terminal ({@code -it sh}, with
 * the prompt and echo of a tty), or reading a script from stdin ({@code -i sh < script}). Independent of the wire
 * protocol; the WebSocket adapter and the browser console both drive it.
 */
public final class ExecSession {

    private static final Set<String> SHELLS = Set.of("sh", "/bin/sh", "ash", "/bin/ash");

    private final Shell shell;
    private final List<String> command;
    private final boolean stdin;
    private final boolean tty;
    private final ExecOutput output;
    private final Terminal terminal;
    private final StringBuilder buffered = new StringBuilder();
    private boolean finished;

    private ExecSession(Shell shell, List<String> command, boolean stdin, boolean tty, ExecOutput output) {
        this.shell = shell;
        this.command = List.copyOf(command);
        this.stdin = stdin;
        this.tty = tty;
        this.output = output;
        this.terminal = new Terminal(this::runLine, text -> output.stdout(text));
    }

    /** Starts the command; a command that needs no input has finished when this returns. */
    public static ExecSession start(Shell shell, List<String> command, boolean stdin, boolean tty, ExecOutput output) {
        ExecSession session = new ExecSession(shell, command, stdin, tty, output);
        session.begin();
        return session;
    }

    private void begin() {
        if (command.isEmpty()) {
            finish(0, "you must specify at least one command for the container");
            return;
        }
        boolean interactiveShell = SHELLS.contains(command.get(0)) && command.size() == 1;
        if (interactiveShell && tty && stdin) {
            output.stdout(Shell.PROMPT);
            return;
        }
        if (interactiveShell && !stdin) {
            finish(0, null);
            return;
        }
        if (!stdin) {
            runCommand("");
        }
    }

    /** Bytes the client typed or piped. */
    public void input(byte[] data) {
        if (finished) {
            return;
        }
        String text = new String(data, StandardCharsets.UTF_8);
        if (tty && SHELLS.contains(command.get(0)) && command.size() == 1) {
            terminal.type(text);
        } else {
            buffered.append(text);
        }
    }

    /** The client closed stdin (or the connection). */
    public void endOfInput() {
        if (finished) {
            return;
        }
        if (SHELLS.contains(command.get(0)) && command.size() == 1) {
            ShellResult result = null;
            for (String line : buffered.toString().split("\n")) {
                result = shell.run(line);
                emit(result);
                if (result.exited()) {
                    break;
                }
            }
            finish(result == null ? 0 : result.status(), null);
        } else {
            runCommand(buffered.toString());
        }
    }

    public boolean finished() {
        return finished;
    }

    private void runCommand(String input) {
        ShellResult result = shell.runArgv(command, input);
        if (result == null) {
            finish(126, "error executing command in container: failed to exec in container: failed to start exec: "
                    + "OCI runtime exec failed: exec failed: unable to start container process: exec: \"" + command.get(0)
                    + "\": executable file not found in $PATH: unknown");
            return;
        }
        emit(result);
        finish(result.status(), null);
    }

    /** A line typed at the prompt. */
    private void runLine(String line) {
        ShellResult result = shell.run(line);
        emit(result);
        if (result.exited()) {
            finish(result.status(), null);
        } else {
            output.stdout(Shell.PROMPT);
        }
    }

    private void emit(ShellResult result) {
        if (tty) {
            // a terminal merges stderr into stdout and turns \n into \r\n
            output.stdout(crlf(result.stderr() + result.stdout()));
        } else {
            if (!result.stdout().isEmpty()) {
                output.stdout(result.stdout());
            }
            if (!result.stderr().isEmpty()) {
                output.stderr(result.stderr());
            }
        }
    }

    private void finish(int status, String failure) {
        if (!finished) {
            finished = true;
            output.exit(status, failure);
        }
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
