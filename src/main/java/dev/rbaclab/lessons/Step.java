package dev.rbaclab.lessons;

import java.util.List;

/** One step of a lesson: its text, starting state, checks, hints and solution. */
public record Step(String id, Text title, Text body, int points, List<SetupAction> setup, List<Check> checks,
                   List<Text> hints, List<String> solution, List<String> tooBroad) {

    public Step {
        setup = List.copyOf(setup);
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
        tooBroad = List.copyOf(tooBroad);
    }

    public int maxPoints() {
        return checks.stream().mapToInt(Check::points).sum();
    }
}
