package uk.org.cascade.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.org.cascade.cohort.CohortWorld.Someone;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.Browser;
import uk.org.cascade.it.BrowserJourney;
import uk.org.cascade.it.RefusedForm;

/**
 * The cohort forms refused the GOV.UK way: a sign-off without evidence, and a cohort planned with nothing filled
 * in, each say at the top what is wrong with a link to every field, and mark the fields themselves.
 */
class CohortFormErrorsJourneyIT extends BrowserJourney {

    @Test
    void aSignOffWithoutEvidence_isRefusedOnTheEvidenceField() throws Exception {
        CohortWorld world = new CohortWorld(api);
        Caller trainer = world.trainer(LocalDate.now().minusYears(1));
        String yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS).toString();
        String nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS).toString();
        long cohort = world.cohort(trainer, world.personId(trainer), 8, yesterday, nextWeek).getJsonNumber("id").longValue();
        Someone learner = world.learner(CohortWorld.NORFOLK_SCHOOL);
        assertEquals(201, world.enrol(cohort, learner.id(), CohortWorld.NORFOLK_SCHOOL, Caller.ADMIN).status());
        String name = api.get("/api/v1/people/" + learner.id(), Caller.ADMIN).json().getString("name");

        Browser.signIn(browser, wait, api.uri("/login.xhtml"), trainer.email(), trainer.password());
        browser.get(api.uri("/cohort/cohort.xhtml?id=" + cohort).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signOff:learners")));
        browser.findElement(By.xpath("//div[@id='signOff:learners']//label[starts-with(text(),'" + name + "')]")).click();
        browser.findElement(By.id("signOff:signOffButton")).click();

        RefusedForm.assertRefused(browser, wait, Map.of("signOff:evidence", "Enter the evidence you observed"));
        RefusedForm.assertLinkFocuses(browser, wait, "signOff:evidence");
        assertEquals(0, api.get("/api/v1/people/" + learner.id() + "/competencies", trainer).jsonArray().size(),
                "nothing signed off");

        browser.findElement(By.id("signOff:evidence")).sendKeys("Observed role play of a parent session");
        browser.findElement(By.id("signOff:signOffButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Signed off 1 learner."));
        assertTrue(browser.findElements(By.id("error-summary")).isEmpty(), "the summary goes once the form is accepted");
    }

    @Test
    void aCohortPlannedWithNothingFilledIn_namesEveryMissingField() throws Exception {
        CohortWorld world = new CohortWorld(api);
        Caller coordinator = world.user("COORDINATOR");

        Browser.signIn(browser, wait, api.uri("/login.xhtml"), coordinator.email(), coordinator.password());
        browser.get(api.uri("/cohort/plan.xhtml").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:save"))).click();

        // As the form opens, only the places (16) and a coordinator's one area are filled in.
        RefusedForm.assertRefused(browser, wait, Map.of(
                "plan:programme", "Choose a programme",
                "plan:title", "Enter a title for the cohort",
                "plan:trainers", "Choose at least one lead trainer"));
        RefusedForm.assertLinkFocuses(browser, wait, "plan:title");
    }
}
