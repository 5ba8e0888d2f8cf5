package dev.rbaclab.browser;

import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "See access" in a real browser: the matrix of system:serviceaccount:foo:default goes from all-denied to list/get
 * services after the book's RoleBinding, and the diff shows exactly that; the graph shows the path; a risk warning
 * appears after binding cluster-admin to a ServiceAccount.
 */
class AccessBrowserTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    private static final String MATRIX = "/access?view=matrix&kind=ServiceAccount&namespace=foo&name=default&scope=foo";

    @Test
    void theMatrixTheDiffTheGraphAndARiskWarning() {
        try (Browser browser = Browser.open(lab.get().webUrl(), "en-US,en")) {
            browser.go("/");
            browser.find("#start-sandbox").click();
            browser.waitFor(ExpectedConditions.urlContains("/chapter"));
            browser.find(".lesson-link").click();
            PlayerPage player = new PlayerPage(browser);
            player.type("kubectl create namespace foo");

            browser.go(MATRIX);
            assertThat(allowedCells(browser)).isEmpty();
            browser.screenshot("30-matrix-denied");

            browser.go("/lessons/player-basics/create-sa");
            player.type("kubectl create role service-reader --verb=get --verb=list --resource=services -n foo");
            player.type("kubectl create rolebinding test --role=service-reader --serviceaccount=foo:default -n foo");

            browser.go(MATRIX);
            assertThat(allowedCells(browser)).containsExactlyInAnyOrder("get services", "list services");
            List<String> changes = browser.all("#diff li").stream().map(WebElement::getText).toList();
            assertThat(changes).containsExactlyInAnyOrder("now allowed: get services", "now allowed: list services");
            assertThat(browser.all("#matrix td.granted")).hasSize(2);
            browser.screenshot("31-matrix-diff");

            // a cell's explanation: the binding and rule that allow it
            browser.find("#matrix td.granted button").click();
            WebElement explanation = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("cell-explanation")));
            browser.waitFor(d -> explanation.getText().contains("RoleBinding foo/test"));

            browser.go("/access?view=graph&scope=foo");
            List<String> sentences = browser.all("#graph-sentences li").stream().map(WebElement::getText).toList();
            assertThat(sentences).contains("ServiceAccount foo/default can get, list services in namespace foo through "
                    + "RoleBinding test and Role service-reader.");
            browser.find("#rbac-graph g.node[data-id='s:ServiceAccount:foo/default']").click();
            assertThat(browser.all("#rbac-graph g.node.on")).extracting(e -> e.getAttribute("data-id"))
                    .contains("s:ServiceAccount:foo/default", "b:RoleBinding:foo/test", "r:Role:foo/service-reader",
                            "r:Role:foo/service-reader#0");
            assertThat(browser.all("#rbac-graph .edges path.on")).hasSize(3);
            browser.screenshot("32-graph");

            browser.go("/access?view=risks");
            assertThat(browser.all("#risks li.risk[data-risk='cluster_admin_sa']")).isEmpty();
            browser.go("/lessons/player-basics/create-sa");
            player.type("kubectl create clusterrolebinding ci-admin --clusterrole=cluster-admin --serviceaccount=foo:ci");
            browser.go("/access?view=risks");
            WebElement risk = browser.find("#risks li.risk[data-risk='cluster_admin_sa']");
            assertThat(risk.getText()).contains("ClusterRoleBinding ci-admin binds cluster-admin to the ServiceAccount foo/ci");
            browser.screenshot("33-risks");
        }
    }

    private static List<String> allowedCells(Browser browser) {
        List<String> verbs = browser.all("#matrix thead th").stream().skip(1).map(WebElement::getText).toList();
        return browser.all("#matrix tbody tr").stream().flatMap(row -> {
            String resource = row.findElement(By.cssSelector("th")).getText();
            List<WebElement> cells = row.findElements(By.cssSelector("td"));
            return java.util.stream.IntStream.range(0, cells.size())
                    .filter(i -> cells.get(i).getAttribute("class").contains("allowed"))
                    .mapToObj(i -> verbs.get(i) + " " + resource);
        }).toList();
    }
}
