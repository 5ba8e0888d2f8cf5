package dev.rbaclab.curriculum;

/** Runs one console command line in a sandbox, as a learner would type it. */
@FunctionalInterface
public interface CommandRunner {

    Outcome run(String commandLine);

    /** What the command printed and how it ended. */
    record Outcome(String stdout, String stderr, int exitCode) {
    }
}
