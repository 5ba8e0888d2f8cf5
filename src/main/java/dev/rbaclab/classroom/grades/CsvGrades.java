package dev.rbaclab.classroom.grades;

import dev.rbaclab.classroom.Roster;

/**
 * One row per learner: name, the points of every step, total, maximum and last activity (ISO-8601 UTC). Cells that
 * a spreadsheet would run as a formula (starting with = + - @) are prefixed with a quote.
 */
public final class CsvGrades {

    private CsvGrades() {
    }

    public static String write(GradeReport report) {
        StringBuilder csv = new StringBuilder();
        csv.append("name");
        for (Roster.Column column : report.columns()) {
            csv.append(',').append(cell(column.section() + " #" + column.number() + " " + column.stepId()));
        }
        csv.append(",total,max,last_activity\r\n");
        for (GradeReport.LearnerGrades learner : report.learners()) {
            csv.append(cell(learner.name()));
            learner.steps().forEach(step -> csv.append(',').append(step.score()));
            csv.append(',').append(learner.total()).append(',').append(learner.max()).append(',')
                    .append(learner.lastActivity() == null ? "" : learner.lastActivity().toString()).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
