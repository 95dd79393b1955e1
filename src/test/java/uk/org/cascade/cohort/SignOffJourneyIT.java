package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.cascade.cohort.CohortWorld.Someone;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.DeployedCascade;

/** A trainer signs off two learners of their cohort at once from its page; both then hold the competency. */
class SignOffJourneyIT extends DeployedCascade {

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void trainerSignsOffTwoLearnersTogether() throws Exception {
        CohortWorld world = new CohortWorld(api);
        Caller trainer = world.trainer(LocalDate.now().minusYears(1));
        String yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
        String nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS).toString();
        long cohort = world.cohort(trainer, world.personId(trainer), 8, yesterday, nextWeek).getJsonNumber("id").longValue();
        Someone first = world.learner(CohortWorld.NORFOLK_SCHOOL);
        Someone second = world.learner(CohortWorld.NORFOLK_SCHOOL);
        Someone third = world.learner(CohortWorld.NORFOLK_SCHOOL);
        for (Someone learner : List.of(first, second, third)) {
            assertEquals(201, world.enrol(cohort, learner.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        }
        String firstName = api.get("/api/v1/people/" + first.id(), Caller.ADMIN).json().getString("name");
        String secondName = api.get("/api/v1/people/" + second.id(), Caller.ADMIN).json().getString("name");

        browser = Browser.start();
        WebDriverWait wait = Browser.await(browser);
        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohort).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signOff:learners")));
        tick(firstName);
        tick(secondName);
        browser.findElement(By.id("signOff:evidence")).sendKeys("Observed role play of a parent session; case discussion");
        browser.findElement(By.id("signOff:signOffButton")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Signed off 2 learners."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signOff:history"), secondName));
        String history = browser.findElement(By.id("signOff:history")).getText();
        assertTrue(history.contains(uk.org.cascade.platform.Dates.day(java.time.LocalDate.now(java.time.ZoneId.of(
                "Europe/London")))), "the day reads as \"6 December 2026\": " + history);
        for (Someone learner : List.of(first, second)) {
            var held = api.get("/api/v1/people/" + learner.id() + "/competencies", trainer).jsonArray();
            assertEquals(1, held.size(), "signed off");
            assertEquals(world.programme + "-P", held.getJsonObject(0).getString("code"));
        }
        assertEquals(0, api.get("/api/v1/people/" + third.id() + "/competencies", trainer).jsonArray().size(),
                "the learner not ticked");
    }

    private void tick(String name) {
        WebElement label = browser.findElement(By.xpath("//div[@id='signOff:learners']//label[starts-with(text(),'"
                + name + "')]"));
        label.click();
    }
}
