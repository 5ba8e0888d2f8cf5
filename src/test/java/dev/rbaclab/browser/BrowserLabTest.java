package dev.rbaclab.browser;

import dev.rbaclab.i18n.Messages;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser lab as a learner uses it, in a real headless Chromium: start self-study, work in the console, create a
 * pod from the YAML pane, exec into it, be refused with its token, read why, apply the fix, see the same request
 * succeed, switch to Korean, reload and find everything still there. Screenshots land in target/screenshots.
 */
class BrowserLabTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    private static final String TOKEN_FILE = "/var/run/secrets/kubernetes.io/serviceaccount/token";
    private static final String CA_FILE = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";
    private static final String LIST_PODS = "curl -s -H \"Authorization: Bearer $TOKEN\" --cacert " + CA_FILE
            + " https://kubernetes/api/v1/namespaces/default/pods";

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void aLearnerIsRefusedReadsWhyFixesItAndFindsEverythingAfterAReload() {
        try (Browser browser = Browser.open(lab.get().webUrl(), "en-US,en")) {
            // home → start self-study → chapter → the first lesson
            browser.go("/");
            browser.screenshot("01-home");
            browser.find("#start-sandbox").click();
            browser.waitFor(ExpectedConditions.urlContains("/chapter"));
            browser.screenshot("02-chapter");
            browser.find(".lesson-link").click();
            browser.waitFor(ExpectedConditions.urlContains("/lessons/player-basics/create-sa"));
            PlayerPage player = new PlayerPage(browser);

            WebElement created = player.type("kubectl create serviceaccount foo");
            assertThat(player.output(created)).contains("serviceaccount/foo created");
            WebElement listed = player.type("kubectl get sa");
            assertThat(player.output(listed)).contains("NAME", "default", "foo");
            WebElement echoed = player.type("echo '<b>not bold</b>'");
            assertThat(echoed.findElements(By.tagName("b"))).isEmpty();
            assertThat(player.output(echoed)).contains("<b>not bold</b>");
            browser.waitFor(d -> browser.find("#step-status .verdict").getAttribute("class").contains("passed"));
            browser.screenshot("03-player-console");

            // the pod with serviceAccountName: foo, through the YAML pane
            browser.find(".code-block.lang-yaml button.open-in-editor").click();
            assertThat(browser.find("#editor-text").getAttribute("value")).contains("serviceAccountName: foo");
            browser.screenshot("04-yaml-pane");
            int before = player.entries();
            browser.find("#editor-apply").click();
            WebElement applied = player.waitForEntry(before);
            assertThat(player.output(applied)).contains("pod/curl created");

            // exec in, read the token, and be refused listing pods
            player.type("kubectl exec -it curl -- sh");
            assertThat(player.prompt()).isEqualTo("/ #");
            player.type("TOKEN=$(cat " + TOKEN_FILE + ")");
            WebElement refused = player.type(LIST_PODS);
            assertThat(player.output(refused)).contains("\"reason\": \"Forbidden\"",
                    "User \\\"system:serviceaccount:default:foo\\\" cannot list resource \\\"pods\\\"");
            assertThat(refused.findElements(By.cssSelector("button.request.denied"))).hasSize(1);
            WebElement why = player.waitForWhy("refused");
            assertThat(why.getText()).contains("403", "Forbidden", "system:serviceaccount:default:foo",
                    Messages.get(Locale.ENGLISH, "explain.authz.rbac.denied"));
            browser.screenshot("05-why-refused");

            // the suggested fix, pasted and run as the admin, then the same request succeeds
            player.type("exit");
            assertThat(player.prompt()).isEqualTo("$");
            assertThat(browser.all("#panel-why .fix-commands button.paste-command")).hasSize(2);
            browser.find("#panel-why button.paste-all").click();
            assertThat(browser.find("#console-line").getAttribute("value")).startsWith("kubectl create role ")
                    .contains("\nkubectl create rolebinding ");
            WebElement fixed = player.enter();
            assertThat(fixed.getAttribute("class")).doesNotContain("failed");
            assertThat(player.output(fixed)).contains("role.rbac.authorization.k8s.io/", "rolebinding.rbac.authorization.k8s.io/");
            player.type("kubectl exec -it curl -- sh");
            player.type("TOKEN=$(cat " + TOKEN_FILE + ")");
            WebElement allowed = player.type(LIST_PODS);
            assertThat(player.output(allowed)).contains("\"kind\": \"PodList\"", "\"name\": \"curl\"");
            assertThat(allowed.findElements(By.cssSelector("button.request.allowed"))).hasSize(1);
            player.waitForWhy("allowed");
            browser.screenshot("06-why-allowed");

            // the token viewer from the console: cat the token and click it
            WebElement token = player.type("cat " + TOKEN_FILE);
            token.findElement(By.cssSelector("button.jwt")).click();
            browser.waitFor(d -> browser.find("#token-result").getText().contains("system:serviceaccount:default:foo"));
            assertThat(browser.find("#token-result").getText())
                    .contains(Messages.get(Locale.ENGLISH, "token.signature.VERIFIED"));
            browser.screenshot("07-token-viewer");
            player.type("exit");

            // Korean: the same page, the denial explained in Korean
            int entries = player.entries();
            browser.find("#switch-language").click();
            browser.waitFor(d -> "ko".equals(browser.find("html").getAttribute("lang")));
            browser.waitFor(d -> player.entries() == entries);
            browser.find("button.request.denied").click();
            WebElement korean = player.waitForWhy("refused");
            assertThat(korean.getText()).contains(Messages.get(Locale.KOREAN, "explain.authz.rbac.denied"))
                    .doesNotContain(Messages.get(Locale.ENGLISH, "explain.authz.rbac.denied"));
            browser.screenshot("08-why-korean");

            // a reload finds the history and the sandbox as they were
            browser.driver().navigate().refresh();
            browser.waitFor(d -> player.entries() == entries);
            assertThat(player.output(browser.all(".console-output .entry").get(0))).contains("serviceaccount/foo created");
            WebElement still = player.type("kubectl get pod curl -o jsonpath={.spec.serviceAccountName}");
            assertThat(player.output(still)).contains("foo");
            player.tab("cluster");
            browser.waitFor(d -> browser.find("#panel-cluster").getText().contains("curl"));
            browser.screenshot("09-cluster-panel");
        }
    }
}
