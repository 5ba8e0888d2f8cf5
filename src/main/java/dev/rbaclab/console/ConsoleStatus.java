package dev.rbaclab.console;

/** The console as a page finds it: the prompt, who commands run as, and an editor left open by kubectl edit. */
public record ConsoleStatus(String prompt, String context, ConsoleReply.Editor editor) {
}
