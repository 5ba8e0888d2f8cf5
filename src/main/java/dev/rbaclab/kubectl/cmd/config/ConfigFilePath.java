package dev.rbaclab.kubectl.cmd.config;

import dev.rbaclab.kubectl.ConsoleMessages;

/**
 * The file kubectl names in "deleted context x from FILE" (clientcmd.PathOptions.GetDefaultFilename): the console
 * keeps its kubeconfig in memory and names the file a learner's kubectl would use.
 */
final class ConfigFilePath {

    private ConfigFilePath() {
    }

    static String get() {
        return ConsoleMessages.KUBECONFIG_FILE;
    }
}
