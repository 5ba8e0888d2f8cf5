package dev.rbaclab.classroom.grades;

import dev.rbaclab.classroom.Roster;
import dev.rbaclab.classroom.Workshop;

import java.time.Instant;
import java.util.List;

/** Every learner of a workshop, every step and check: status, points and the reason of a failure. */
public record GradeReport(Workshop workshop, List<Roster.Column> columns, List<LearnerGrades> learners,
                          Instant generatedAt) {

    public GradeReport {
        columns = List.copyOf(columns);
        learners = List.copyOf(learners);
    }

    /** One learner's grades. */
    public record LearnerGrades(String learnerId, String name, List<StepGrade> steps, int total, int max,
                                Instant lastActivity) {
        public LearnerGrades {
            steps = List.copyOf(steps);
        }
    }

    /** One step: its status, points, and each check. */
    public record StepGrade(Roster.Column column, String status, int score, int max, List<CheckGrade> checks) {
        public StepGrade {
            checks = List.copyOf(checks);
        }
    }

    /**
     * One check: passed, failed, too_broad or pending (never evaluated); {@code message} says why it failed (the
     * lesson's failure text, then what the grader saw).
     */
    public record CheckGrade(String id, String title, String status, int points, int maxPoints, String message) {
    }
}
