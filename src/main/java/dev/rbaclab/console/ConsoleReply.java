package dev.rbaclab.console;

import java.util.List;

/**
 * What the browser shows after a command: the prompt the command was typed at, its output and exit status, whether
 * the screen was cleared, the API requests it made (for the "why" panel), the prompt for the next command, and the
 * editor pane's content when {@code kubectl edit} opened it.
 */
public record ConsoleReply(long historyId, String prompt, String command, String stdout, String stderr, int exitCode,
                           boolean clear, List<RequestSummary> requests, String nextPrompt, String context,
                           Editor editor) {

    public ConsoleReply {
        requests = List.copyOf(requests);
    }

    /** The buffer {@code kubectl edit} opened, and the file name it would have had. */
    public record Editor(String buffer, String fileName) {
    }
}
