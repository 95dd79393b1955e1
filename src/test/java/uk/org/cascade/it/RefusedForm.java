package uk.org.cascade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees when a form is refused, the GOV.UK way: an error summary at the top that has focus, a link
 * to each refused field, the field itself marked invalid and described by the message beside it, no internal
 * words, and nothing for axe (WCAG 2.1 AA) to find in that state.
 */
public final class RefusedForm {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Words a person should never read: Java's, the API's and Bean Validation's. */
    private static final Pattern INTERNAL = Pattern.compile(
            "\\bnull\\b|uk\\.org\\.cascade|Exception|must not be (null|blank|empty)|YYYY-MM-DD|\\b[a-z]+[A-Z][a-z]+[a-zA-Z]*\\b"
                    + "|\\b(INDIVIDUAL|GROUP|COMPETENT|NOT_YET_COMPETENT|DRAFT|IN_PERSON)\\b");

    private RefusedForm() {
    }

    /** Waits for the summary and checks it holds, for each field's client id, a link whose text contains the given words. */
    public static void assertRefused(WebDriver browser, WebDriverWait wait, Map<String, String> fields) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        // The summary takes focus once the page has settled; an Ajax answer may render it more than once before
        // that, so it is read only then, never through an element found earlier.
        wait.until(b -> "error-summary".equals(((JavascriptExecutor) b).executeScript("return document.activeElement.id")));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertEquals("alert", summary.getAttribute("role"));
        assertEquals("There is a problem", summary.findElement(By.tagName("h2")).getText());
        assertTrue(browser.getTitle().startsWith("Error: "), "the title says so first: " + browser.getTitle());
        for (var field : fields.entrySet()) {
            List<WebElement> links = summary.findElements(By.cssSelector("a[href='#" + field.getKey() + "']"));
            assertEquals(1, links.size(), "one link in the summary to " + field.getKey() + ": " + summary.getText());
            String text = links.get(0).getText();
            assertTrue(text.contains(field.getValue()), field.getKey() + " says: " + text);
            assertMarked(browser, field.getKey(), text);
        }
        String page = browser.findElement(By.id("main")).getText();
        assertFalse(INTERNAL.matcher(page).find(), "internal words on the page: " + page);
        assertEquals(List.of(), new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList(),
                "axe on the refused form");
    }

    /** The field (or each input it holds) is aria-invalid and described by an element saying {@code message}. */
    public static void assertMarked(WebDriver browser, String clientId, String message) {
        WebElement field = browser.findElement(By.id(clientId));
        List<WebElement> controls = List.of("input", "select", "textarea").contains(field.getTagName()) ? List.of(field)
                : field.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"));
        assertFalse(controls.isEmpty(), clientId + " holds an input");
        for (WebElement control : controls) {
            assertEquals("true", control.getAttribute("aria-invalid"), clientId + " marked invalid");
            String described = Arrays.stream(String.valueOf(control.getAttribute("aria-describedby")).split(" "))
                    .map(id -> browser.findElements(By.id(id))).filter(found -> !found.isEmpty())
                    .map(found -> found.get(0).getText()).reduce("", (a, b) -> a + " " + b);
            assertTrue(described.contains(message), clientId + " is described by its message, not: " + described);
        }
    }

    /** The summary's link to {@code clientId} moves focus into that field. */
    public static void assertLinkFocuses(WebDriver browser, WebDriverWait wait, String clientId) {
        browser.findElement(By.cssSelector("#error-summary a[href='#" + clientId + "']")).click();
        wait.until(b -> String.valueOf(((JavascriptExecutor) b).executeScript("return document.activeElement.id"))
                .startsWith(clientId));
    }
}
