package dev.rbaclab.lessons;

/** One thing a step's setup does, as the sandbox admin. */
public sealed interface SetupAction permits SetupAction.Apply, SetupAction.Delete, SetupAction.Run {

    /** Create or update an object (YAML). */
    record Apply(String yaml) implements SetupAction {
    }

    /** Make sure an object is gone. */
    record Delete(String group, String resource, String namespace, String name) implements SetupAction {
    }

    /** A console command; AlreadyExists is ignored. */
    record Run(String command) implements SetupAction {
    }
}
