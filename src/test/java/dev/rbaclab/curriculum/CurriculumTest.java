package dev.rbaclab.curriculum;

import dev.rbaclab.lessons.Chapter;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.LessonLoader;
import dev.rbaclab.lessons.Source;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lesson of the chapter proves itself through the code path a learner uses: each step's setup applied by the
 * lab's LabSetup (as the lesson player does), its checks failing on the starting state, its solution typed into the
 * browser console, its checks passing after; tooBroad variants graded "too broad".
 */
class CurriculumTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    static Stream<String> lessons() {
        Chapter chapter = new LessonLoader(Source.directory(Path.of("lessons"))).load();
        return chapter.lessons().stream().map(Lesson::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theLessonProvesItselfInTheBrowserConsole(String id) {
        Lesson lesson = new LessonLoader(Source.directory(Path.of("lessons"))).lesson(id);
        CurriculumHarness harness = new CurriculumHarness(lab.get(), BrowserConsole::new,
                (sandbox, action, admin, console) -> {
                    String error = lab.get().lab().setup().apply(sandbox.id(), action);
                    if (error != null) {
                        throw new IllegalStateException(id + ": setup failed: " + error);
                    }
                });

        List<String> problems = harness.prove(lesson);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
