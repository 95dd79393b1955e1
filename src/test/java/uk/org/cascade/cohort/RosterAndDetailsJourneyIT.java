package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.cohort.CohortWorld.Someone;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/**
 * A trainer withdraws a learner from a full cohort on its page: the waiting learner gets the place, and the
 * facts, roster and waiting list all say so; then more places saved under Details show in the facts at once.
 */
class RosterAndDetailsJourneyIT extends DeployedCascade {

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void withdrawingFromAFullCohort_givesThePlaceToTheWaitingLearner_andMorePlacesShowAtOnce() throws Exception {
        CohortWorld world = new CohortWorld(api);
        Caller trainer = world.trainer(LocalDate.now().minusYears(1));
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
        String nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS).toString();
        long cohort = world.cohort(trainer, world.personId(trainer), 1, tomorrow, nextWeek).getJsonNumber("id").longValue();
        Someone placed = world.learner(CohortWorld.NORFOLK_SCHOOL);
        Someone waiting = world.learner(CohortWorld.NORFOLK_SCHOOL);
        assertEquals(201, world.enrol(cohort, placed.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        assertEquals(201, world.enrol(cohort, waiting.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        String placedName = api.get("/api/v1/people/" + placed.id(), Caller.ADMIN).json().getString("name");
        String waitingName = api.get("/api/v1/people/" + waiting.id(), Caller.ADMIN).json().getString("name");

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohort).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting"), waitingName));
        assertTrue(browser.findElement(By.id("cohort")).getText().contains("1 of 1"), "the one place is taken");

        browser.findElement(By.cssSelector("button[aria-label='Withdraw " + placedName + "']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Withdrawn. Any freed place went"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("waiting")));
        // The cell's own text: a reflowed table also holds the column's name, shown only on a phone
        WebElement promoted = browser.findElement(By.xpath("//*[@id='roster:people']//tr[td[normalize-space(text())='"
                + waitingName + "']]"));
        assertTrue(promoted.getText().contains("Enrolled"), promoted.getText());
        String facts = browser.findElement(By.id("cohort")).getText();
        assertTrue(facts.contains("1 of 1"), facts);

        WebElement capacity = browser.findElement(By.id("details:capacity_input"));
        capacity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
        browser.findElement(By.id("details:saveDetails")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Details saved."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cohort"), "1 of 3"));
        assertEquals(3, api.get("/api/v1/cohorts/" + cohort, trainer).json().getInt("capacity"));
        assertFalse(browser.findElement(By.id("roster:people")).getText().contains("Waiting list"),
                "nobody is left waiting");
    }
}
