package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.BrowserJourney;
import uk.org.cascade.it.PageCrawl;

/** A learner makes an API token on their own page, sees it once, uses it, and revokes it there. */
class ApiTokensJourneyIT extends BrowserJourney {

    @Test
    void aTokenMadeOnThePage_isShownOnce_works_andStopsWhenRevoked() {
        String email = "journey.token." + UUID.randomUUID() + "@school.test";
        Answer created = api.post("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null), Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), email, "a long enough password");

        browser.findElement(By.linkText("API tokens")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "API tokens"));
        assertEquals("90", browser.findElement(By.id("tokens:days")).getAttribute("value"), "a sensible default");
        browser.findElement(By.id("tokens:name")).sendKeys("Weekly spreadsheet");
        browser.findElement(By.id("tokens:create")).click();

        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:secret")));
        String token = secret.getAttribute("value");
        assertTrue(token.startsWith("cascade_"), token);
        assertTrue(secret.getAttribute("readonly") != null, "read-only, to select and copy");
        assertTrue(browser.findElement(By.id("issued-help")).getText().contains("only time"));
        assertEquals(200, bearerMe(token).statusCode(), "the token from the page works");
        // The every-page crawl sees the page as it loads; the shown token and the table are checked here.
        assertEquals(List.of(), new AxeBuilder().withTags(PageCrawl.WCAG_21_AA).analyze(browser).getViolations()
                .stream().map(rule -> rule.getId()).toList());

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:list"), "Weekly spreadsheet"));
        assertFalse(browser.getPageSource().contains(token), "shown once: not after a reload");
        String row = browser.findElement(By.id("tokens:list")).getText();
        assertFalse(row.contains("Never"), "used once already: " + row);

        browser.findElement(By.cssSelector("[aria-label='Revoke Weekly spreadsheet']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:list"), "You have no API tokens."));
        assertEquals(401, bearerMe(token).statusCode(), "revoked on the page: it no longer works");
    }

    private HttpResponse<String> bearerMe(String token) {
        return api.exchange(HttpRequest.newBuilder(api.uri("/api/v1/me")).header("Authorization", "Bearer " + token)
                .GET(), Caller.NOBODY, HttpResponse.BodyHandlers.ofString());
    }
}
