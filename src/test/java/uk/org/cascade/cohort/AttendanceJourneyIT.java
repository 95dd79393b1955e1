package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/** A trainer marks a learner present in the attendance grid; the learner then sees the module done in My learning. */
class AttendanceJourneyIT extends DeployedCascade {

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void trainerRecordsAttendance_andTheLearnerSeesTheirProgress() throws Exception {
        CohortWorld world = new CohortWorld(api);
        Caller trainer = world.trainer(LocalDate.now().minusYears(1));
        Caller learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        String yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
        String nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS).toString();
        long cohort = world.cohort(trainer, world.personId(trainer), 8, yesterday, nextWeek).getJsonNumber("id").longValue();
        assertEquals(201, world.enrol(cohort, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.findElement(By.linkText("My cohorts")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Cohort "))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance:grid")));

        new Select(browser.findElement(By.cssSelector("#attendance\\:grid select"))).selectByVisibleText("Present");
        browser.findElement(By.id("attendance:saveAttendance")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Attendance saved: 1 mark."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("roster:people"), "1 of 3 modules"));
        assertEquals("RUNNING", api.get("/api/v1/cohorts/" + cohort, trainer).json().getString("status"));

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), learner.email(), learner.password());
        browser.findElement(By.linkText("My learning")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "1 of 3 modules done"));
        assertTrue(browser.findElement(By.id("main")).getText().contains("Workshop one"));
    }
}
