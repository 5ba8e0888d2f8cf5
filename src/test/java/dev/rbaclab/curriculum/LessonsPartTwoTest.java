package dev.rbaclab.curriculum;

import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.LessonLoader;
import dev.rbaclab.lessons.Source;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lessons 12.2.2 to 12.3 prove themselves: each loads, every step's checks fail on its starting state and pass after
 * its solution is replayed through a console, and every tooBroad variant is graded "too broad".
 */
class LessonsPartTwoTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @BeforeAll
    static void needsKubectl() {
        Assumptions.assumeTrue(KubectlRunner.available(), "the real kubectl is not installed here");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "12.2.2-rbac-resources",
            "12.2.3-roles-and-rolebindings",
            "12.2.4-clusterroles-and-bindings",
            "12.2.5-default-roles",
            "12.2.6-granting-permissions-wisely",
            "12.3-final-challenge",
    })
    void theLessonProvesItself(String lessonId) {
        Lesson lesson = new LessonLoader(Source.directory(Path.of("lessons"))).lesson(lessonId);

        List<String> problems = new CurriculumHarness(lab.get(), RealKubectlConsole::new).prove(lesson);

        assertThat(problems).as("problems in " + lessonId).isEmpty();
    }
}
