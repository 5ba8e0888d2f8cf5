package dev.rbaclab.curriculum;

import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.LessonLoader;
import dev.rbaclab.lessons.Source;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section 12.1 and 12.2.1 of the chapter prove themselves: every step fails on its starting state and passes after its
 * solution, replayed through a console in a fresh sandbox; tooBroad variants are graded "too broad".
 */
class LessonsPartOneTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @BeforeAll
    static void needsKubectl() {
        Assumptions.assumeTrue(KubectlRunner.available(), "the real kubectl is not installed here");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "12.1.1-users-and-groups",
            "12.1.2-service-accounts",
            "12.1.3-creating-service-accounts",
            "12.1.4-assigning-service-accounts",
            "12.2.1-rbac-plugin",
    })
    void theLessonProvesItself(String id) {
        Lesson lesson = new LessonLoader(Source.directory(Path.of("lessons"))).lesson(id);

        List<String> problems = new CurriculumHarness(lab.get(), RealKubectlConsole::new).prove(lesson);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
