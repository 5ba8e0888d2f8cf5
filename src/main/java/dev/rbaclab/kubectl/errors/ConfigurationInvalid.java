package dev.rbaclab.kubectl.errors;

import java.util.List;

/**
 * clientcmd's errConfigurationInvalid, printed by checkErr as {@code MultilineError("Error in configuration: ", err)}:
 * one problem on the same line, several as a bullet list.
 */
public final class ConfigurationInvalid extends KubectlError implements PrintedAsIs {

    private final List<String> problems;

    public ConfigurationInvalid(List<String> problems) {
        super("invalid configuration: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public String sentence() {
        if (problems.size() == 1) {
            return "Error in configuration: " + problems.get(0);
        }
        StringBuilder sb = new StringBuilder("Error in configuration: \n");
        problems.forEach(p -> sb.append("* ").append(p).append('\n'));
        return sb.toString();
    }
}
