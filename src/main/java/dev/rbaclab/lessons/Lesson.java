package dev.rbaclab.lessons;

import java.util.List;
import java.util.Optional;

/** A lesson: one section of the chapter. */
public record Lesson(String id, String section, Text title, Text summary, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    public int maxPoints() {
        return steps.stream().mapToInt(Step::maxPoints).sum();
    }
}
