package uk.org.cascade.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.PageSession;

/** The audit trail as an administrator reads it: words, not class names; times to the minute; a table that fits a phone. */
class AuditTrailPageIT extends DeployedCascade {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** "7 December 2026, 05:12" */
    private static final Pattern WHEN = Pattern.compile("\\d{1,2} (January|February|March|April|May|June|July|August|"
            + "September|October|November|December) \\d{4}, \\d{2}:\\d{2}<");

    @Test
    void eventsReadAsWords_withTimesToTheMinute() {
        String email = "audit-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
        assertEquals(201, api.post("/api/v1/users", "{\"name\":\"Audit Reader\",\"email\":\"" + email + "\",\"password\":"
                + "\"a long enough password\",\"roles\":[\"LEARNER\"]}", Caller.ADMIN).status());

        String page = PageSession.signIn(api, Caller.ADMIN).get("/audit/events.xhtml").html();
        String table = page.substring(page.indexOf("id=\"audit:events\""));

        assertTrue(table.contains("User account"), "the record type in words: " + table);
        assertTrue(table.contains("Created"), "the action in words");
        assertFalse(table.contains("UserAccount"), "no class names");
        assertFalse(table.contains(">CREATED<"), "no constants");
        assertTrue(WHEN.matcher(table).find(), "a time such as 6 December 2026, 14:05: " + table);
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").matcher(table).find(), "no ISO timestamps");
        assertTrue(page.contains("<option value=\"SignOff\">Sign-off</option>"), "the filter offers types in words");
    }

    @Test
    void theTrail_withARowOpen_passesAxe_andStacksOnAPhone() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.await(browser);
            Browser.signIn(browser, wait, api.uri("/login.xhtml"), Caller.ADMIN.email(), Caller.ADMIN.password());
            List<String> problems = new ArrayList<>();
            for (int width : new int[] {1366, 390}) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", width == 390 ? 844 : 768, "deviceScaleFactor", 1, "mobile", false));
                browser.get(api.uri("/audit/events.xhtml").toString());
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-row-toggler"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.json")));
                long scrollWidth = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth")).longValue();
                if (scrollWidth > width) {
                    problems.add(width + " px: the page is " + scrollWidth + " px wide");
                }
                new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations()
                        .forEach(v -> problems.add(width + " px: " + v.getId() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))));
            }
            assertEquals(List.of(), problems);
        } finally {
            browser.quit();
        }
    }
}
