package dev.rbaclab.browser;

import dev.rbaclab.i18n.Messages;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.LessonLoader;
import dev.rbaclab.lessons.Source;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole lesson of the real chapter in a real browser, once in English and once in Korean: every step's commands
 * typed into the console (quizzes answered in their form), Check pressed, the step passed with its full score, and
 * the chapter map showing the lesson done.
 */
class WholeLessonBrowserTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"12.1.2-service-accounts, en", "12.2.3-roles-and-rolebindings, ko"})
    void aLearnerCompletesTheLesson(String lessonId, String language) {
        Lesson lesson = new LessonLoader(Source.directory(Path.of("lessons"))).lesson(lessonId);
        Locale locale = Locale.forLanguageTag(language);
        try (Browser browser = Browser.open(lab.get().webUrl(), language.equals("ko") ? "ko-KR,ko" : "en-US,en")) {
            browser.go("/");
            browser.find("#start-sandbox").click();
            browser.waitFor(ExpectedConditions.urlContains("/chapter"));
            PlayerPage player = new PlayerPage(browser);
            for (Step step : lesson.steps()) {
                browser.go("/lessons/" + lesson.id() + "/" + step.id());
                assertThat(browser.find("#step-title").getText()).isEqualTo(step.title().in(locale));
                for (String command : step.solution()) {
                    if (command.startsWith("answer ")) {
                        String[] parts = command.trim().split("\\s+");
                        browser.find("form.quiz[data-quiz='" + parts[1] + "'] input[value='" + parts[2] + "']").click();
                        browser.find("form.quiz[data-quiz='" + parts[1] + "'] button[type='submit']").click();
                        browser.waitFor(d -> browser.find("form.quiz[data-quiz='" + parts[1] + "'] input[value='"
                                + parts[2] + "']").isSelected());
                    } else {
                        player.type(command);
                    }
                }
                browser.find("#check-step").click();
                WebElement verdict = browser.waitFor(d -> {
                    WebElement v = browser.find("#step-status .verdict");
                    return v.getAttribute("class").contains("passed") ? v : null;
                });
                assertThat(verdict.getText()).contains(Messages.get(locale, "step.verdict.passed"))
                        .contains(Messages.get(locale, "step.score", step.maxPoints(), step.maxPoints()));
            }
            browser.screenshot("40-lesson-" + language);
            browser.go("/chapter");
            WebElement card = browser.all(".lesson-card").stream()
                    .filter(c -> c.findElement(By.cssSelector(".lesson-link")).getAttribute("href").endsWith(lesson.id()))
                    .findFirst().orElseThrow();
            assertThat(card.getAttribute("class")).contains("done");
            assertThat(card.findElement(By.cssSelector(".points")).getText())
                    .isEqualTo(Messages.get(locale, "chapter.points", lesson.maxPoints(), lesson.maxPoints()));
            browser.screenshot("41-chapter-" + language);
        }
    }
}
