package dev.rbaclab.classroom.grades;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * JUnit XML, which CI systems and LMS importers read: one testsuite per learner, one testcase per check
 * ({@code classname} lesson.step); a failed or too-broad check is a failure, a never-evaluated one is skipped.
 */
public final class JunitGrades {

    private JunitGrades() {
    }

    public static String write(GradeReport report) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", report.workshop().title());
            xml.writeAttribute("tests", String.valueOf(count(report, null)));
            xml.writeAttribute("failures", String.valueOf(count(report, "failure")));
            xml.writeAttribute("skipped", String.valueOf(count(report, "skipped")));
            for (GradeReport.LearnerGrades learner : report.learners()) {
                writeSuite(xml, learner, report);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString() + "\n";
    }

    private static void writeSuite(XMLStreamWriter xml, GradeReport.LearnerGrades learner, GradeReport report)
            throws XMLStreamException {
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (GradeReport.StepGrade step : learner.steps()) {
            for (GradeReport.CheckGrade check : step.checks()) {
                tests++;
                failures += kind(check).equals("failure") ? 1 : 0;
                skipped += kind(check).equals("skipped") ? 1 : 0;
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", learner.name());
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("skipped", String.valueOf(skipped));
        xml.writeAttribute("timestamp", report.generatedAt().toString());
        for (GradeReport.StepGrade step : learner.steps()) {
            for (GradeReport.CheckGrade check : step.checks()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", step.column().lessonId() + "." + step.column().stepId());
                xml.writeAttribute("name", check.id() + ": " + check.title());
                xml.writeAttribute("assertions", String.valueOf(check.maxPoints()));
                switch (kind(check)) {
                    case "failure" -> {
                        xml.writeStartElement("failure");
                        xml.writeAttribute("type", check.status());
                        xml.writeAttribute("message", check.message());
                        xml.writeEndElement();
                    }
                    case "skipped" -> {
                        xml.writeStartElement("skipped");
                        xml.writeAttribute("message", "not attempted");
                        xml.writeEndElement();
                    }
                    default -> {
                    }
                }
                xml.writeEndElement();
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String kind(GradeReport.CheckGrade check) {
        return switch (check.status()) {
            case "passed" -> "passed";
            case "pending" -> "skipped";
            default -> "failure";
        };
    }

    private static int count(GradeReport report, String kind) {
        int n = 0;
        for (GradeReport.LearnerGrades learner : report.learners()) {
            for (GradeReport.StepGrade step : learner.steps()) {
                for (GradeReport.CheckGrade check : step.checks()) {
                    n += kind == null || kind(check).equals(kind) ? 1 : 0;
                }
            }
        }
        return n;
    }
}
