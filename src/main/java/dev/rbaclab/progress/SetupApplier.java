package dev.rbaclab.progress;

import dev.rbaclab.lessons.SetupAction;

/** Applies a step's setup to a sandbox as its admin (wired by the composition root to the API server and console). */
@FunctionalInterface
public interface SetupApplier {

    /** @return an error message, or null when the action was applied */
    String apply(String sandboxId, SetupAction action);
}
