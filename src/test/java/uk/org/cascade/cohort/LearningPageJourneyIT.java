package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/** A learner finds their cohort on My learning, marks the self-paced module done and takes their calendar away. */
class LearningPageJourneyIT extends DeployedCascade {

    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    private static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);

    WebDriver browser;
    WebDriverWait wait;
    CohortWorld world;
    Caller trainer;
    long trainerId;
    Caller learner;

    @BeforeEach
    void learnerSignedIn() throws Exception {
        world = new CohortWorld(api);
        trainer = world.trainer(LocalDate.now().minusYears(1));
        trainerId = world.personId(trainer);
        learner = world.learnerLogin(CohortWorld.NORFOLK_SCHOOL);
        browser = Browser.start();
        wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), learner.email(), learner.password());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void learner_marksTheSelfPacedModuleDone_andSubscribesToTheirCalendar_andCanRenewIt() {
        browser.findElement(By.linkText("My learning")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My learning"));
        assertEquals("You are not enrolled on any cohort yet.", browser.findElement(By.id("noEnrolments")).getText());

        var cohort = world.cohort(trainer, trainerId, 5, YESTERDAY.toString(), TOMORROW.toString());
        long cohortId = cohort.getJsonNumber("id").longValue();
        assertEquals(201, world.enrol(cohortId, world.personId(learner), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        browser.navigate().refresh();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "0 of 3 modules done"));
        String page = browser.findElement(By.id("main")).getText();
        assertTrue(page.contains(cohort.getString("title")), page);
        assertTrue(page.contains("Programme " + world.programme), page);
        assertTrue(page.contains(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
                .format(TOMORROW.atZone(ZoneId.of("Europe/London")))), "the next session is tomorrow's: " + page);
        assertTrue(page.contains("Norwich Library, room 2"), page);
        String ics = browser.findElement(By.cssSelector("a.ics")).getDomAttribute("href");
        Answer download = api.get(ics, learner);
        assertEquals(200, download.status(), download.body());
        assertTrue(download.contentType().startsWith("text/calendar"), download.contentType());

        browser.findElement(By.cssSelector("button[aria-label='Mark as done: Reading']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "1 of 3 modules done"));
        assertTrue(browser.findElements(By.cssSelector("button[aria-label='Mark as done: Reading']")).isEmpty());
        assertTrue(browser.findElement(By.id("main")).getText().contains("Done on"));
        assertEquals(1, api.getArray("/api/v1/me/learning", learner).getJsonObject(0).getInt("modulesDone"));

        String feedUrl = browser.findElement(By.id("calendar:feed")).getDomProperty("value");
        assertFalse(feedUrl.isBlank());
        String feedPath = feedUrl.substring(feedUrl.indexOf("/calendar/"));
        Answer feed = api.get(feedPath, Caller.NOBODY);
        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());

        browser.findElement(By.id("calendar:renew")).click();

        wait.until(d -> !feedUrl.equals(d.findElement(By.id("calendar:feed")).getDomProperty("value")));
        String renewed = browser.findElement(By.id("calendar:feed")).getDomProperty("value");
        assertEquals(404, api.get(feedPath, Caller.NOBODY).status(), "the old address stops working");
        assertEquals(200, api.get(renewed.substring(renewed.indexOf("/calendar/")), Caller.NOBODY).status());
    }
}
