package dev.rbaclab.browser;

import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workshop in three real browsers (separate profiles): the instructor signs in and creates a workshop; two learners
 * join with its code; one completes a step, the other fails its check; the instructor's dashboard updates live and
 * shows why, the instructor resets the second learner's step, and the exports hold the right grades.
 */
class ClassroomBrowserTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void anInstructorRunsAWorkshopWithTwoLearners() throws Exception {
        String base = lab.get().webUrl();
        try (Browser teacher = Browser.open(base, "en-US,en");
             Browser ann = Browser.open(base, "en-US,en");
             Browser ben = Browser.open(base, "ko-KR,ko")) {
            teacher.go("/instructor");
            teacher.waitFor(ExpectedConditions.urlContains("/instructor/login"));
            teacher.find("#username").sendKeys("admin");
            teacher.find("#password").sendKeys("test-admin-password");
            teacher.find("#sign-in").click();
            teacher.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("create-workshop")));
            teacher.find("#workshop-title").sendKeys("RBAC afternoon");
            teacher.find("#lesson-player-basics").click();
            teacher.screenshot("20-instructor-workshops");
            teacher.find("#create-workshop-submit").click();
            WebElement codeElement = teacher.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("join-code")));
            String code = codeElement.getText();
            assertThat(code).matches("[A-Z0-9]{6}");
            teacher.waitFor(d -> "true".equals(teacher.find("main.dashboard").getAttribute("data-connected")));

            join(ann, code, "Ann");
            join(ben, code, "Ben");
            teacher.waitFor(d -> teacher.all("#roster-body tr").size() == 2);

            // Ann completes the step
            ann.find(".lesson-link").click();
            PlayerPage annPlayer = new PlayerPage(ann);
            annPlayer.type("kubectl create serviceaccount foo");
            ann.find("#check-step").click();
            ann.waitFor(d -> ann.find("#step-status .verdict").getAttribute("class").contains("passed"));

            // Ben presses Check without doing it, three times: he fails and gets stuck
            ben.find(".lesson-link").click();
            for (int i = 0; i < 3; i++) {
                ben.find("#check-step").click();
                int attempt = i;
                ben.waitFor(d -> ben.find("#step-status .check.failed") != null);
            }
            ben.screenshot("21-learner-failed-check-ko");

            WebElement annRow = teacher.waitFor(d -> row(teacher, "Ann", "passed"));
            assertThat(annRow.findElement(By.cssSelector("td.total")).getText()).isEqualTo("10 / 15");
            WebElement benRow = teacher.waitFor(d -> {
                WebElement r = row(teacher, "Ben", "started");
                return r != null && r.getAttribute("class").contains("stuck") ? r : null;
            });
            assertThat(benRow.findElement(By.cssSelector(".stuck-flag")).getText()).isEqualTo("stuck");
            teacher.waitFor(d -> teacher.find("#summary td.hardest").getText().contains("ServiceAccount foo exists"));
            teacher.screenshot("22-dashboard-live");

            // the learner view shows the failure reason; reset Ben's step from there
            benRow.findElement(By.cssSelector("th a")).click();
            teacher.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".learner-view")));
            assertThat(teacher.find(".learner-step").getText())
                    .contains("There is no ServiceAccount named foo in the default namespace yet.");
            teacher.screenshot("23-learner-view");
            teacher.find(".learner-step button.reset-step").click();
            teacher.waitFor(d -> teacher.find(".learner-step .step-attempts").getText().equals("0 checks"));

            // exports, fetched with the instructor's session cookie
            Cookie session = teacher.driver().manage().getCookieNamed("rbaclab_instructor");
            String csv = fetch(base + "/instructor/workshops/" + code + "/grades.csv", session);
            assertThat(csv.split("\r\n")).contains("name,0.1 #1 create-sa,0.1 #2 question,total,max,last_activity");
            assertThat(csv).containsPattern("(?m)^Ann,10,0,10,15,\\d{4}-").containsPattern("(?m)^Ben,0,0,0,15,\\d{4}-");
            var json = Json.parse(fetch(base + "/instructor/workshops/" + code + "/grades.json", session));
            assertThat(json.path("learners")).hasSize(2);
            String xml = fetch(base + "/instructor/workshops/" + code + "/grades.xml", session);
            assertThat(xml).contains("<testsuite name=\"Ann\" tests=\"2\" failures=\"0\"");
        }
    }

    private static void join(Browser browser, String code, String name) {
        browser.go("/");
        browser.find("#home-join-code").sendKeys(code);
        browser.find("#join-workshop button").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("join-name")));
        assertThat(browser.find("#join-code").getAttribute("value")).isEqualTo(code);
        browser.find("#join-name").sendKeys(name);
        browser.find("#join-submit").click();
        browser.waitFor(ExpectedConditions.urlContains("/chapter"));
    }

    private static WebElement row(Browser teacher, String name, String firstCellStatus) {
        for (WebElement row : teacher.all("#roster-body tr")) {
            if (row.findElement(By.cssSelector("th a")).getText().equals(name)
                    && row.findElement(By.cssSelector("td")).getAttribute("class").contains(firstCellStatus)) {
                return row;
            }
        }
        return null;
    }

    private static String fetch(String url, Cookie session) {
        WebClient client = new WebClient(url);
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session.getName() + "=" + session.getValue())).body();
    }
}
