package dev.rbaclab.console;

import java.time.Instant;
import java.util.List;

/** One command typed into the console: where it was typed (the prompt), what it printed and which requests it made. */
public record HistoryEntry(long id, Instant at, String prompt, String command, String stdout, String stderr,
                           int exitCode, List<Long> auditIds) {

    public HistoryEntry {
        auditIds = List.copyOf(auditIds);
    }
}
