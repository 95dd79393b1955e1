package uk.org.cascade.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.cohort.CohortWorldAccess;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/**
 * A learner reads a self-paced module and passes its check with the keyboard only (Enter on links and buttons,
 * Space on radio buttons and checkboxes, never a click), and their trainer's roster shows the module passed.
 */
class ModuleJourneyIT extends DeployedCascade {

    WebDriver browser;
    WebDriverWait wait;
    CohortWorldAccess world;
    Caller trainer;
    Caller learner;
    long cohort;
    long module;

    @BeforeEach
    void learnerWithAModuleToRead() throws Exception {
        world = new CohortWorldAccess(api);
        trainer = world.trainer(LocalDate.now().minusYears(1));
        cohort = world.cohort(trainer, world.personId(trainer));
        module = world.selfPacedModule();
        Answer saved = api.put("/api/v1/modules/" + module + "/draft", "{\"pages\":[{\"title\":\"What anxiety is\",\"html\":"
                + "\"<p>Anxiety is the body's alarm system.</p>\"},{\"title\":\"What keeps it going\",\"html\":"
                + "\"<p>Avoidance keeps anxiety going.</p>\"}]," + ModulesIT.CHECK + "}", Caller.ADMIN);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, api.post("/api/v1/modules/" + module + "/draft/publication", "{}", Caller.ADMIN).status());
        learner = world.learnerLoginAtNorfolkSchool();
        assertEquals(201, world.enrol(cohort, world.personId(learner)).status());
        browser = Browser.start();
        wait = Browser.await(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void press(By by, CharSequence key) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        element.sendKeys(key);
    }

    /** The radio button or checkbox labelled {@code label}, chosen with the space bar. */
    private void choose(String label) {
        WebElement forLabel = browser.findElement(By.xpath("//form[@id='check']//label[normalize-space(.)='" + label + "']"));
        WebElement input = browser.findElement(By.id(forLabel.getDomAttribute("for")));
        input.sendKeys(Keys.SPACE);
        assertTrue(input.isSelected(), label + " is chosen");
    }

    @Test
    void learner_completesAModuleWithItsCheck_usingOnlyTheKeyboard_andTheRosterShowsItPassed() {
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), learner.email(), learner.password());
        press(By.linkText("My learning"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Not started"));

        press(By.cssSelector("a[aria-label='Start: Reading']"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-count"), "Page 1 of 2"));
        assertTrue(browser.findElement(By.id("reading")).getText().contains("Anxiety is the body's alarm system."));
        press(By.id("larger"), Keys.ENTER);
        press(By.linkText("Next page"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-count"), "Page 2 of 2"));
        press(By.linkText("Take the knowledge check"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-heading"), "Knowledge check"));

        // First go: a wrong answer, to see the author's feedback.
        choose("Yes");
        choose("Tummy aches");
        press(By.id("check:submit"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Not passed yet"));
        String result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("It brings relief now but keeps the fear going."), result);

        press(By.id("after:again"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check:submit")));
        choose("No");
        choose("Tummy aches");
        choose("Avoiding the hall");
        press(By.id("check:submit"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "You passed"));
        assertTrue(browser.findElement(By.id("completed")).getText().contains("This module is complete."));

        press(By.id("toLearning"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Passed"));
        assertTrue(browser.findElement(By.id("main")).getText().contains("1 of 3 modules done"),
                browser.findElement(By.id("main")).getText());

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohort).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "Reading: Passed"));
        String roster = browser.findElement(By.id("roster")).getText();
        assertTrue(roster.contains("1 of 3 modules"), roster);
        assertTrue(roster.contains("How this cohort answers each question"), roster);
    }
}
