package dev.rbaclab.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The lesson player as a learner uses it: type into the console, read what came back, use the panels. */
final class PlayerPage {

    private final Browser browser;

    PlayerPage(Browser browser) {
        this.browser = browser;
    }

    int entries() {
        return browser.all(".console-output .entry").size();
    }

    /** Types a command, presses Enter and waits for its output. */
    WebElement type(String command) {
        int before = entries();
        WebElement line = browser.find("#console-line");
        line.click();
        line.sendKeys(command);
        line.sendKeys(Keys.ENTER);
        return waitForEntry(before);
    }

    /** Presses Enter on what is in the input line (a pasted command). */
    WebElement enter() {
        int before = entries();
        browser.find("#console-line").sendKeys(Keys.ENTER);
        return waitForEntry(before);
    }

    WebElement waitForEntry(int before) {
        browser.waitFor(d -> entries() > before);
        List<WebElement> all = browser.all(".console-output .entry");
        return all.get(all.size() - 1);
    }

    String output(WebElement entry) {
        StringBuilder text = new StringBuilder();
        for (WebElement pre : entry.findElements(By.cssSelector("pre"))) {
            text.append(pre.getText()).append('\n');
        }
        return text.toString();
    }

    String prompt() {
        return browser.find("#console-prompt").getText().trim();
    }

    WebElement whyPanel() {
        return browser.find("#panel-why");
    }

    /** Waits until the "why" panel explains a request with this answer class ("allowed" or "refused"). */
    WebElement waitForWhy(String answer) {
        return browser.waitFor(d -> {
            List<WebElement> why = browser.all("#panel-why .why." + answer);
            return why.isEmpty() || !why.get(0).isDisplayed() ? null : why.get(0);
        });
    }

    void tab(String id) {
        browser.find("#tab-" + id).click();
    }
}
