package dev.rbaclab.classroom.grades;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

/** Per learner, step and check: status, points and message. */
public final class JsonGrades {

    private JsonGrades() {
    }

    public static ObjectNode write(GradeReport report) {
        ObjectNode root = Json.object();
        root.put("workshop", report.workshop().code());
        root.put("title", report.workshop().title());
        root.put("mode", report.workshop().mode().name().toLowerCase(java.util.Locale.ROOT));
        root.put("generatedAt", report.generatedAt().toString());
        ArrayNode learners = root.putArray("learners");
        for (GradeReport.LearnerGrades learner : report.learners()) {
            ObjectNode l = learners.addObject();
            l.put("name", learner.name());
            l.put("total", learner.total());
            l.put("max", learner.max());
            l.put("lastActivity", learner.lastActivity() == null ? null : learner.lastActivity().toString());
            ArrayNode steps = l.putArray("steps");
            for (GradeReport.StepGrade step : learner.steps()) {
                ObjectNode s = steps.addObject();
                s.put("lesson", step.column().lessonId());
                s.put("step", step.column().stepId());
                s.put("status", step.status());
                s.put("score", step.score());
                s.put("max", step.max());
                ArrayNode checks = s.putArray("checks");
                for (GradeReport.CheckGrade check : step.checks()) {
                    checks.addObject().put("id", check.id()).put("title", check.title()).put("status", check.status())
                            .put("points", check.points()).put("max", check.maxPoints()).put("message", check.message());
                }
            }
        }
        return root;
    }
}
