package uk.org.cascade.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.RefusedForm;
import uk.org.cascade.it.TestDatabase;

/** An administrator defines a programme on its page, puts its modules in order with the buttons, and saves. */
class ProgrammeEditJourneyIT extends DeployedCascade {

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void adminSignedIn() throws Exception {
        browser = Browser.start();
        wait = Browser.await(browser);
        // Ajax updates replace the module list while it is being read: look again rather than fail.
        // The environment's administrator: no test creates another, since UsersIT relies on there being only one.
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void createWithTwoModules_moveTheSecondUp_save_andTheApiShowsTheNewOrder() {
        String code = "J" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-STAFF";
        browser.findElement(By.linkText("Programmes")).click();
        browser.findElement(By.id("programmes:newProgramme")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "New programme"));

        browser.findElement(By.id("programme:code")).sendKeys(code);
        browser.findElement(By.id("programme:title")).sendKeys("Parent-led CBT — journey");
        module(0, "Understanding anxiety", "90", "Self-paced online");
        browser.findElement(By.id("programme:addModule")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("programme:modules:1:title")));
        module(1, "Case practice", "180", "In person");

        wait.until(ExpectedConditions.attributeToBe(By.id("programme:modules:1:up"), "aria-label", "Move Case practice up"));
        browser.findElement(By.id("programme:modules:1:up")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("programme:modules:0:title"), "value", "Case practice"));
        assertEquals("Understanding anxiety", browser.findElement(By.id("programme:modules:1:title")).getAttribute("value"));
        assertEquals("Move Case practice down", browser.findElement(By.id("programme:modules:0:down")).getAttribute("aria-label"));
        wait.until(d -> "programme:modules:0:down".equals(d.switchTo().activeElement().getAttribute("id")));
        browser.findElement(By.id("programme:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Programme " + code + " created."));
        JsonObject saved = api.get("/api/v1/programmes/" + code, Caller.ADMIN).json();
        assertEquals(List.of("Case practice", "Understanding anxiety"), saved.getJsonArray("modules").stream()
                .map(m -> m.asJsonObject().getString("title")).toList());
        assertEquals("IN_PERSON", saved.getJsonArray("modules").getJsonObject(0).getString("mode"));
    }

    @Test
    void defineACompetency_aboutAProgramme_thatNeverExpires_thenRenewedToAFixedDateEachYear() {
        String programme = "J" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-STAFF";
        String code = programme.replace("-STAFF", "-SUPER");
        assertEquals(201, api.post("/api/v1/programmes", "{\"code\":\"" + programme + "\",\"title\":\"Journey staff\","
                + "\"modules\":[{\"title\":\"M\",\"minutes\":60,\"mode\":\"SELF_PACED\"}]}", Caller.ADMIN).status());
        browser.findElement(By.linkText("Competencies")).click();
        browser.findElement(By.id("competencies:newCompetency")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "New competency"));

        browser.findElement(By.id("competency:code")).sendKeys(code);
        browser.findElement(By.id("competency:title")).sendKeys("Journey supervisor");
        new Select(browser.findElement(By.id("competency:level"))).selectByVisibleText("Supervisor");
        new Select(browser.findElement(By.id("competency:programme"))).selectByValue(programme);
        browser.findElement(By.id("competency:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Competency " + code + " created."));
        JsonObject saved = api.get("/api/v1/competencies/" + code, Caller.ADMIN).json();
        assertEquals("SUPERVISOR", saved.getString("level"));
        assertEquals(programme, saved.getString("programmeCode"));
        assertTrue(!saved.containsKey("validityMonths") || saved.isNull("validityMonths"), "blank: never expires " + saved);
        assertEquals(90, saved.getInt("refresherWindowDays"));
        assertEquals("PREVIOUS_EXPIRY", saved.getString("expiryBase"));

        // Then renewed to the end of each school year: the fixed-date fields appear only for that base.
        browser.get(api.uri("/curriculum/competency.xhtml?code=" + code).toString());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Journey supervisor"));
        assertTrue(browser.findElement(By.id("main")).getText()
                .contains("a change here applies only to sign-offs recorded afterwards"));
        assertTrue(browser.findElements(By.id("competency:fixedDay")).isEmpty());
        browser.findElement(By.id("competency:validityMonths")).sendKeys("12");
        new Select(browser.findElement(By.id("competency:expiryBase"))).selectByVisibleText("a fixed date each year");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("competency:fixedDay")));
        new Select(browser.findElement(By.id("competency:fixedDay"))).selectByVisibleText("29");
        new Select(browser.findElement(By.id("competency:fixedMonth"))).selectByVisibleText("February");
        browser.findElement(By.id("competency:minimumActiveMonths")).sendKeys("6");
        browser.findElement(By.id("competency:save")).click();
        RefusedForm.assertRefused(browser, wait, Map.of("competency:fixedDay", "Choose a day and month that every year has"));

        new Select(browser.findElement(By.id("competency:fixedDay"))).selectByVisibleText("31");
        new Select(browser.findElement(By.id("competency:fixedMonth"))).selectByVisibleText("August");
        browser.findElement(By.id("competency:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Competency " + code + " saved."));
        JsonObject fixed = api.get("/api/v1/competencies/" + code, Caller.ADMIN).json();
        assertEquals("FIXED_DATE", fixed.getString("expiryBase"));
        assertEquals("--08-31", fixed.getString("fixedExpiryDay"));
        assertEquals(6, fixed.getInt("minimumActiveMonths"));
        assertEquals(12, fixed.getInt("validityMonths"));
        assertTrue(listRow(code).contains("Until 31 August each year"), "in the list");
    }

    /** The text of the competency list's row for {@code code}, paging on as a reader would: the suite adds many. */
    private String listRow(String code) {
        for (int page = 0; page < 40; page++) {
            for (var row : browser.findElements(By.cssSelector("#competencies\\:table tbody tr"))) {
                if (row.getText().contains(code)) {
                    return row.getText();
                }
            }
            var next = browser.findElements(By.cssSelector("#competencies\\:table .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                break;
            }
            String first = browser.findElement(By.cssSelector("#competencies\\:table tbody tr")).getText();
            next.get(0).click();
            wait.until(d -> !d.findElement(By.cssSelector("#competencies\\:table tbody tr")).getText().equals(first));
        }
        throw new AssertionError(code + " is not in the competency list");
    }

    private void module(int row, String title, String minutes, String mode) {
        String prefix = "programme:modules:" + row + ":";
        browser.findElement(By.id(prefix + "title")).sendKeys(title);
        browser.findElement(By.id(prefix + "outcomes")).sendKeys("Learners can explain " + title.toLowerCase());
        browser.findElement(By.id(prefix + "minutes")).sendKeys(minutes);
        new Select(browser.findElement(By.id(prefix + "mode"))).selectByVisibleText(mode);
    }
}
