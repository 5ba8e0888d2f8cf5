package dev.rbaclab.curriculum;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.console.ConsoleReply;
import dev.rbaclab.testing.TestLab;

import java.util.Locale;

/**
 * The lesson player's console as a {@link CommandRunner}: every command goes through the lab's Console service —
 * the learner's workstation shell, the console kubectl and the API server's pipeline — the code path behind
 * POST /api/console.
 */
final class BrowserConsole implements CommandRunner {

    private final TestLab lab;
    private final Sandbox sandbox;

    BrowserConsole(TestLab lab, SandboxCreated created) {
        this.lab = lab;
        this.sandbox = lab.lab().sandboxes().find(created.id()).orElseThrow();
    }

    @Override
    public Outcome run(String commandLine) {
        ConsoleReply reply = lab.lab().console().run(sandbox.ownerId(), sandbox, commandLine, Locale.ENGLISH);
        return new Outcome(reply.stdout(), reply.stderr(), reply.exitCode());
    }
}
